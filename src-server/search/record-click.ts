// Use case: a resident opened a result of a search (POST /api/search/clicks): the log notes which one.
import type { UseCaseContext } from '../platform/use-case';
import { Errors } from '../platform/errors';
import type { SearchService } from './search-service';

export async function recordClick(ctx: UseCaseContext, input: { queryId: string; matterId: string }, search: SearchService): Promise<void> {
  await search.flush();
  const found = await ctx.db.searchQuery.findUnique({ where: { id: input.queryId }, select: { clickedMatterId: true } });
  if (!found) throw Errors.notFound('没有找到这次搜索的记录');
  // The first result opened is the one that answered the search.
  if (found.clickedMatterId) return;
  await ctx.db.searchQuery.update({ where: { id: input.queryId }, data: { clickedMatterId: input.matterId, clickedAt: ctx.clock.now() } });
}
