// Use case: 转办 — a case moves to another queue with the reason, never lost: within the county by the clerk
// holding it; across counties only by the city admin. The new queue's clerks claim it afresh.
import { Errors } from '../platform/errors';
import type { UseCaseContext } from '../platform/use-case';
import { actOnCase } from '../applications/case-action';

export async function transferCase(ctx: UseCaseContext, input: { id: string; targetQueueId: string; reason: string; revision?: number }) {
  return actOnCase(ctx, { ...input, action: 'transfer' }, async (tx, row) => {
    const target = await tx.db.queue.findUnique({ where: { id: input.targetQueueId } });
    if (!target) throw Errors.invalidInput([{ field: 'targetQueueId', message: '没有找到要转办到的窗口，请从列表中选择' }]);
    if (target.id === row.queueId) throw Errors.invalidInput([{ field: 'targetQueueId', message: '办件已在这个窗口，请选择其他窗口' }]);
    const cityAdmin = tx.caller?.kind === 'staff' && tx.caller.role === 'city_admin';
    if (target.countyCode !== row.queue.countyCode && !cityAdmin) {
      throw Errors.forbidden('跨县（区）转办需由市级管理员办理');
    }
    return {
      data: { queueId: target.id, claimedBy: null, claimedAt: null },
      event: {
        note: `已转至${target.name}办理：${input.reason}`,
        internalNote: `由 ${row.queue.name} 转至 ${target.name}`,
        details: { fromQueueId: row.queueId, toQueueId: target.id, reason: input.reason },
      },
    };
  }, { adminMayTransfer: true });
}
