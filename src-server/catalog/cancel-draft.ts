// Use case: remove a matter from the catalog. Published versions are never touched.
import { audit } from '../platform/audit';
import { inTransaction, type UseCaseContext } from '../platform/use-case';
import { Errors } from '../platform/errors';

/** A matter that was never published is deleted; a published one is marked 取消 (its history stays). */
export async function cancelDraft(ctx: UseCaseContext, { id }: { id: string }) {
  await inTransaction(ctx, async (tx) => {
    const draft = await tx.db.matterDraft.findUnique({ where: { id } });
    if (!draft) throw Errors.notFound('没有找到这个事项草稿');
    const published = await tx.db.publishedMatter.count({ where: { matterId: id } });
    if (published === 0) await tx.db.matterDraft.delete({ where: { id } });
    else await tx.db.matterDraft.update({ where: { id }, data: { status: 'cancelled' } });
    await audit(tx, { action: published === 0 ? 'matter.delete' : 'matter.cancel', subjectType: 'matter', subjectId: id });
  });
}
