// Use case: 申诉 — a clerk (or the lead) of the queue that handled the case appeals a 差评 as malicious, once per
// rating; the county admin (or the city admin) decides. Two appeals sent at once: the rating row is locked, one wins.
import { randomUUID } from 'node:crypto';
import type { Appeal } from '../../src-shared/contracts/ratings';
import { audit } from '../platform/audit';
import { Errors } from '../platform/errors';
import { inTransaction, staffOf, type UseCaseContext } from '../platform/use-case';
import { presentAppeals } from './present';
import { ratingInScope } from './rating-access';
import { isBadRating } from './rate-case';

const appealedAlready = () => Errors.conflict('already_appealed', '这条评价已经申诉过了，每条评价只能申诉一次');

export async function appealRating(ctx: UseCaseContext, input: { ratingId: string; reason: string }): Promise<Appeal> {
  const me = staffOf(ctx);
  const rating = await ratingInScope(ctx, me, input.ratingId);
  if (me.role !== 'clerk' && me.role !== 'township_lead') throw Errors.forbidden('只有办理窗口的工作人员或分管领导可以申诉');
  if (!isBadRating(rating.stars)) throw Errors.invalidState('not_bad_rating', '只能对差评（不满意、非常不满意）申诉');
  const appeal = await inTransaction(ctx, async (tx) => {
    await tx.db.$queryRaw`SELECT id FROM rating WHERE id = ${rating.id}::uuid FOR UPDATE`;
    if (await tx.db.ratingAppeal.findFirst({ where: { ratingId: rating.id }, select: { id: true } })) throw appealedAlready();
    const row = await tx.db.ratingAppeal.create({
      data: { id: randomUUID(), ratingId: rating.id, staffId: me.staffId, reason: input.reason, status: 'pending', createdAt: tx.clock.now() },
      include: { rating: true },
    });
    await audit(tx, { action: 'rating.appeal', subjectType: 'rating', subjectId: rating.id, details: { appealId: row.id } });
    return row;
  });
  const [presented] = await presentAppeals(ctx, [appeal]);
  return presented;
}
