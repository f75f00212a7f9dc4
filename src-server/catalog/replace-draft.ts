// Use case: the catalog office replaces a draft's whole guide (and may change its status); the audit names the
// fields that changed.
import type { Prisma, PrismaClient } from '../generated/prisma/client';
import type { MatterSource } from '../../src-shared/contracts/catalog-source';
import { audit, type ActorRef } from '../platform/audit';
import { Errors } from '../platform/errors';
import { presentDraft, taken } from './present-draft';

export async function replaceDraft(prisma: PrismaClient, who: ActorRef, id: string, content: MatterSource, status: string | undefined, requestId?: string) {
  try {
    return await prisma.$transaction(async (tx) => {
      const before = await tx.matterDraft.findUnique({ where: { id } });
      if (!before) throw Errors.notFound('没有找到这个事项草稿');
      const changed = Object.keys(content).filter(
        (k) => JSON.stringify((before.content as Record<string, unknown>)[k]) !== JSON.stringify((content as Record<string, unknown>)[k]),
      );
      const draft = await tx.matterDraft.update({
        where: { id },
        data: { key: content.key, itemCode: content.itemCode, name: content.name, content: content as unknown as Prisma.InputJsonValue, missing: [], ...(status ? { status } : {}) },
      });
      await audit(tx, who, { action: 'matter.update', subjectType: 'matter', subjectId: id, details: { changed, status: status ?? null } }, requestId);
      return presentDraft(draft);
    });
  } catch (err) {
    if ((err as { code?: string }).code === 'P2002') throw taken();
    throw err;
  }
}
