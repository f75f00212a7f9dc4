// Use case: bind a family member (at most five per resident; the same person once). Their ID number is
// protected like the resident's own.
import type { Services } from '../services';
import { MAX_FAMILY_MEMBERS } from '../../src-shared/contracts/identity';
import { maskIdNumber } from '../../src-shared/identity/personal-numbers';
import { audit } from '../platform/audit';
import { AppError, Errors } from '../platform/errors';
import type { ResidentActor } from './actor';
import { presentFamilyMember } from './present-family-member';

export async function addFamilyMember(
  { db, pii }: Services,
  actor: ResidentActor,
  input: { name: string; idNumber: string; relation: string },
  requestId: string,
) {
  const idNumberHash = pii.hash('family.idNumber', input.idNumber);
  const member = await db.prisma.$transaction(async (tx) => {
    // Lock the resident's row so two parallel additions cannot both pass the limit check.
    await tx.$queryRaw`SELECT id FROM resident WHERE id = ${actor.residentId}::uuid FOR UPDATE`;
    const existing = await tx.familyMember.findMany({ where: { residentId: actor.residentId }, select: { idNumberHash: true } });
    if (existing.some((m) => m.idNumberHash === idNumberHash)) {
      throw new AppError(409, 'family_duplicate', '这位家庭成员已经绑定过了');
    }
    if (existing.length >= MAX_FAMILY_MEMBERS) {
      throw Errors.ruleViolation('family_limit', `最多可绑定 ${MAX_FAMILY_MEMBERS} 位家庭成员，请先解除一位再添加`);
    }
    const created = await tx.familyMember.create({
      data: {
        residentId: actor.residentId,
        name: input.name,
        relation: input.relation,
        idNumberEnc: pii.encrypt('family.idNumber', input.idNumber),
        idNumberHash,
        idNumberMasked: maskIdNumber(input.idNumber),
      },
    });
    await audit(tx, actor, { action: 'family.add', subjectType: 'family_member', subjectId: created.id, details: { relation: input.relation } }, requestId);
    return created;
  });
  return presentFamilyMember(member);
}
