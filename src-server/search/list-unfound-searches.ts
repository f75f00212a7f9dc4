// Use case: the searches that found nothing over the last days — and the chat turns the assistant could not
// answer or only guessed — grouped by text, most asked first, each with where it was asked and the matter it was
// made an alias of (admins, GET /api/admin/search/unfound).
import type { UnfoundPage } from '../../src-shared/contracts/search';
import type { UseCaseContext } from '../platform/use-case';
import type { SearchService } from './search-service';

export async function listUnfoundSearches(
  ctx: UseCaseContext,
  input: { days: number; page: number; pageSize: number },
  search: SearchService,
): Promise<UnfoundPage> {
  await search.flush();
  const since = new Date(ctx.clock.now().getTime() - input.days * 24 * 3600 * 1000);
  const [groups, totals] = await Promise.all([
    ctx.db.$queryRaw<{ text: string; count: number; last_at: Date; sources: string[] }[]>`
      SELECT text, count(*)::int AS count, max(created_at) AS last_at, array_agg(DISTINCT source::text ORDER BY source::text) AS sources
      FROM search_query
      WHERE (result_count = 0 OR low_confidence) AND created_at >= ${since}
      GROUP BY text ORDER BY count(*) DESC, max(created_at) DESC
      LIMIT ${input.pageSize} OFFSET ${(input.page - 1) * input.pageSize}`,
    ctx.db.$queryRaw<{ total: number }[]>`
      SELECT count(DISTINCT text)::int AS total FROM search_query WHERE (result_count = 0 OR low_confidence) AND created_at >= ${since}`,
  ]);
  const aliases = await ctx.db.searchAlias.findMany({ where: { alias: { in: groups.map((g) => g.text) } }, select: { alias: true, matterId: true } });
  const snapshot = aliases.length ? (await search.current()).index : undefined;
  const aliasOf = new Map(aliases.map((a) => [a.alias, { matterId: a.matterId, name: snapshot?.doc(a.matterId)?.name ?? '（已不在当前目录）' }]));
  return {
    items: groups.map((g) => ({ text: g.text, count: Number(g.count), lastAt: g.last_at.toISOString(), sources: g.sources as ('search' | 'chat')[], aliasOf: aliasOf.get(g.text) ?? null })),
    total: Number(totals[0]?.total ?? 0),
    page: input.page,
    pageSize: input.pageSize,
    days: input.days,
  };
}
