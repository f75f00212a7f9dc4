// Use case: 整改答复 — after the call back, the queue's clerk or lead writes what was fixed (called → replied); the
// resident sees the reply and may then re-rate once. Before the call back, or a second time, it is refused.
import type { FollowUp } from '../../src-shared/contracts/ratings';
import { audit } from '../platform/audit';
import { Errors } from '../platform/errors';
import { inTransaction, staffOf, type UseCaseContext } from '../platform/use-case';
import { getFollowUp } from './get-follow-up';
import { followUpInScope } from './rating-access';

const repliedAlready = () => Errors.invalidState('follow_up_replied', '这条差评已经答复过了');

export async function replyFollowUp(ctx: UseCaseContext, input: { followUpId: string; reply: string }): Promise<FollowUp> {
  const me = staffOf(ctx);
  const row = await followUpInScope(ctx, me, input.followUpId);
  if (me.role !== 'clerk' && me.role !== 'township_lead') throw Errors.forbidden('只有办理窗口的工作人员或分管领导可以答复');
  if (row.status === 'open') throw Errors.invalidState('follow_up_not_called', '请先回访居民，再填写整改答复');
  if (row.status === 'replied') throw repliedAlready();
  await inTransaction(ctx, async (tx) => {
    const changed = await tx.db.ratingFollowUp.updateMany({ where: { id: row.id, status: 'called' }, data: { status: 'replied', repliedAt: tx.clock.now(), reply: input.reply } });
    if (changed.count === 0) throw repliedAlready();
    await audit(tx, { action: 'rating.follow_up.reply', subjectType: 'rating_follow_up', subjectId: row.id, details: { queueId: row.queueId, by: me.displayName } });
  });
  return getFollowUp(ctx, { id: row.id });
}
