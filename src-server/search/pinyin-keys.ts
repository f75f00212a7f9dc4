// Pinyin of catalog text for Latin input: residents type full pinyin (dibao, canjiren) or initials (cjrz, gjj).
// Each name is indexed under the pinyin and the initials of every tail that starts at a word boundary, so a
// prefix search finds 残疾人证新办 from cjrz and 住房公积金提取 from gjj; a fuzzy search forgives a typo.
import { pinyin } from 'pinyin-pro';
import { isCjk } from './text';

const charCache = new Map<string, string>();

/** Toneless pinyin of one character ('' for anything that is not Chinese; digits and letters as they are). */
export function charPinyin(ch: string): string {
  if (!isCjk(ch)) return /[a-z0-9]/.test(ch) ? ch : '';
  let py = charCache.get(ch);
  if (py === undefined) {
    py = pinyin(ch, { toneType: 'none', type: 'array' })[0]?.replace(/ü/g, 'v') ?? '';
    charCache.set(ch, py);
  }
  return py;
}

const MAX_KEY = 24;

/**
 * Pinyin index keys of a text cut into words: for each word boundary, the full pinyin and the initials of the
 * text from there on (capped at 24 letters, enough for any prefix a resident types).
 */
export function pinyinKeys(text: string, words: string[]): string[] {
  const syllables: string[] = [];
  let plain = '';
  for (const ch of text) {
    const p = charPinyin(ch.toLowerCase());
    if (!p) continue;
    plain += ch;
    syllables.push(p);
  }
  const starts = new Set<number>([0]);
  let at = 0;
  for (const w of words) {
    const i = plain.indexOf(w, at);
    if (i >= 0) {
      starts.add(i);
      at = i;
    }
  }
  const keys: string[] = [];
  for (const s of starts) {
    let full = '';
    let initials = '';
    for (let i = s; i < syllables.length && full.length < MAX_KEY; i++) {
      full += syllables[i];
      initials += syllables[i][0];
    }
    if (!full) continue;
    keys.push(full.slice(0, MAX_KEY), initials);
  }
  return keys;
}

/**
 * Where Latin input matches a text by pinyin: the characters whose full pinyin or initials the input spells
 * from some character on, as [start, end) offsets; null when it does not.
 */
export function pinyinSpan(text: string, input: string): [number, number] | null {
  const chars = Array.from(text);
  const syl = chars.map((c) => charPinyin(c));
  for (let s = 0; s < chars.length; s++) {
    if (!syl[s]) continue;
    let pos = 0;
    let i = s;
    while (i < chars.length && pos < input.length) {
      const p = syl[i];
      if (!p) break;
      if (input.startsWith(p, pos)) pos += p.length;
      else if (input[pos] === p[0]) pos += 1;
      else if (p.startsWith(input.slice(pos))) pos = input.length;
      else break;
      i++;
    }
    if (pos >= input.length && i > s) return [offsetOf(chars, s), offsetOf(chars, i)];
  }
  return null;
}

const offsetOf = (chars: string[], n: number) => chars.slice(0, n).join('').length;
