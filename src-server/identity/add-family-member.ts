// Use case: bind a family member (at most five per resident; the same person once). Their ID number is
// protected like the resident's own.
import { MAX_FAMILY_MEMBERS } from '../../src-shared/contracts/identity';
import { maskIdNumber } from '../../src-shared/identity/personal-numbers';
import { audit } from '../platform/audit';
import { Errors } from '../platform/errors';
import { inTransaction, residentOf, type UseCaseContext } from '../platform/use-case';
import { presentFamilyMember } from './present-family-member';

export async function addFamilyMember(ctx: UseCaseContext, input: { name: string; idNumber: string; relation: string }) {
  const actor = residentOf(ctx);
  const { pii } = ctx;
  const idNumberHash = pii.hash('family.idNumber', input.idNumber);
  const member = await inTransaction(ctx, async (tx) => {
    const { db } = tx;
    // Lock the resident's row so two parallel additions cannot both pass the limit check.
    await db.$queryRaw`SELECT id FROM resident WHERE id = ${actor.residentId}::uuid FOR UPDATE`;
    const existing = await db.familyMember.findMany({ where: { residentId: actor.residentId }, select: { idNumberHash: true } });
    if (existing.some((m) => m.idNumberHash === idNumberHash)) {
      throw Errors.conflict('family_duplicate', '这位家庭成员已经绑定过了');
    }
    if (existing.length >= MAX_FAMILY_MEMBERS) {
      throw Errors.ruleViolation('family_limit', `最多可绑定 ${MAX_FAMILY_MEMBERS} 位家庭成员，请先解除一位再添加`);
    }
    const created = await db.familyMember.create({
      data: {
        residentId: actor.residentId,
        name: input.name,
        relation: input.relation,
        idNumberEnc: pii.encrypt('family.idNumber', input.idNumber),
        idNumberHash,
        idNumberMasked: maskIdNumber(input.idNumber),
        createdAt: ctx.clock.now(),
      },
    });
    await audit(tx, { action: 'family.add', subjectType: 'family_member', subjectId: created.id, details: { relation: input.relation } });
    return created;
  });
  return presentFamilyMember(member);
}
