// Use case: names and aliases that complete what a resident is typing (GET /api/search/suggest), in Chinese or
// in pinyin; not logged.
import type { SuggestAnswer } from '../../src-shared/contracts/search';
import type { UseCaseContext } from '../platform/use-case';
import type { SearchService } from './search-service';

export async function suggestMatters(_ctx: UseCaseContext, input: { q: string }, search: SearchService): Promise<SuggestAnswer> {
  const { index } = await search.current();
  return { items: index.suggest(input.q, 8) };
}
