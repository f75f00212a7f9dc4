// Use case: remove a matter from the catalog. Published versions are never touched.
import type { PrismaClient } from '../generated/prisma/client';
import { audit, type ActorRef } from '../platform/audit';
import { Errors } from '../platform/errors';

/** A matter that was never published is deleted; a published one is marked 取消 (its history stays). */
export async function cancelDraft(prisma: PrismaClient, who: ActorRef, id: string, requestId?: string) {
  await prisma.$transaction(async (tx) => {
    const draft = await tx.matterDraft.findUnique({ where: { id } });
    if (!draft) throw Errors.notFound('没有找到这个事项草稿');
    const published = await tx.publishedMatter.count({ where: { matterId: id } });
    if (published === 0) await tx.matterDraft.delete({ where: { id } });
    else await tx.matterDraft.update({ where: { id }, data: { status: '取消' } });
    await audit(tx, who, { action: published === 0 ? 'matter.delete' : 'matter.cancel', subjectType: 'matter', subjectId: id }, requestId);
  });
}
