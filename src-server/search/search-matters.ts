// Use case: find matters from a resident's own words (GET /api/search). Answers from the instance's index; the
// query goes to the log without the person (text, result count, first result).
import { MatterLevelName } from '../../src-shared/contracts/catalog';
import type { SearchAnswer } from '../../src-shared/contracts/search';
import type { UseCaseContext } from '../platform/use-case';
import { normalizeText } from './text';
import type { SearchService } from './search-service';

export async function searchMatters(
  _ctx: UseCaseContext,
  input: { q: string; limit: number; county?: string },
  search: SearchService,
): Promise<SearchAnswer> {
  await search.current();
  const started = performance.now();
  const text = normalizeText(input.q).replace(/\s+/g, ' ').slice(0, 100);
  const { version, outcome } = await search.find(text, { limit: input.limit, county: input.county });
  const items = outcome.items.map((i) => ({
    ...i,
    levelName: MatterLevelName[i.level as keyof typeof MatterLevelName] ?? `${i.level} 级`,
  }));
  // Nothing searchable (emoji, punctuation only) is neither searched nor logged.
  const queryId = text ? search.log({ text, resultCount: items.length, topMatterId: items[0]?.id ?? null, catalogVersion: version }) : null;
  return {
    items,
    total: items.length,
    tookMs: Math.round((performance.now() - started) * 100) / 100,
    queryId,
    understood: outcome.understood.map((u) => ({ from: u.from, to: u.to })),
    version,
  };
}
