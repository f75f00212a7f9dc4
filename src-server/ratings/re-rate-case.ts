// Use case: 追评 — after the follow-up of a 差评 was replied, the resident rates the case once more, once. Before the
// reply, or a second time (even racing the first), it is refused and nothing changes.
import type { Rating } from '../../src-shared/contracts/ratings';
import { audit } from '../platform/audit';
import { Errors } from '../platform/errors';
import { inTransaction, residentOf, type UseCaseContext } from '../platform/use-case';
import { presentRating } from './present';
import { residentCase } from './rating-access';

const alreadyReRated = () => Errors.conflict('already_re_rated', '您已经追评过了，每个办件只能追评一次');

export async function reRateCase(ctx: UseCaseContext, input: { applicationId: string; stars: number; comment?: string }): Promise<Rating> {
  const me = residentOf(ctx);
  const app = await residentCase(ctx, me.residentId, input.applicationId);
  const rating = await ctx.db.rating.findUnique({ where: { applicationId: app.id }, include: { followUp: true } });
  if (!rating) throw Errors.invalidState('not_rated', '请先评价这个办件');
  if (rating.reRatedAt) throw alreadyReRated();
  if (rating.followUp?.status !== 'replied') {
    throw Errors.invalidState('follow_up_not_replied', rating.followUp ? '办理窗口整改答复后才能追评，请耐心等待答复' : '只有差评在整改答复后才能追评');
  }
  return inTransaction(ctx, async (tx) => {
    const changed = await tx.db.rating.updateMany({
      where: { id: rating.id, reRatedAt: null },
      data: { reStars: input.stars, reComment: input.comment || null, reRatedAt: tx.clock.now() },
    });
    if (changed.count === 0) throw alreadyReRated();
    await audit(tx, { action: 'rating.re_rate', subjectType: 'rating', subjectId: rating.id, details: { applicationId: app.id, stars: rating.stars, reStars: input.stars } });
    return presentRating(await tx.db.rating.findUniqueOrThrow({ where: { id: rating.id } }));
  });
}
