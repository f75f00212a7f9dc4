// Use case: unbind a family member; another resident's member answers 404.
import type { Services } from '../services';
import { audit } from '../platform/audit';
import { Errors } from '../platform/errors';
import type { ResidentActor } from './actor';

export async function removeFamilyMember({ db }: Services, actor: ResidentActor, memberId: string, requestId: string) {
  await db.prisma.$transaction(async (tx) => {
    const { count } = await tx.familyMember.deleteMany({ where: { id: memberId, residentId: actor.residentId } });
    if (count === 0) throw Errors.notFound('没有找到这位家庭成员');
    await audit(tx, actor, { action: 'family.remove', subjectType: 'family_member', subjectId: memberId }, requestId);
  });
}
