// Evaluation of the search on a set of cases (query TAB regex of acceptable names TAB what it probes), as the
// eval tool and the ranking test run it: top-1, top-3, MRR and every miss.
import { readFileSync } from 'node:fs';
import type { SearchIndex } from './search-index';

export interface EvalCase {
  query: string;
  accept: RegExp;
  probe: string;
}

export function readCases(file: string): EvalCase[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => {
      const [query, accept, probe = ''] = line.split('\t');
      return { query: query.trim(), accept: new RegExp(accept.trim()), probe: probe.trim() };
    });
}

export interface EvalReport {
  cases: number;
  top1: number;
  top3: number;
  mrr: number;
  misses: { query: string; probe: string; expected: string; got: string[]; rank: number | null }[];
  results: { query: string; results: string[] }[];
}

export function evaluate(index: SearchIndex, cases: EvalCase[]): EvalReport {
  let top1 = 0;
  let top3 = 0;
  let rr = 0;
  const misses: EvalReport['misses'] = [];
  const results: EvalReport['results'] = [];
  for (const c of cases) {
    const names = index.search(c.query, { limit: 10 }).items.map((i) => i.name);
    results.push({ query: c.query, results: names });
    const rank = names.findIndex((n) => c.accept.test(n));
    if (rank === 0) top1++;
    if (rank >= 0 && rank < 3) top3++;
    if (rank >= 0) rr += 1 / (rank + 1);
    if (rank !== 0) misses.push({ query: c.query, probe: c.probe, expected: c.accept.source, got: names.slice(0, 3), rank: rank >= 0 ? rank + 1 : null });
  }
  const n = Math.max(1, cases.length);
  return { cases: cases.length, top1: top1 / n, top3: top3 / n, mrr: rr / n, misses, results };
}
