// Use case: publish an older version again. Its matters become a new version (versions stay immutable and
// numbers only grow), and the drafts are reset to that content so later edits start from it.
import type { Prisma, PrismaClient } from '../generated/prisma/client';
import { audit, type ActorRef } from '../platform/audit';
import { Errors } from '../platform/errors';

export async function republishVersion(
  prisma: PrismaClient,
  who: ActorRef,
  source: number,
  note: string,
  requestId?: string,
) {
  return prisma.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(4105001)`;
      const old = await tx.catalogVersion.findUnique({ where: { version: source } });
      if (!old) throw Errors.notFound('没有这个目录版本');
      const last = await tx.catalogVersion.findFirstOrThrow({ orderBy: { version: 'desc' }, select: { version: true } });
      const version = last.version + 1;
      const rows = await tx.publishedMatter.findMany({ where: { version: source } });
      await tx.catalogVersion.create({
        data: { version, note, publishedBy: who.actorId ?? who.actorKind, republishOf: source, counts: old.counts as Prisma.InputJsonValue },
      });
      await tx.publishedMatter.createMany({
        data: rows.map((r) => ({ ...r, version, content: r.content as Prisma.InputJsonValue })),
      });
      for (const r of rows) {
        await tx.matterDraft.update({
          where: { id: r.matterId },
          data: { content: r.content as Prisma.InputJsonValue, name: r.name, itemCode: r.itemCode, status: r.status, missing: [] },
        });
      }
      await audit(tx, who, { action: 'catalog.republish', subjectType: 'catalog_version', subjectId: String(version), details: { source } }, requestId);
      return { version, republishOf: source, counts: old.counts };
    },
    { timeout: 120_000 },
  );
}
