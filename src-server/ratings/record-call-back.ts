// Use case: 回访 — a clerk or the lead of the queue that handled the case calls the resident back and notes what
// was said (open → called), recording who and when. A second call-back (or one racing the first) is refused.
import type { FollowUp } from '../../src-shared/contracts/ratings';
import { audit } from '../platform/audit';
import { Errors } from '../platform/errors';
import { inTransaction, staffOf, type UseCaseContext } from '../platform/use-case';
import { getFollowUp } from './get-follow-up';
import { followUpInScope } from './rating-access';

const calledAlready = () => Errors.invalidState('follow_up_called', '这条差评已经回访过了');

export async function recordCallBack(ctx: UseCaseContext, input: { followUpId: string; note: string }): Promise<FollowUp> {
  const me = staffOf(ctx);
  const row = await followUpInScope(ctx, me, input.followUpId);
  if (me.role !== 'clerk' && me.role !== 'township_lead') throw Errors.forbidden('只有办理窗口的工作人员或分管领导可以回访');
  if (row.status !== 'open') throw calledAlready();
  await inTransaction(ctx, async (tx) => {
    const changed = await tx.db.ratingFollowUp.updateMany({
      where: { id: row.id, status: 'open' },
      data: { status: 'called', calledAt: tx.clock.now(), callNote: input.note, handledBy: me.displayName },
    });
    if (changed.count === 0) throw calledAlready();
    await audit(tx, { action: 'rating.follow_up.call_back', subjectType: 'rating_follow_up', subjectId: row.id, details: { queueId: row.queueId } });
  });
  return getFollowUp(ctx, { id: row.id });
}
