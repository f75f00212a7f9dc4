// Use case: a county admin recalls (收回) a delegation from a date. Nothing is deleted; cases already routed
// stay where they are, new cases from that date go to the county department.
import { audit } from '../platform/audit';
import { Errors } from '../platform/errors';
import { inTransaction, staffOf, type UseCaseContext } from '../platform/use-case';
import { presentDelegation } from './present-delegation';

export async function recallDelegation(
  ctx: UseCaseContext,
  { id, ...input }: { id: string; effectiveUntil: string; documentNo: string; reason: string },
) {
  const actor = staffOf(ctx);
  return inTransaction(ctx, async (tx) => {
    const [delegation] = await tx.db.$queryRaw<{ id: string }[]>`SELECT id FROM delegation WHERE id = ${id}::uuid FOR UPDATE`;
    const row = delegation ? await tx.db.delegation.findUnique({ where: { id } }) : null;
    // Another county's delegation is not this admin's to see.
    if (!row || !actor.scopes.some((s) => s.kind === 'county' && s.regionCode === row.countyCode)) {
      throw Errors.notFound('没有找到这条下放记录');
    }
    if (row.recalledAt) throw Errors.invalidState('already_recalled', '这条下放已经收回');
    if (input.effectiveUntil <= row.effectiveFrom.toISOString().slice(0, 10)) {
      throw Errors.invalidInput([{ field: 'effectiveUntil', message: '收回日期应晚于下放生效日期' }]);
    }
    const updated = await tx.db.delegation.update({
      where: { id },
      data: { effectiveUntil: new Date(input.effectiveUntil), recallDocument: input.documentNo, recallReason: input.reason, recalledAt: ctx.clock.now() },
    });
    await audit(tx, { action: 'delegation.recall', subjectType: 'delegation', subjectId: id, details: input });
    return presentDelegation(updated);
  });
}
