// Use cases: the person a resident wants to bind answers from their own account. A pending binding names them
// when its ID number is the one of their profile; accepting makes it active (confirmed, by them, now),
// declining removes it. Someone else's request, or an answered one, is not found.
import { audit } from '../platform/audit';
import { Errors } from '../platform/errors';
import { inTransaction, residentOf, type UseCaseContext } from '../platform/use-case';

/** The keyed hash under which bindings of the caller's own ID number are stored, or null without a profile. */
async function myFamilyHash(ctx: UseCaseContext): Promise<string | null> {
  const me = await ctx.db.resident.findUniqueOrThrow({ where: { id: residentOf(ctx).residentId }, select: { idNumberEnc: true, name: true } });
  if (!me.idNumberEnc || !me.name) return null;
  return ctx.pii.hash('family.idNumber', ctx.pii.decrypt('resident.idNumber', me.idNumberEnc));
}

export async function listFamilyRequests(ctx: UseCaseContext) {
  const hash = await myFamilyHash(ctx);
  if (!hash) return [];
  const rows = await ctx.db.familyMember.findMany({
    where: { idNumberHash: hash, status: 'pending', residentId: { not: residentOf(ctx).residentId } },
    orderBy: { createdAt: 'asc' },
    select: { id: true, relation: true, createdAt: true, resident: { select: { name: true } } },
  });
  return rows.map((r) => ({ id: r.id, requesterName: r.resident.name ?? '（未填写姓名）', relation: r.relation, createdAt: r.createdAt.toISOString() }));
}

export async function answerFamilyRequest(ctx: UseCaseContext, { id, accept }: { id: string; accept: boolean }) {
  const actor = residentOf(ctx);
  const hash = await myFamilyHash(ctx);
  if (!hash) throw Errors.ruleViolation('profile_incomplete', '请先在“我的 · 实名信息”中填写您本人的姓名和身份证号，再确认绑定');
  await inTransaction(ctx, async (tx) => {
    const where = { id, idNumberHash: hash, status: 'pending' as const };
    if (accept) {
      const { count } = await tx.db.familyMember.updateMany({
        where, data: { status: 'active', bindMethod: 'confirmed', boundAt: ctx.clock.now(), boundByResidentId: actor.residentId },
      });
      if (count === 0) throw Errors.notFound('没有找到等待您确认的这条绑定申请');
    } else {
      const { count } = await tx.db.familyMember.deleteMany({ where });
      if (count === 0) throw Errors.notFound('没有找到等待您确认的这条绑定申请');
    }
    await audit(tx, { action: accept ? 'family.confirm' : 'family.decline', subjectType: 'family_member', subjectId: id });
  });
}
