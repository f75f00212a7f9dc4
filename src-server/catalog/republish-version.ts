// Use case: publish an older version again. Its matters become a new version (versions stay immutable and
// numbers only grow), and the drafts are reset to that content so later edits start from it.
import type { Prisma } from '../generated/prisma/client';
import { audit } from '../platform/audit';
import { lockForTransaction } from '../platform/db/locks';
import { inTransaction, type UseCaseContext } from '../platform/use-case';
import { publisherOf } from './publish-catalog';
import { forgetCurrentVersion } from './current-version';
import { Errors } from '../platform/errors';

export async function republishVersion(ctx: UseCaseContext, { source, note }: { source: number; note: string }) {
  const republished = await inTransaction(
    ctx,
    async (tx) => {
      await lockForTransaction(tx.db, 'catalogPublish');
      const old = await tx.db.catalogVersion.findUnique({ where: { version: source } });
      if (!old) throw Errors.notFound('没有这个目录版本');
      const last = await tx.db.catalogVersion.findFirstOrThrow({ orderBy: { version: 'desc' }, select: { version: true } });
      const version = last.version + 1;
      const rows = await tx.db.publishedMatter.findMany({ where: { version: source } });
      await tx.db.catalogVersion.create({
        data: { version, note, publishedBy: publisherOf(ctx), publishedAt: ctx.clock.now(), republishOf: source, counts: old.counts as Prisma.InputJsonValue },
      });
      await tx.db.publishedMatter.createMany({
        data: rows.map((r) => ({ ...r, version, content: r.content as Prisma.InputJsonValue })),
      });
      for (const r of rows) {
        await tx.db.matterDraft.update({
          where: { id: r.matterId },
          data: { content: r.content as Prisma.InputJsonValue, name: r.name, itemCode: r.itemCode, status: r.status, missing: [] },
        });
      }
      await audit(tx, { action: 'catalog.republish', subjectType: 'catalog_version', subjectId: String(version), details: { source } });
      return { version, republishOf: source, counts: old.counts };
    },
    { timeout: 120_000 },
  );
  forgetCurrentVersion(ctx.memo);
  return republished;
}
