// Use case: the county admin of the rating's county (or the city admin) decides an appeal, once. Upheld: the rating
// is kept on record but no longer counted (excluded_at); rejected: it stands.
import type { Appeal } from '../../src-shared/contracts/ratings';
import { audit } from '../platform/audit';
import { Errors } from '../platform/errors';
import { inTransaction, staffOf, type UseCaseContext } from '../platform/use-case';
import { presentAppeals } from './present';
import { assertAdminOf } from './rating-access';

const decidedAlready = () => Errors.invalidState('appeal_decided', '这条申诉已经审核过了');

export async function decideAppeal(ctx: UseCaseContext, input: { id: string; upheld: boolean; decision: string }): Promise<Appeal> {
  const me = staffOf(ctx);
  const appeal = await ctx.db.ratingAppeal.findUnique({ where: { id: input.id }, include: { rating: true } });
  if (!appeal) throw Errors.notFound('没有找到这条申诉');
  assertAdminOf(me, appeal.rating.countyCode, '申诉');
  if (appeal.status !== 'pending') throw decidedAlready();
  const updated = await inTransaction(ctx, async (tx) => {
    const now = tx.clock.now();
    const changed = await tx.db.ratingAppeal.updateMany({
      where: { id: appeal.id, status: 'pending' },
      data: { status: input.upheld ? 'upheld' : 'rejected', decision: input.decision, decidedBy: me.displayName, decidedAt: now },
    });
    if (changed.count === 0) throw decidedAlready();
    if (input.upheld) await tx.db.rating.update({ where: { id: appeal.ratingId }, data: { excludedAt: now } });
    await audit(tx, { action: 'rating.appeal.decide', subjectType: 'rating_appeal', subjectId: appeal.id, details: { ratingId: appeal.ratingId, upheld: input.upheld } });
    return tx.db.ratingAppeal.findUniqueOrThrow({ where: { id: appeal.id }, include: { rating: true } });
  });
  const [presented] = await presentAppeals(ctx, [updated]);
  return presented;
}
