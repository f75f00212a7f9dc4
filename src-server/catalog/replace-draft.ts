// Use case: the catalog office replaces a draft's whole guide (and may change its status); the audit names the
// fields that changed.
import type { Prisma } from '../generated/prisma/client';
import type { MatterSource } from '../../src-shared/contracts/catalog-source';
import type { MatterStatusCode } from '../../src-shared/catalog/matter-status';
import { audit } from '../platform/audit';
import { onUniqueViolation } from '../platform/db/prisma-errors';
import { inTransaction, type UseCaseContext } from '../platform/use-case';
import { Errors } from '../platform/errors';
import { presentDraft, taken } from './present-draft';

export async function replaceDraft(ctx: UseCaseContext, { id, content, status }: { id: string; content: MatterSource; status?: MatterStatusCode }) {
  return onUniqueViolation(
    () =>
      inTransaction(ctx, async (tx) => {
      const before = await tx.db.matterDraft.findUnique({ where: { id } });
      if (!before) throw Errors.notFound('没有找到这个事项草稿');
      const changed = Object.keys(content).filter(
        (k) => JSON.stringify((before.content as Record<string, unknown>)[k]) !== JSON.stringify((content as Record<string, unknown>)[k]),
      );
      const draft = await tx.db.matterDraft.update({
        where: { id },
        data: { key: content.key, itemCode: content.itemCode, name: content.name, content: content as unknown as Prisma.InputJsonValue, missing: [], ...(status ? { status } : {}) },
      });
      await audit(tx, { action: 'matter.update', subjectType: 'matter', subjectId: id, details: { changed, status: status ?? null } });
      return presentDraft(draft);
    }),
    taken,
  );
}
