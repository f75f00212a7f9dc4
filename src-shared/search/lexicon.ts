// How residents speak (lexicon.json), apart from any catalog: everyday words, actions and life situations mapped
// to the terms catalogs use, and the filler words a query can drop. Pure: the server's search and the tests use it.
import lexiconData from './lexicon.json';

export type LexiconSection = 'terms' | 'actions' | 'situations';

export interface Lexicon {
  terms: Record<string, string[]>;
  actions: Record<string, string[]>;
  situations: Record<string, string[]>;
  fillers: string[];
}

export const lexicon: Lexicon = {
  terms: lexiconData.terms,
  actions: lexiconData.actions,
  situations: lexiconData.situations,
  fillers: lexiconData.fillers,
};

/** One everyday phrase found in a query and what it stands for. */
export interface Expansion {
  section: LexiconSection;
  /** The resident's words, as found in the query. */
  from: string;
  /** The official terms added to the search. */
  to: string[];
}

export interface ExpandedQuery {
  /** The query with filler words removed (the resident's own meaningful words). */
  core: string;
  expansions: Expansion[];
}

interface Entry {
  key: string;
  section: LexiconSection;
  to: string[];
}

function entriesOf(lex: Lexicon): Entry[] {
  const entries: Entry[] = [];
  for (const section of ['terms', 'actions', 'situations'] as const) {
    for (const [key, to] of Object.entries(lex[section])) entries.push({ key, section, to });
  }
  // Longest first, so 低保户 wins over 低保 and 怎么办理 over 办理.
  return entries.sort((a, b) => b.key.length - a.key.length);
}

const defaultEntries = entriesOf(lexicon);
const defaultFillers = [...lexicon.fillers].sort((a, b) => b.length - a.length);

/**
 * Finds the lexicon's phrases in a query (longest match first, no overlaps) and drops the filler words.
 * The phrases themselves stay in `core`: a catalog may use the resident's word too (an alias such as 低保).
 */
export function expandQuery(query: string, lex?: Lexicon): ExpandedQuery {
  const entries = lex ? entriesOf(lex) : defaultEntries;
  const fillers = lex ? [...lex.fillers].sort((a, b) => b.length - a.length) : defaultFillers;
  const taken = new Array<boolean>(query.length).fill(false);
  const expansions: Expansion[] = [];
  for (const entry of entries) {
    let from = query.indexOf(entry.key);
    while (from >= 0) {
      const end = from + entry.key.length;
      if (!taken.slice(from, end).some(Boolean)) {
        for (let i = from; i < end; i++) taken[i] = true;
        if (!expansions.some((e) => e.from === entry.key)) expansions.push({ section: entry.section, from: entry.key, to: entry.to });
      }
      from = query.indexOf(entry.key, from + 1);
    }
  }
  // Fillers go only where no phrase was found (了 in 丢了 belongs to the phrase).
  let core = '';
  for (let i = 0; i < query.length; ) {
    const filler = taken[i] ? undefined : fillers.find((f) => query.startsWith(f, i) && !taken.slice(i, i + f.length).some(Boolean));
    if (filler) {
      core += ' ';
      i += filler.length;
    } else {
      core += query[i];
      i += 1;
    }
  }
  // An action phrase itself (丢了, 不干了) says nothing a catalog would contain: keep only its official variants.
  for (const e of expansions) if (e.section === 'actions') core = core.split(e.from).join(' ');
  expansions.sort((a, b) => query.indexOf(a.from) - query.indexOf(b.from));
  return { core: core.replace(/\s+/g, ' ').trim(), expansions };
}

/** Every word the lexicon knows (phrases and official terms), for a segmenter's user dictionary. */
export function lexiconWords(lex: Lexicon = lexicon): string[] {
  const words = new Set<string>();
  for (const section of ['terms', 'actions', 'situations'] as const) {
    for (const [key, to] of Object.entries(lex[section])) {
      words.add(key);
      for (const t of to) words.add(t);
    }
  }
  return [...words];
}
