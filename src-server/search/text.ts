// Text handling of the search: normalizing what a resident typed, and cutting Chinese into index terms
// (jieba words with a user dictionary from the catalog and the lexicon, plus character bigrams).
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import { BoundedMemo } from '../../src-shared/support/bounded-memo';

const cjk = /[\u3400-\u9fff\uf900-\ufaff]/;
const runs = /[\u3400-\u9fff\uf900-\ufaff]+|[a-z0-9]+/g;

/**
 * What a query means as text: full-width forms folded (ＣＪＲＺ → cjrz), lower case, lone surrogates, emoji,
 * control characters and punctuation turned into spaces. What is left is Chinese, Latin letters and digits.
 */
export function normalizeText(raw: string): string {
  return raw
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\ud800-\udfff]/g, ' ')
    .replace(/[^\u3400-\u9fff\uf900-\ufaffa-z0-9]+/g, ' ')
    .trim();
}

export const isCjk = (ch: string) => cjk.test(ch);
export const hasCjk = (text: string) => cjk.test(text);

/** The Chinese runs and the Latin/digit runs of a normalized text, in order. */
export function textRuns(text: string): string[] {
  return text.match(runs) ?? [];
}

export function bigrams(run: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
  return out;
}

let shared: { jieba: Jieba; known: Set<string> } | undefined;

/**
 * A segmenter that knows the given words (catalog aliases and keywords, the lexicon) besides jieba's own
 * dictionary. Index and query are cut by the same instance, so they agree on words. jieba's dictionary is
 * loaded once per process (about 0.2 s); each index adds the words it brings to it.
 */
export class Segmenter {
  private readonly jieba: Jieba;
  private readonly cache = new BoundedMemo<string, string[]>(50_000);
  /** Many matters share sentences (conditions, FAQ questions): each is cut once per index build. */
  private readonly textCache = new Map<string, string[]>();

  constructor(userWords: Iterable<string>) {
    shared ??= { jieba: Jieba.withDict(dict), known: new Set() };
    this.jieba = shared.jieba;
    this.addWords(userWords);
  }

  addWords(userWords: Iterable<string>) {
    const known = shared!.known;
    const lines: string[] = [];
    for (const word of userWords) {
      const w = word.trim();
      if (known.has(w) || w.length < 2 || w.length > 12 || /\s/.test(w) || !hasCjk(w)) continue;
      known.add(w);
      lines.push(`${w} 200000 n`);
    }
    if (lines.length > 0) {
      this.jieba.loadDict(Buffer.from(lines.join('\n') + '\n'));
      this.cache.clear();
      this.textCache.clear();
    }
  }

  /** jieba's search-mode words of one Chinese run (long words and the shorter words inside them). */
  words(run: string): string[] {
    return this.cache.answer(run, () => this.jieba.cutForSearch(run, false).filter((w) => w.length >= 2 && hasCjk(w)));
  }

  /** Forgets the cut texts of a build (the index keeps its terms; later texts are cut anew). */
  forgetTexts(): void {
    this.textCache.clear();
  }

  /** jieba words only (no bigrams): long guide text, and official terms a query is widened with. */
  wordsOf(text: string): string[] {
    const hit = this.textCache.get(text);
    if (hit) return hit;
    const out: string[] = [];
    for (const run of textRuns(normalizeText(text))) {
      if (!hasCjk(run)) out.push(run);
      else if (run.length > 1) out.push(...this.words(run));
    }
    this.textCache.set(text, out);
    return out;
  }

  /** Index terms of a text: jieba words and bigrams of each Chinese run, Latin and digit runs as they are. */
  terms(text: string): string[] {
    const key = `\u0001${text}`;
    const hit = this.textCache.get(key);
    if (hit) return hit;
    const out = this.termsUncached(text);
    this.textCache.set(key, out);
    return out;
  }

  private termsUncached(text: string): string[] {
    const out: string[] = [];
    for (const run of textRuns(normalizeText(text))) {
      if (!hasCjk(run)) {
        out.push(run);
        continue;
      }
      if (run.length === 1) {
        out.push(run);
        continue;
      }
      out.push(...this.words(run));
      for (const b of bigrams(run)) out.push(b);
    }
    return out;
  }
}
