// Use case: a county admin withdraws (撤回) a recall whose day has not come yet, e.g. one registered with the
// wrong date. The delegation is in force again with no end; the withdrawn recall (date, document, reason)
// stays in the audit trail. A recall already in effect is history and cannot be withdrawn: delegate again.
import { audit } from '../platform/audit';
import { Errors } from '../platform/errors';
import { inTransaction, type UseCaseContext } from '../platform/use-case';
import { lockOwnDelegation } from './locked-delegation';
import { presentDelegation } from './present-delegation';

export async function withdrawRecall(ctx: UseCaseContext, { id, reason }: { id: string; reason: string }) {
  return inTransaction(ctx, async (tx) => {
    const row = await lockOwnDelegation(tx, id);
    if (!row.recalledAt || !row.effectiveUntil) throw Errors.invalidState('not_recalled', '这条下放没有收回，无需撤回');
    const until = row.effectiveUntil.toISOString().slice(0, 10);
    const today = ctx.clock.today();
    if (until <= today) {
      throw Errors.invalidState('recall_in_effect', `这次收回已于 ${until} 生效，不能撤回；如需恢复，请重新新增下放`);
    }
    const updated = await tx.db.delegation.update({
      where: { id },
      data: { effectiveUntil: null, recallDocument: null, recallReason: null, recalledAt: null },
    });
    await audit(tx, {
      action: 'delegation.recall_withdraw', subjectType: 'delegation', subjectId: id,
      details: { reason, withdrawn: { effectiveUntil: until, documentNo: row.recallDocument, reason: row.recallReason, at: row.recalledAt.toISOString() } },
    });
    return presentDelegation(updated, today);
  });
}
