// Use case: bind a family member (at most five per resident; the same person once). Their ID number is
// protected like the resident's own. The relation must agree with both birth dates; only a minor child is bound
// at once (by the parent, as guardian); anyone else waits until they confirm from their own account or at a
// village station with recorded consent.
import { MAX_FAMILY_MEMBERS } from '../../src-shared/contracts/identity';
import { decideBinding } from '../../src-shared/identity/family-binding';
import { maskIdNumber } from '../../src-shared/identity/personal-numbers';
import { audit } from '../platform/audit';
import { Errors } from '../platform/errors';
import { inTransaction, residentOf, type UseCaseContext } from '../platform/use-case';
import { presentFamilyMember } from './present-family-member';

export async function addFamilyMember(ctx: UseCaseContext, input: { name: string; idNumber: string; relation: string }) {
  const actor = residentOf(ctx);
  const { pii } = ctx;
  const self = await ctx.db.resident.findUniqueOrThrow({ where: { id: actor.residentId }, select: { name: true, idNumberEnc: true } });
  if (!self.name || !self.idNumberEnc) {
    throw Errors.ruleViolation('profile_incomplete', '绑定家庭成员前，请先在“我的 · 实名信息”中填写您本人的姓名和身份证号');
  }
  const now = ctx.clock.now();
  const decision = decideBinding(pii.decrypt('resident.idNumber', self.idNumberEnc), input.idNumber, input.relation, now);
  if (!decision.ok) throw Errors.invalidInput([{ field: decision.field, message: decision.message }], decision.message);
  const idNumberHash = pii.hash('family.idNumber', input.idNumber);
  const member = await inTransaction(ctx, async (tx) => {
    const { db } = tx;
    // Lock the resident's row so two parallel additions cannot both pass the limit check.
    await db.$queryRaw`SELECT id FROM resident WHERE id = ${actor.residentId}::uuid FOR UPDATE`;
    const existing = await db.familyMember.findMany({ where: { residentId: actor.residentId }, select: { idNumberHash: true, relation: true } });
    const same = existing.find((m) => m.idNumberHash === idNumberHash);
    if (same) {
      const message = same.relation === input.relation ? '这位家庭成员已经绑定过了' : `这位家庭成员已经以“${same.relation}”绑定过了，同一人只能绑定一次`;
      throw Errors.conflict('family_duplicate', message);
    }
    if (existing.length >= MAX_FAMILY_MEMBERS) {
      throw Errors.ruleViolation('family_limit', `最多可绑定 ${MAX_FAMILY_MEMBERS} 位家庭成员，请先解除一位再添加`);
    }
    const guardian = decision.method === 'guardian';
    const created = await db.familyMember.create({
      data: {
        residentId: actor.residentId,
        name: input.name,
        relation: input.relation,
        idNumberEnc: pii.encrypt('family.idNumber', input.idNumber),
        idNumberHash,
        idNumberMasked: maskIdNumber(input.idNumber),
        createdAt: now,
        status: guardian ? 'active' : 'pending',
        bindMethod: guardian ? 'guardian' : null,
        boundAt: guardian ? now : null,
        boundByResidentId: guardian ? actor.residentId : null,
      },
    });
    await audit(tx, {
      action: 'family.add', subjectType: 'family_member', subjectId: created.id,
      details: { relation: input.relation, status: created.status, bindMethod: created.bindMethod },
    });
    return created;
  });
  return presentFamilyMember(member);
}
