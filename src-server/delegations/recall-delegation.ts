// Use case: a county admin recalls (收回) a delegation from a date. Nothing is deleted; cases already routed
// stay where they are, new cases from that date go to the county department.
import { audit } from '../platform/audit';
import { Errors } from '../platform/errors';
import { inTransaction, type UseCaseContext } from '../platform/use-case';
import { lockOwnDelegation } from './locked-delegation';
import { presentDelegation } from './present-delegation';

export async function recallDelegation(
  ctx: UseCaseContext,
  { id, ...input }: { id: string; effectiveUntil: string; documentNo: string; reason: string },
) {
  return inTransaction(ctx, async (tx) => {
    const row = await lockOwnDelegation(tx, id);
    if (row.recalledAt) throw Errors.invalidState('already_recalled', '这条下放已经收回');
    if (input.effectiveUntil <= row.effectiveFrom.toISOString().slice(0, 10)) {
      throw Errors.invalidInput([{ field: 'effectiveUntil', message: '收回日期应晚于下放生效日期' }]);
    }
    const updated = await tx.db.delegation.update({
      where: { id },
      data: { effectiveUntil: new Date(input.effectiveUntil), recallDocument: input.documentNo, recallReason: input.reason, recalledAt: ctx.clock.now() },
    });
    await audit(tx, { action: 'delegation.recall', subjectType: 'delegation', subjectId: id, details: input });
    return presentDelegation(updated, ctx.clock.today());
  });
}
