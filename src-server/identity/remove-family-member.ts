// Use case: unbind a family member; another resident's member is not found.
import { audit } from '../platform/audit';
import { Errors } from '../platform/errors';
import { inTransaction, residentOf, type UseCaseContext } from '../platform/use-case';

export async function removeFamilyMember(ctx: UseCaseContext, { id }: { id: string }) {
  const actor = residentOf(ctx);
  await inTransaction(ctx, async (tx) => {
    const { count } = await tx.db.familyMember.deleteMany({ where: { id, residentId: actor.residentId } });
    if (count === 0) throw Errors.notFound('没有找到这位家庭成员');
    await audit(tx, { action: 'family.remove', subjectType: 'family_member', subjectId: id });
  });
}
