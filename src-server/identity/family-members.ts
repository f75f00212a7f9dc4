// Use cases: family members a resident may act for (亲情代办): list, bind (at most five), unbind.
// Their ID numbers are protected like the resident's own; another resident's member answers 404.
import type { Services } from '../services';
import { MAX_FAMILY_MEMBERS } from '../../src-shared/contracts/identity';
import { maskIdNumber } from '../../src-shared/identity/personal-numbers';
import { audit } from '../platform/audit';
import { AppError, Errors } from '../platform/errors';
import type { ResidentActor } from './actor';

type Member = { id: string; name: string; relation: string; idNumberMasked: string; createdAt: Date };
const present = (m: Member) => ({
  id: m.id, name: m.name, relation: m.relation, idNumber: m.idNumberMasked, createdAt: m.createdAt.toISOString(),
});

export async function listFamilyMembers({ db }: Services, actor: ResidentActor) {
  const members = await db.prisma.familyMember.findMany({ where: { residentId: actor.residentId }, orderBy: { createdAt: 'asc' } });
  return members.map(present);
}

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
  return present(member);
}

export async function removeFamilyMember({ db }: Services, actor: ResidentActor, memberId: string, requestId: string) {
  await db.prisma.$transaction(async (tx) => {
    const { count } = await tx.familyMember.deleteMany({ where: { id: memberId, residentId: actor.residentId } });
    if (count === 0) throw Errors.notFound('没有找到这位家庭成员');
    await audit(tx, actor, { action: 'family.remove', subjectType: 'family_member', subjectId: memberId }, requestId);
  });
}
