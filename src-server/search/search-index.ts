// The search index of one published catalog version (immutable, so it lives in memory): MiniSearch's BM25 over
// the fields a resident's words may meet (name, aliases, keywords, conditions, guide text) with a tokenizer
// for Chinese, pinyin keys for Latin input, the residents' lexicon to widen a query, and a re-ranking by what
// the resident's county handles close to home and by how often a matter is applied for.
import MiniSearch, { type Query, type SearchResult } from 'minisearch';
import { expandQuery, lexiconWords, type Expansion } from '../../src-shared/search/lexicon';
import { charPinyin, pinyinKeys, pinyinSpan } from './pinyin-keys';
import { hasCjk, normalizeText, Segmenter, textRuns } from './text';
import { BoundedMemo } from '../../src-shared/support/bounded-memo';

export interface SearchDoc {
  id: string;
  name: string;
  department: { code: string; name: string };
  level: number;
  handheld: boolean;
  aliases: string[];
  keywords: string[];
  conditions: string[];
  /** Other guide text worth matching: main item, situations, result, FAQ questions. */
  text: string;
}

/** What the index does not know by itself: the resident's county's offer and how often matters are applied for. */
export interface SearchSignals {
  /** True when the county handles the matter at its townships or village stations (a delegation in force). */
  offeredNearby(matterId: string, county: string): boolean;
  /** Applications per matter over the recent past. */
  applications(matterId: string): number;
}

export const noSignals: SearchSignals = { offeredNearby: () => false, applications: () => 0 };

export interface Span {
  start: number;
  end: number;
}

export interface SearchHit {
  id: string;
  name: string;
  department: { code: string; name: string };
  level: number;
  handheld: boolean;
  score: number;
  /** Parts of the name that the query met, as UTF-16 offsets. */
  highlights: Span[];
  /** Why it matched, in words a resident reads. */
  reason: string;
}

export interface SearchOutcome {
  items: SearchHit[];
  /** How the query was understood (the lexicon's phrases and what they stand for). */
  understood: Expansion[];
}

export interface Suggestion {
  text: string;
  matterId: string;
}

const TEXT_FIELDS = ['name', 'aliases', 'keywords', 'conditions', 'text'] as const;
const NAMING_FIELDS = ['name', 'aliases', 'keywords'] as const;
const BOOST: Record<string, number> = { name: 4, aliases: 3, keywords: 2, conditions: 0.6, text: 0.3 };
const EXPANSION_WEIGHT = 0.6;
const HOMOPHONE_WEIGHT = 0.5;
const fieldLabel: Record<string, string> = {
  name: '名称', aliases: '常用叫法', keywords: '关键词', conditions: '办理条件', text: '办事指南', py: '拼音',
};

/** The part of a name that says what it is: without a trailing （…） and the generic 申请/申领/办理/登记 ending. */
function coreOfName(name: string): string {
  return name.replace(/（[^）]*）$/, '').replace(/(申请|申领|办理)$/, '');
}

/**
 * Index terms as MiniSearch stores them: each Chinese character as four letters A–P (its code point in base 16).
 * MiniSearch's radix tree scans a node's children one by one, and Chinese terms start with thousands of different
 * characters; spelled this way every node has at most 16 children, which makes building a 10,000-matter index
 * several times faster. Latin and digits (pinyin keys) stay as they are (they are lower case, so never clash).
 */
const encoded = new BoundedMemo<string, string>(500_000);

export const encodeTerm = (term: string): string => encoded.answer(term, () => encodeUncached(term));

function encodeUncached(term: string): string {
  let out = '';
  for (let i = 0; i < term.length; i++) {
    const code = term.charCodeAt(i);
    if (code < 0x80) {
      out += term[i];
      continue;
    }
    out += String.fromCharCode(65 + ((code >> 12) & 15), 65 + ((code >> 8) & 15), 65 + ((code >> 4) & 15), 65 + (code & 15));
  }
  return out;
}

export function decodeTerm(encoded: string): string {
  let out = '';
  for (let i = 0; i < encoded.length; ) {
    const c = encoded.charCodeAt(i);
    if (c >= 65 && c <= 80) {
      const code = ((c - 65) << 12) | ((encoded.charCodeAt(i + 1) - 65) << 8) | ((encoded.charCodeAt(i + 2) - 65) << 4) | (encoded.charCodeAt(i + 3) - 65);
      out += String.fromCharCode(code);
      i += 4;
    } else {
      out += encoded[i];
      i += 1;
    }
  }
  return out;
}

const scaled = (boost: Record<string, number>, k: number) =>
  Object.fromEntries(Object.entries(boost).map(([f, b]) => [f, b * k]));
const unique = <T>(xs: T[]) => [...new Set(xs)];

interface IndexedDoc {
  id: string;
  name: string;
  aliases: string;
  keywords: string;
  conditions: string;
  text: string;
  py: string;
}

interface SuggestEntry {
  text: string;
  matterId: string;
  isName: boolean;
  /** Full pinyin and initials, worked out on the first suggestion asked in Latin letters. */
  py?: string;
  initials?: string;
}

export class SearchIndex {
  readonly size: number;
  private readonly docs = new Map<string, SearchDoc>();
  private readonly mini: MiniSearch<IndexedDoc>;
  private readonly segmenter: Segmenter;
  private readonly suggestions: SuggestEntry[] = [];
  /** In how many fields of all matters each term occurs (a term in most of them tells little and costs much). */
  private readonly df = new Map<string, number>();

  private constructor(docs: SearchDoc[]) {
    this.segmenter = new Segmenter([
      ...docs.flatMap((d) => [...d.aliases, ...d.keywords]),
      ...lexiconWords(),
    ]);
    const seg = this.segmenter;
    this.mini = new MiniSearch<IndexedDoc>({
      // Pinyin of names only: Latin input that spells an alias or keyword exactly is turned into Chinese (spell).
      fields: [...TEXT_FIELDS, 'py'],
      storeFields: [],
      tokenize: (text, field) => {
        // Each term once per field: how often a word recurs in one short field says little, and indexing is faster.
        // Bigrams (typo tolerance) in names and aliases; keywords and guide text by jieba's words.
        if (field === 'py' || field === undefined) return text.split(' ');
        const terms = unique(field === 'name' || field === 'aliases' ? seg.terms(text) : seg.wordsOf(text));
        for (const t of terms) this.df.set(t, (this.df.get(t) ?? 0) + 1);
        return terms;
      },
      processTerm: (term) => (term ? encodeTerm(term) : null),
      searchOptions: { tokenize: (text) => text.split(' ').filter(Boolean), processTerm: encodeTerm },
    });
    for (const d of docs) this.docs.set(d.id, { ...d, aliases: [...d.aliases] });
    this.mini.addAll([...this.docs.values()].map((d) => this.indexed(d)));
    for (const d of this.docs.values()) this.addSuggestions(d);
    this.size = this.docs.size;
    seg.forgetTexts();
  }

  /** Builds what only Latin input needs (the pinyin vocabulary), so the first such query does not wait for it. */
  warm(): void {
    this.spell('');
  }

  static build(docs: SearchDoc[]): SearchIndex {
    return new SearchIndex(docs);
  }

  has(matterId: string): boolean {
    return this.docs.has(matterId);
  }

  doc(matterId: string): SearchDoc | undefined {
    return this.docs.get(matterId);
  }

  private spellings?: Map<string, Map<string, number>>;
  /** The full-pinyin keys of `spellings`, for spelling mistakes (canjirenzhneg → 残疾人证). */
  private spellingKeys?: MiniSearch<{ id: string }>;

  /** The catalog's words (and the lexicon's) that a Latin input spells in full pinyin or initials, most used first. */
  spell(latin: string): string[] {
    if (!this.spellings) {
      const map = new Map<string, Map<string, number>>();
      const add = (word: string) => {
        if (word.length < 2 || !/^[\u3400-\u9fff]+$/.test(word)) return;
        const syl = Array.from(word, charPinyin);
        for (const key of [syl.join(''), ...(word.length >= 3 ? [syl.map((p) => p[0]).join('')] : [])]) {
          const words = map.get(key) ?? new Map<string, number>();
          words.set(word, (words.get(word) ?? 0) + 1);
          map.set(key, words);
        }
      };
      for (const d of this.docs.values()) {
        for (const t of [d.name, ...d.aliases, ...d.keywords]) {
          const plain = t.replace(/[^\u3400-\u9fff]+/g, '');
          for (const w of this.segmenter.words(plain)) add(w);
        }
        for (const t of [...d.aliases, ...d.keywords]) add(t);
      }
      for (const w of lexiconWords()) add(w);
      this.spellings = map;
      this.spellingKeys = new MiniSearch<{ id: string }>({ fields: ['id'], tokenize: (t) => [t] });
      this.spellingKeys.addAll([...map.keys()].filter((k) => k.length >= 5).map((id) => ({ id })));
    }
    let words = this.spellings.get(latin);
    if (!words && latin.length >= 6) {
      // No word is spelled exactly: the closest full pinyin within one or two letters (a typo).
      const near = this.spellingKeys!.search(latin, { fuzzy: latin.length >= 9 ? 2 : 1, prefix: false });
      if (near.length > 0) words = this.spellings.get(String(near[0].id));
    }
    if (!words) return [];
    return [...words.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length).slice(0, 3).map(([w]) => w);
  }

  /** Adds an alias to a matter (an admin's answer to a search that found nothing); found by the next search. */
  addAlias(matterId: string, alias: string): boolean {
    const doc = this.docs.get(matterId);
    if (!doc || doc.aliases.includes(alias)) return false;
    doc.aliases.push(alias);
    this.segmenter.addWords([alias]);
    this.mini.replace(this.indexed(doc));
    this.suggestions.push(this.suggestEntry(alias, matterId, false));
    this.spellings = undefined;
    this.spellingKeys = undefined;
    return true;
  }

  private indexed(d: SearchDoc): IndexedDoc {
    const seg = this.segmenter;
    const py = pinyinKeys(d.name, seg.words(d.name.replace(/[^\u3400-\u9fff]+/g, '')));
    return {
      id: d.id,
      name: d.name,
      aliases: d.aliases.join('\n'),
      keywords: d.keywords.join('\n'),
      conditions: d.conditions.join('\n'),
      text: d.text,
      py: unique(py).join(' '),
    };
  }

  private suggestEntry(text: string, matterId: string, isName: boolean): SuggestEntry {
    return { text, matterId, isName };
  }

  private pinyinOfEntry(s: SuggestEntry): { py: string; initials: string } {
    if (s.py === undefined || s.initials === undefined) {
      const syl = Array.from(s.text, charPinyin).filter(Boolean);
      s.py = syl.join('');
      s.initials = syl.map((p) => p[0]).join('');
    }
    return { py: s.py, initials: s.initials };
  }

  private addSuggestions(d: SearchDoc) {
    this.suggestions.push(this.suggestEntry(d.name, d.id, true));
    for (const a of d.aliases) this.suggestions.push(this.suggestEntry(a, d.id, false));
  }

  search(query: string, options: { limit?: number; county?: string; signals?: SearchSignals } = {}): SearchOutcome {
    const limit = options.limit ?? 10;
    const signals = options.signals ?? noSignals;
    const text = normalizeText(query);
    if (!text) return { items: [], understood: [] };
    const latin = unique(textRuns(text).filter((r) => /^[a-z]{2,}$/.test(r)));
    // Latin input becomes the catalog's own words it spells (dibao → 低保, cjrz → 残疾人证), then goes on as Chinese.
    const spelled = latin.map((l) => ({ from: l, to: this.spell(l) })).filter((s) => s.to.length > 0);
    const chinese = [text.replace(/[a-z]+/g, ' '), ...spelled.map((s) => s.to[0])].join(' ').replace(/\s+/g, ' ').trim();
    const { core, expansions } = expandQuery(chinese.replace(/ /g, '，'));
    for (const s of spelled) expansions.unshift({ section: 'terms', from: s.from, to: s.to });
    const seg = this.segmenter;
    const coreRuns = textRuns(core);
    // Words in most matters' fields (申请, 登记, 办理) are dropped from the query unless nothing else is left.
    const common = (t: string) => (this.df.get(t) ?? 0) > this.size * 1.2;
    const allCore = unique(coreRuns.filter(hasCjk).flatMap((r) => seg.terms(r)));
    const coreTerms = allCore.every(common) ? allCore : allCore.filter((t) => !common(t));
    // Each phrase's first official term weighs most, the others less (怀孕了 → 生育登记 before 孕产妇建档).
    const expTermsAt = (pos: (i: number) => boolean) =>
      unique(expansions.flatMap((e) => e.to.filter((_, i) => pos(i))).flatMap((t) => seg.wordsOf(t))).filter((t) => !coreTerms.includes(t));
    const expFirst = expTermsAt((i) => i === 0).filter((t) => !common(t));
    const expRest = expTermsAt((i) => i > 0).filter((t) => !expFirst.includes(t) && !common(t));
    const cjkCore = coreRuns.filter(hasCjk).join('');
    const homophones = cjkCore.length >= 2 && cjkCore.length <= 10 ? [Array.from(cjkCore, charPinyin).join('')] : [];

    const queries: Query[] = [];
    // The resident's words are looked for everywhere; bigrams that are not words only where bigrams are indexed.
    const coreWordSet = new Set(coreRuns.filter(hasCjk).flatMap((r) => seg.words(r)));
    const coreWordTerms = coreTerms.filter((t) => coreWordSet.has(t));
    const coreBigrams = coreTerms.filter((t) => !coreWordSet.has(t));
    if (coreWordTerms.length) queries.push({ queries: coreWordTerms, fields: [...NAMING_FIELDS], boost: BOOST });
    if (coreBigrams.length) queries.push({ queries: coreBigrams, fields: ['name', 'aliases'], boost: BOOST });
    // Official terms the lexicon adds are looked for where catalogs name things (not in long guide text: there
    // they match everything, and cost the most time on a large catalog).
    if (expFirst.length) queries.push({ queries: expFirst, fields: [...NAMING_FIELDS], boost: scaled(BOOST, EXPANSION_WEIGHT) });
    if (expRest.length) queries.push({ queries: expRest, fields: [...NAMING_FIELDS], boost: scaled(BOOST, EXPANSION_WEIGHT * 0.6) });
    if (latin.length) {
      queries.push({
        queries: latin, fields: ['py'], boost: { py: 2 }, prefix: true,
        // A typo is forgiven only when the input spells none of the catalog's words exactly.
        fuzzy: (term: string) => (spelled.some((s) => s.from === term) ? false : term.length >= 9 ? 2 : term.length >= 5 ? 1 : false),
      });
    }
    if (homophones.length) queries.push({ queries: homophones, fields: ['py'], boost: { py: HOMOPHONE_WEIGHT }, prefix: true });
    if (queries.length === 0) return { items: [], understood: expansions };

    // A result that meets the query only through a stray bigram (种子纠纷 for 量子纠缠) is noise, not a match.
    const meaningful = new Set([
      ...coreRuns.filter(hasCjk).flatMap((r) => seg.words(r)),
      ...expFirst, ...expRest, ...latin, ...homophones,
    ]);
    const minBigrams = Math.max(1, Math.ceil((cjkCore.length - 1) / 2));
    const coreWords = unique(coreRuns.filter(hasCjk).flatMap((r) => seg.words(r)));
    // Guide text (conditions, FAQ) is read only when names, aliases and keywords leave places in the answer:
    // its long posting lists are most of a query's cost on a large catalog, and it rarely decides the first places.
    const found = this.mini.search({ combineWith: 'OR', queries });
    if (found.length < limit && coreWordTerms.length) {
      const seen = new Set(found.map((r) => r.id));
      const guide = this.mini.search({ queries: coreWordTerms, fields: ['conditions', 'text'], boost: BOOST, combineWith: 'OR' });
      for (const r of guide) if (!seen.has(r.id)) found.push(r);
    }
    const raw = found.filter((r) => {
      const terms = Object.keys(r.match).map(decodeTerm);
      if (!(terms.some((t) => meaningful.has(t) || !hasCjk(t)) || terms.length >= minBigrams)) return false;
      // Met only in the guide's long text (a condition, an FAQ): it must meet at least half of the resident's words.
      const inShortFields = Object.values(r.match).some((fields) => fields.some((f) => f !== 'conditions' && f !== 'text'));
      return inShortFields || terms.filter((t) => coreWords.includes(t)).length * 2 >= coreWords.length;
    });
    if (raw.length === 0) return { items: [], understood: expansions };
    const phrases = unique([...coreTerms, ...expansions.flatMap((e) => e.to.slice(0, 2))]);
    const marks = unique([...coreTerms, ...expansions.flatMap((e) => e.to)]);
    const maxApps = Math.max(1, ...raw.slice(0, 50).map((r) => signals.applications(String(r.id))));
    const homophoneOf = homophones.length > 0 ? cjkCore : '';
    const ranked = raw.slice(0, Math.max(50, limit)).map((r) => {
      const doc = this.docs.get(String(r.id))!;
      let score = r.score;
      // The whole of an official term in the name (残疾人证, 挂失) counts more than its pieces scattered about.
      const whole = phrases.filter((p) => p.length >= 2 && doc.name.includes(p)).length;
      score *= 1 + 0.15 * whole;
      // A name the query covers is about the query; one with qualifiers the resident did not say (旱灾, 冬春) less so.
      const highlights = this.highlights(doc.name, marks, latin, homophoneOf);
      const core = coreOfName(doc.name);
      const covered = highlights.reduce((n, h) => n + Math.max(0, Math.min(h.end, core.length) - h.start), 0);
      score *= 0.8 + 0.4 * Math.min(1, covered / Math.max(1, core.length));
      if (highlights[0]?.start === 0) score *= 1.15;
      if (options.county && signals.offeredNearby(doc.id, options.county)) score *= 1.1;
      const apps = signals.applications(doc.id);
      if (apps > 0) score *= 1 + (0.1 * Math.log1p(apps)) / Math.log1p(maxApps);
      return { r, doc, score, highlights };
    });
    ranked.sort((a, b) => b.score - a.score || a.doc.name.length - b.doc.name.length);
    const items = ranked.slice(0, limit).map(({ r, doc, score, highlights }) => ({
      id: doc.id,
      name: doc.name,
      department: doc.department,
      level: doc.level,
      handheld: doc.handheld,
      score: Math.round(score * 1000) / 1000,
      highlights,
      reason: this.reason(r, expansions),
    }));
    return { items, understood: expansions };
  }

  private highlights(name: string, phrases: string[], latin: string[], homophoneOf: string): Span[] {
    const spans: Span[] = [];
    for (const p of phrases) {
      for (let i = name.indexOf(p); i >= 0; i = name.indexOf(p, i + 1)) spans.push({ start: i, end: i + p.length });
    }
    const pinyinInputs = [...latin, ...(homophoneOf ? [Array.from(homophoneOf, charPinyin).join('')] : [])];
    if (spans.length === 0) {
      for (const l of pinyinInputs) {
        const s = pinyinSpan(name, l);
        if (s) spans.push({ start: s[0], end: s[1] });
      }
    }
    spans.sort((a, b) => a.start - b.start);
    const merged: Span[] = [];
    for (const s of spans) {
      const last = merged[merged.length - 1];
      if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
      else merged.push({ ...s });
    }
    return merged;
  }

  private reason(r: SearchResult, expansions: Expansion[]): string {
    const byField = new Map<string, string[]>();
    for (const [encoded, fields] of Object.entries(r.match)) {
      const term = decodeTerm(encoded);
      for (const f of fields) byField.set(f, [...(byField.get(f) ?? []), term]);
    }
    const order = ['name', 'aliases', 'keywords', 'py', 'conditions', 'text'];
    const parts: string[] = [];
    for (const f of order) {
      const terms = byField.get(f);
      if (!terms) continue;
      if (f === 'py') {
        if (!parts.includes('拼音相符')) parts.push('拼音相符');
        continue;
      }
      const shown = unique(terms).sort((a, b) => b.length - a.length).slice(0, 3);
      parts.push(`${fieldLabel[f]}含「${shown.join('」「')}」`);
      if (parts.length >= 2) break;
    }
    const matched = Object.keys(r.match).map(decodeTerm);
    const used = expansions.filter((e) => e.to.some((t) => matched.some((m) => t.includes(m))));
    const notes = used.slice(0, 2).map((e) => `“${e.from}”按“${e.to.slice(0, 3).join('/')}”理解`);
    return [parts.join('，'), notes.join('，')].filter(Boolean).join('；');
  }

  /** Names and aliases that begin with (or contain) what is typed so far, in Chinese or in pinyin. */
  suggest(query: string, limit = 8): Suggestion[] {
    const text = normalizeText(query).replace(/\s+/g, '');
    if (!text) return [];
    const latin = /^[a-z]+$/.test(text);
    const scored: { s: SuggestEntry; rank: number }[] = [];
    for (const s of this.suggestions) {
      let rank = -1;
      if (latin) {
        const { py, initials } = this.pinyinOfEntry(s);
        if (initials.startsWith(text)) rank = 0;
        else if (py.startsWith(text)) rank = 1;
        else if (text.length >= 3 && py.includes(text)) rank = 3;
      } else if (s.text.startsWith(text)) rank = 0;
      else if (s.text.includes(text)) rank = 2;
      if (rank < 0) continue;
      scored.push({ s, rank: rank + (s.isName ? 0 : 0.5) });
    }
    scored.sort((a, b) => a.rank - b.rank || a.s.text.length - b.s.text.length);
    const out: Suggestion[] = [];
    const seen = new Set<string>();
    for (const { s } of scored) {
      if (seen.has(s.text)) continue;
      seen.add(s.text);
      out.push({ text: s.text, matterId: s.matterId });
      if (out.length >= limit) break;
    }
    return out;
  }
}
