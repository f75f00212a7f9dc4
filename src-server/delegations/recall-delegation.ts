// Use case: a county admin recalls (收回) a delegation from a date. Nothing is deleted; cases already routed
// stay where they are, new cases from that date go to the county department.
import type { PrismaClient } from '../generated/prisma/client';
import type { StaffActor } from '../identity/actor';
import { audit } from '../platform/audit';
import { AppError, Errors } from '../platform/errors';
import { presentDelegation } from './present-delegation';

export async function recallDelegation(
  prisma: PrismaClient,
  actor: StaffActor,
  id: string,
  input: { effectiveUntil: string; documentNo: string; reason: string },
  requestId?: string,
) {
  return prisma.$transaction(async (tx) => {
    const [delegation] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM delegation WHERE id = ${id}::uuid FOR UPDATE`;
    const row = delegation ? await tx.delegation.findUnique({ where: { id } }) : null;
    // Another county's delegation is not this admin's to see.
    if (!row || !actor.scopes.some((s) => s.kind === 'county' && s.regionCode === row.countyCode)) {
      throw Errors.notFound('没有找到这条下放记录');
    }
    if (row.recalledAt) throw new AppError(409, 'already_recalled', '这条下放已经收回');
    if (input.effectiveUntil <= row.effectiveFrom.toISOString().slice(0, 10)) {
      throw Errors.invalidInput([{ field: 'effectiveUntil', message: '收回日期应晚于下放生效日期' }]);
    }
    const updated = await tx.delegation.update({
      where: { id },
      data: { effectiveUntil: new Date(input.effectiveUntil), recallDocument: input.documentNo, recallReason: input.reason, recalledAt: new Date() },
    });
    await audit(tx, actor, { action: 'delegation.recall', subjectType: 'delegation', subjectId: id, details: input }, requestId);
    return presentDelegation(updated);
  });
}
