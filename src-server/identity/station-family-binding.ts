// Use cases: a village station or township centre clerk confirms a pending family binding in person. The clerk
// must hold the person's ID number (the binding is found by it) and records how the person consented.
import type { z } from 'zod';
import { maskIdNumber } from '../../src-shared/identity/personal-numbers';
import { audit } from '../platform/audit';
import { Errors } from '../platform/errors';
import { inTransaction, staffOf, type UseCaseContext } from '../platform/use-case';
import type { StationFamilyConfirmBody } from './schemas';

function stationClerk(ctx: UseCaseContext) {
  const staff = staffOf(ctx);
  if (staff.role !== 'clerk' || !staff.scopes.some((s) => s.kind === 'village' || s.kind === 'township')) {
    throw Errors.forbidden('只有便民服务站（中心）的工作人员可以当面确认亲情代办绑定');
  }
  return staff;
}

/** The bindings that name this ID number (pending first), for the clerk to pick the one the person agrees to. */
export async function lookupFamilyBindings(ctx: UseCaseContext, { idNumber }: { idNumber: string }) {
  stationClerk(ctx);
  const rows = await ctx.db.familyMember.findMany({
    where: { idNumberHash: ctx.pii.hash('family.idNumber', idNumber) },
    orderBy: [{ status: 'asc' }, { createdAt: 'asc' }],
    select: { id: true, name: true, relation: true, status: true, createdAt: true, resident: { select: { name: true, idNumberMasked: true } } },
  });
  return rows.map((r) => ({
    id: r.id, requesterName: r.resident.name ?? '（未填写姓名）', requesterIdNumber: r.resident.idNumberMasked ?? '（未填写）',
    memberName: r.name, relation: r.relation, status: r.status, createdAt: r.createdAt.toISOString(),
  }));
}

export async function confirmFamilyAtStation(ctx: UseCaseContext, input: { id: string } & z.infer<typeof StationFamilyConfirmBody>) {
  const staff = stationClerk(ctx);
  const hash = ctx.pii.hash('family.idNumber', input.idNumber);
  await inTransaction(ctx, async (tx) => {
    const { count } = await tx.db.familyMember.updateMany({
      where: { id: input.id, idNumberHash: hash, status: 'pending' },
      data: { status: 'active', bindMethod: 'station', boundAt: ctx.clock.now(), boundByStaffId: staff.staffId, consent: input.consent },
    });
    if (count === 0) throw Errors.notFound('没有找到这个身份证号等待确认的绑定，请核对身份证号');
    await audit(tx, { action: 'family.confirm_at_station', subjectType: 'family_member', subjectId: input.id, details: { consentMethod: input.consent.method, idNumber: maskIdNumber(input.idNumber) } });
  });
}
