// Use case: 认领下一件 — the unclaimed case of a queue that falls due first. `FOR UPDATE SKIP LOCKED` lets any
// number of clerks (on any instance) claim at once: each row is taken by exactly one of them, none waits.
import { audit } from '../platform/audit';
import { Errors } from '../platform/errors';
import { inTransaction, staffOf, type UseCaseContext } from '../platform/use-case';
import { appendCaseEvent } from '../applications/case-events';
import { mayWorkCases, staffCoversQueue } from './queue-access';
import { queueOf } from './queue-names';

export async function claimNextCase(ctx: UseCaseContext, { queueId }: { queueId: string }): Promise<{ id: string } | null> {
  const actor = staffOf(ctx);
  const queue = await queueOf(ctx, queueId);
  if (!queue || !staffCoversQueue(actor, queue)) throw Errors.notFound('没有找到这个窗口队列');
  if (!mayWorkCases(actor)) throw Errors.forbidden('只有窗口工作人员可以认领办件');
  return inTransaction(ctx, async (tx) => {
    const now = tx.clock.now();
    const [taken] = await tx.db.$queryRaw<{ id: string; status: 'submitted' | 'accepted' | 'special' }[]>`
      UPDATE application SET claimed_by = ${actor.staffId}::uuid, claimed_at = ${now}, revision = revision + 1, updated_at = ${now}
      WHERE id = (
        SELECT id FROM application
        WHERE queue_id = ${queueId} AND claimed_by IS NULL AND status IN ('submitted', 'accepted', 'special')
        ORDER BY due_date ASC NULLS LAST, submitted_at ASC
        LIMIT 1 FOR UPDATE SKIP LOCKED
      )
      RETURNING id, status`;
    if (!taken) return null;
    await appendCaseEvent(tx, taken.id, { action: 'claim', from: taken.status, to: taken.status });
    await audit(tx, { action: 'application.claim', subjectType: 'application', subjectId: taken.id, details: { queueId, next: true } });
    return { id: taken.id };
  });
}
