// Use case: one follow-up, for a staff member whose scope covers its queue (anyone else: not found).
import type { FollowUp } from '../../src-shared/contracts/ratings';
import { staffOf, type UseCaseContext } from '../platform/use-case';
import { presentFollowUps } from './present';
import { followUpInScope } from './rating-access';

export async function getFollowUp(ctx: UseCaseContext, { id }: { id: string }): Promise<FollowUp> {
  const row = await followUpInScope(ctx, staffOf(ctx), id);
  const rating = await ctx.db.rating.findUniqueOrThrow({ where: { id: row.ratingId } });
  const [presented] = await presentFollowUps(ctx, [{ ...row, rating }]);
  return presented;
}
