import { foldTerm } from '../text/normalize';
import type { Entry } from '../glossary/schema';

/** How well an entry answers a query; lower is better. */
export const enum Rank {
  Exact = 0,
  Prefix = 1,
  Contains = 2,
  English = 3,
}

export interface SearchHit {
  id: string;
  rank: Rank;
}

export type Searchable = Pick<Entry, 'id' | 'term' | 'aliases' | 'pinyin' | 'english'>;

interface Keys {
  id: string;
  termLength: number;
  surfaces: string[];
  /** Toneless pinyin without spaces ("babazhanlve"), its initials ("bbzl"). */
  pinyin: string;
  initials: string;
  english: string;
}

/** Removes tone marks and turns ü into v, as pinyin input methods do. */
export function tonelessPinyin(pinyin: string): string {
  return pinyin
    .normalize('NFD')
    .replace(/u\u0308/g, 'v')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

function keysOf(entry: Searchable): Keys {
  const syllables = tonelessPinyin(entry.pinyin).split(/[^a-z]+/).filter(Boolean);
  return {
    id: entry.id,
    termLength: entry.term.length,
    surfaces: [entry.term, ...entry.aliases].map((s) => foldTerm(s)),
    pinyin: syllables.join(''),
    initials: syllables.map((s) => s[0]).join(''),
    english: entry.english.toLowerCase(),
  };
}

function rankOf(keys: Keys, folded: string, latin: string, words: string): Rank | undefined {
  let best: Rank | undefined;
  const consider = (rank: Rank) => {
    if (best === undefined || rank < best) best = rank;
  };
  for (const s of keys.surfaces) {
    if (s === folded) consider(Rank.Exact);
    else if (s.startsWith(folded)) consider(Rank.Prefix);
    else if (s.includes(folded)) consider(Rank.Contains);
  }
  if (latin) {
    if (keys.pinyin === latin || keys.initials === latin) consider(Rank.Exact);
    else if (keys.pinyin.startsWith(latin) || (latin.length >= 2 && keys.initials.startsWith(latin))) consider(Rank.Prefix);
  }
  if (best === undefined && words.length >= 2 && keys.english.includes(words)) consider(Rank.English);
  return best;
}

/** A search index over glossary entries: build it once, query it as the user types. */
export class SearchIndex {
  private readonly keys: Keys[];

  constructor(entries: readonly Searchable[]) {
    this.keys = entries.map(keysOf);
  }

  /** Entries matching `query` by 汉字, pinyin (toneless, or initials) or English, best first. */
  search(query: string, limit = 50): SearchHit[] {
    const folded = foldTerm(query);
    if (!folded) return [];
    const toneless = tonelessPinyin(folded);
    const latin = /^[a-z0-9]+$/.test(toneless) ? toneless : '';
    // English is matched on the words as typed, spaces kept.
    const words = query.trim().toLowerCase().replace(/\s+/g, ' ');
    const hits: { hit: SearchHit; length: number }[] = [];
    for (const keys of this.keys) {
      const rank = rankOf(keys, folded, latin, words);
      if (rank !== undefined) hits.push({ hit: { id: keys.id, rank }, length: keys.termLength });
    }
    hits.sort((a, b) => a.hit.rank - b.hit.rank || a.length - b.length || a.hit.id.localeCompare(b.hit.id));
    return hits.slice(0, limit).map((h) => h.hit);
  }
}
