/**
 * Search over glossary entries as the user types: by 汉字 (simplified or traditional), by pinyin
 * (with tone marks, tone numbers or none; in full, by initials, or a mix), and by English words.
 * Ranking: exact > prefix > contains (term, alias or pinyin) > English rendering > definition >
 * fuzzy. Within a rank, full pinyin before initials, then the user's own entries, then shorter
 * terms, then id. Pure: no browser globals, so the background and the tests share it.
 */
import { foldTerm } from '../text/normalize';
import type { Entry } from '../glossary/schema';
import { HitSet, Rank, type SearchHit } from './rank';
import { parsePinyinQuery, syllablesOf } from './pinyin';
import { PinyinColumn } from './pinyin-match';
import { TextColumn } from './text-column';
import { WordIndex, wordsOf } from './word-index';
import { isSubsequence } from './fuzzy';

export { Rank, MATCH_FIELDS, type MatchField, type SearchHit } from './rank';
export { tonelessPinyin } from './pinyin';

export type Searchable = Pick<Entry, 'id' | 'term' | 'aliases' | 'pinyin' | 'english'> &
  Partial<Pick<Entry, 'definition' | 'owner'>>;

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
/** Below these lengths a definition or typo match is mostly noise. */
const MIN_DEFINITION_HAN = 2;
const MIN_DEFINITION_LETTERS = 3;
const MIN_TYPO_LETTERS = 5;

/** A search index over glossary entries: build it once, query it as the user types. */
export class SearchIndex {
  private readonly ids: string[];
  /** Tie-break position of each entry: the user's own first, then shorter terms, then id. */
  private readonly order: Int32Array;
  private readonly surfaces: TextColumn;
  private readonly surfaceEntry: Int32Array;
  private readonly surfaceIsAlias: Uint8Array;
  private readonly pinyin: PinyinColumn;
  private readonly english: WordIndex;
  private readonly definitionZh: TextColumn;
  private readonly definitionEn: WordIndex;
  private readonly hits: HitSet;

  constructor(entries: readonly Searchable[]) {
    this.ids = entries.map((e) => e.id);
    this.order = tieOrder(entries);
    const surfaces: string[] = [];
    const surfaceEntry: number[] = [];
    const isAlias: number[] = [];
    entries.forEach((entry, e) => {
      [entry.term, ...entry.aliases].forEach((surface, i) => {
        surfaces.push(foldTerm(surface));
        surfaceEntry.push(e);
        isAlias.push(i > 0 ? 1 : 0);
      });
    });
    this.surfaces = new TextColumn(surfaces);
    this.surfaceEntry = Int32Array.from(surfaceEntry);
    this.surfaceIsAlias = Uint8Array.from(isAlias);
    this.pinyin = new PinyinColumn(entries.map((e) => syllablesOf(e.pinyin)));
    this.english = new WordIndex(entries.map((e) => e.english));
    this.definitionZh = new TextColumn(entries.map((e) => foldTerm(e.definition?.zh ?? '')));
    this.definitionEn = new WordIndex(entries.map((e) => e.definition?.en ?? ''));
    this.hits = new HitSet(entries.length);
  }

  /** Entries matching `query`, best first, each with its rank and the field that matched. */
  search(query: string, limit = 50): SearchHit[] {
    const hits = this.hits;
    hits.reset();
    const folded = foldTerm(query);
    if (!folded) return [];
    this.matchSurfaces(folded);
    if (HAN.test(folded)) {
      if (folded.length >= MIN_DEFINITION_HAN && hits.countBetterThan(Rank.Definition) < limit) {
        this.definitionZh.scan(folded, (e) => (hits.offer(e, Rank.Definition, 'definition'), true));
      }
      if (folded.length >= 2 && hits.countBetterThan(Rank.Fuzzy) < limit) this.matchScattered(folded);
    } else {
      const pinyin = parsePinyinQuery(query);
      if (pinyin) this.pinyin.match(pinyin, hits);
      // A tone mark or number says the query is pinyin, not English.
      const words = pinyin?.hasTones ? [] : wordsOf(query);
      const letters = words.join('').length;
      if (letters >= 2) for (const e of this.english.matchAll(words)) hits.offer(e, Rank.English, 'english');
      if (letters >= MIN_DEFINITION_LETTERS && hits.countBetterThan(Rank.Definition) < limit) {
        for (const e of this.definitionEn.matchAll(words)) hits.offer(e, Rank.Definition, 'definition');
      }
      if (hits.countBetterThan(Rank.Fuzzy) < limit) {
        if (pinyin && pinyin.letters.length >= MIN_TYPO_LETTERS) this.pinyin.matchFuzzy(pinyin, hits);
        words.forEach((word, i) => {
          if (word.length < MIN_TYPO_LETTERS) return;
          for (const e of this.english.matchAll(words, i)) hits.offer(e, Rank.Fuzzy, 'english');
        });
      }
    }
    const found = hits.top(limit, this.order, this.ids);
    hits.reset();
    return found;
  }

  /** Exact, prefix or contains over every term and alias, folded like the query. */
  private matchSurfaces(folded: string): void {
    this.surfaces.scan(folded, (s, offset) => {
      const rank = offset > 0 ? Rank.Contains : this.surfaces.itemLength(s) === folded.length ? Rank.Exact : Rank.Prefix;
      this.hits.offer(this.surfaceEntry[s]!, rank, this.surfaceIsAlias[s] ? 'alias' : 'term');
      return true;
    });
  }

  /** Terms and aliases holding every query character in order, with others between (共富 for 共同富裕). */
  private matchScattered(folded: string): void {
    const { surfaces } = this;
    const rest = folded.slice(1);
    surfaces.scan(folded[0]!, (s, offset) => {
      if (isSubsequence(rest, surfaces.text, surfaces.start(s) + offset + 1, surfaces.end(s))) {
        this.hits.offer(this.surfaceEntry[s]!, Rank.Fuzzy, this.surfaceIsAlias[s] ? 'alias' : 'term');
      }
      return true;
    });
  }
}

function tieOrder(entries: readonly Searchable[]): Int32Array {
  const sorted = entries.map((_, i) => i);
  const key = (i: number) => entries[i]!;
  sorted.sort((a, b) => {
    const x = key(a);
    const y = key(b);
    const own = (y.owner === 'user' ? 1 : 0) - (x.owner === 'user' ? 1 : 0);
    return own || x.term.length - y.term.length || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
  });
  const order = new Int32Array(entries.length);
  sorted.forEach((entry, position) => (order[entry] = position));
  return order;
}
