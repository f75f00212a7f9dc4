// Which matter a message is about, through the search module: one clear match; several siblings that fit alike
// (新办 / 换领 / 挂失补办), to be told apart by one question; a weak guess; or nothing.
import type { SearchHit } from '../search/search-index';

/** Search scores: a name or an alias met scores in the hundreds; a stray character in some guide text, a few. */
export const STRONG_SCORE = 100;
export const WEAK_SCORE = 30;
/** Results within this share of the best fit alike and are asked about. */
const ALIKE = 0.6;
const MAX_OPTIONS = 6;

export interface Option {
  /** What the resident taps or types: the part of the name that tells the siblings apart (新办, 换领 …). */
  label: string;
  matterId: string;
}

export type MatterFinding =
  | { kind: 'one'; hit: SearchHit }
  | { kind: 'several'; hits: SearchHit[]; options: Option[] }
  | { kind: 'weak'; hits: SearchHit[] }
  | { kind: 'none' };

function commonPrefix(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return a.slice(0, i);
}

/** The labels of alike results: each name without the part they share (残疾人证新办 → 新办). */
export function optionsOf(hits: SearchHit[]): Option[] {
  const shared = hits.length > 1 ? commonPrefix(hits[0].name, hits[1].name) : '';
  const prefix = shared.length >= 2 ? shared : '';
  return hits.map((h) => ({ label: (prefix && h.name.startsWith(prefix) && h.name.slice(prefix.length)) || h.name, matterId: h.id }));
}

export function judgeHits(hits: SearchHit[], focusId: string | null, query = ''): MatterFinding {
  const best = hits[0];
  if (!best || best.score < WEAK_SCORE) return { kind: 'none' };
  if (best.score < STRONG_SCORE) return { kind: 'weak', hits: hits.slice(0, 3) };
  const alike = hits.filter((h) => h.score >= best.score * ALIKE).slice(0, MAX_OPTIONS);
  // A question about the siblings of the matter in focus stays with it ("残疾证要带什么材料" after 新办).
  const focused = focusId ? alike.find((h) => h.id === focusId) : undefined;
  if (focused) return { kind: 'one', hit: focused };
  // A matter called by its full name ("残疾人证新办收费吗") is that matter, however close its siblings score.
  const named = alike.filter((h) => query.includes(h.name)).sort((a, b) => b.name.length - a.name.length)[0];
  if (named) return { kind: 'one', hit: named };
  if (alike.length === 1) return { kind: 'one', hit: best };
  return { kind: 'several', hits: alike, options: optionsOf(alike) };
}

/** The option a reply picks: its label or the full name, said or contained ("就新办吧"), or its number (第2个). */
export function pickOption(text: string, options: { label: string; matterId: string; name: string }[]) {
  const t = text.replace(/[\s?？!！。,，]/g, '');
  const exact = options.find((o) => o.label === t || o.name === t);
  if (exact) return exact;
  const number = /^第?([1-6一二三四五六])(个|项)?$/.exec(t);
  if (number) {
    const n = '一二三四五六'.indexOf(number[1]) + 1 || Number(number[1]);
    return options[n - 1];
  }
  // The longest label contained wins (挂失补办 over 补办).
  const contained = options.filter((o) => t.includes(o.label)).sort((a, b) => b.label.length - a.label.length);
  return contained[0];
}
