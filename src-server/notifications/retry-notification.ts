// Use case: the city admin sends a dead message again (after fixing what made it fail, e.g. a template id): back to
// pending, due now, with its attempts counted afresh; audited.
import { audit } from '../platform/audit';
import { Errors } from '../platform/errors';
import { inTransaction, staffOf, type UseCaseContext } from '../platform/use-case';
import { outboxWritten } from './outbox-signal';

export async function retryNotification(ctx: UseCaseContext, input: { id: string }): Promise<{ id: string }> {
  const actor = staffOf(ctx);
  if (actor.role !== 'city_admin') throw Errors.forbidden('只有市级管理员可以重发消息');
  await inTransaction(ctx, async (tx) => {
    const row = await tx.db.outboxMessage.findUnique({ where: { id: input.id }, select: { status: true } });
    if (!row) throw Errors.notFound('没有找到这条消息');
    // Only a dead message goes back: a pending one is still being tried, a sent or skipped one is settled.
    const changed = await tx.db.outboxMessage.updateMany({
      where: { id: input.id, status: 'dead' },
      data: { status: 'pending', attempts: 0, nextAttemptAt: tx.clock.now() },
    });
    if (changed.count === 0) throw Errors.invalidState('not_dead', '只有投递失败的消息可以重发');
    await audit(tx, { action: 'notification.retry', subjectType: 'outbox_message', subjectId: input.id, details: { from: row.status } });
  });
  outboxWritten();
  return { id: input.id };
}
