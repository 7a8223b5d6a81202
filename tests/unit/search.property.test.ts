import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { pinyin } from 'pinyin-pro';
import { Rank, SearchIndex, type Searchable } from '@/lib/search/search';
import { syllablesOf } from '@/lib/search/pinyin';
import { withinOneEdit } from '@/lib/search/fuzzy';
import { bundled } from './search-fixtures';

const letters = (entry: Pick<Searchable, 'pinyin'>) => syllablesOf(entry.pinyin).map((s) => s.text);
const isPinyin = (entry: Pick<Searchable, 'pinyin'>) => letters(entry).length > 0 && letters(entry).every((s) => /^[a-z]+$/.test(s));

describe('every real entry is found by its own keys', () => {
  const index = new SearchIndex(bundled);
  const rankOf = (query: string, id: string) => index.search(query, 400).find((h) => h.id === id);

  it('by its term and each alias, exactly', () => {
    for (const e of bundled) {
      expect(rankOf(e.term, e.id), e.term).toMatchObject({ rank: Rank.Exact, field: 'term' });
      for (const alias of e.aliases) expect(rankOf(alias, e.id)?.rank, alias).toBe(Rank.Exact);
    }
  });

  it('by its pinyin, toneless, with tone marks, and by its initials, exactly', () => {
    const withPinyin = bundled.filter(isPinyin);
    expect(withPinyin.length).toBeGreaterThan(350);
    for (const e of withPinyin) {
      const syllables = letters(e);
      expect(rankOf(syllables.join(''), e.id), e.pinyin).toMatchObject({ rank: Rank.Exact, field: 'pinyin' });
      expect(rankOf(e.pinyin, e.id), e.pinyin).toMatchObject({ rank: Rank.Exact, field: 'pinyin' });
      if (syllables.length > 1) expect(rankOf(syllables.map((s) => s[0]).join(''), e.id)?.rank, e.pinyin).toBe(Rank.Exact);
    }
  });
});

/** Terms made of characters from the real glossary, with pinyin written by pinyin-pro as the build does. */
const pool = [...new Set(bundled.flatMap((e) => [...e.term].filter((c) => /\p{Script=Han}/u.test(c))))];
const termArb = fc.array(fc.constantFrom(...pool), { minLength: 2, maxLength: 6 }).map((chars) => chars.join(''));

describe('synthetic entries', () => {
  it('are found as the user types their pinyin, by tone numbers and by initials', () => {
    fc.assert(
      fc.property(termArb, (term) => {
        const entry: Searchable = { id: 'synthetic', term, aliases: [], pinyin: pinyin(term, { toneType: 'symbol' }), english: '' };
        // An entry's rank does not depend on the other entries, so an index of one is enough.
        const index = new SearchIndex([entry]);
        const find = (q: string) => index.search(q, 400).find((h) => h.id === 'synthetic');
        const joined = letters(entry).join('');
        expect(find(term)?.rank).toBe(Rank.Exact);
        expect(find(joined)?.rank).toBe(Rank.Exact);
        expect(find(pinyin(term, { toneType: 'num' }))?.rank).toBe(Rank.Exact);
        expect(find(letters(entry).map((s) => s[0]).join(''))?.rank).toBe(Rank.Exact);
        // Some prefixes are also a full reading: "ge" of 根恶 (gēn è) is g for gēn and e for è.
        for (let n = 1; n < joined.length; n++) expect(find(joined.slice(0, n))?.rank, joined.slice(0, n)).toBeLessThanOrEqual(Rank.Prefix);
      }),
      { numRuns: 150 },
    );
  });

  it('any query returns distinct ids in rank order, within the limit', () => {
    const index = new SearchIndex(bundled);
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: fc.constantFrom(...pool, 'a', 'n', 'g', ' ', '1', 'ü') })), fc.integer({ min: 1, max: 60 }), (query, limit) => {
        const hits = index.search(query, limit);
        expect(hits.length).toBeLessThanOrEqual(limit);
        expect(new Set(hits.map((h) => h.id)).size).toBe(hits.length);
        const ranks = hits.map((h) => h.rank);
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      }),
    );
  });
});

/** Optimal string alignment distance: Levenshtein plus swaps of neighbours. */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

describe('withinOneEdit', () => {
  it('agrees with the edit distance on whole strings', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 7 });
    fc.assert(fc.property(word, word, (q, t) => withinOneEdit(q, t, 0, t.length, false) === distance(q, t) <= 1), { numRuns: 2000 });
  });
});
