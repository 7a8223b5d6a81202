import { describe, expect, it } from 'vitest';
import { Rank, SearchIndex } from '@/lib/search/search';
import { isSubsequence, withinOneEdit } from '@/lib/search/fuzzy';
import { realIndex } from './search-fixtures';

const { hitFor, terms, search } = realIndex();
/** Terms matched through their English rendering. */
const english = (query: string) => terms(query).filter((_, i) => search(query)[i]!.field === 'english');

describe('English queries on the real glossary', () => {
  it('matches word prefixes of the rendering, case-insensitively, all words required', () => {
    expect(english('five battles')).toEqual(['五战双强']);
    expect(english('Five Battles')).toEqual(['五战双强']);
    expect(english('battles two')).toEqual(['五战双强']);
    expect(terms('five battles')[0]).toBe('五战双强');
    expect(terms('new quality')[0]).toBe('新质生产力');
    expect(hitFor('new quality', '新质生产力')).toMatchObject({ rank: Rank.English, field: 'english' });
    expect(hitFor('new qual', '新质生产力')).toMatchObject({ rank: Rank.English });
    expect(hitFor('battles', '五战双强')).toMatchObject({ rank: Rank.English, field: 'english' });
    expect(hitFor('batt', '五战双强')).toMatchObject({ rank: Rank.English });
  });

  it('does not match inside a word (one letter short is a typo, two are a miss)', () => {
    expect(hitFor('attles', '五战双强')).toMatchObject({ rank: Rank.Fuzzy });
    expect(hitFor('ttles', '五战双强')).toBeUndefined();
  });

  it('ranks shorter terms first among equal English matches', () => {
    // 共富工坊 is the "common prosperity workshop"; 两个先行 mentions common prosperity too.
    expect(english('common prosperity')).toEqual(['共富工坊', '共同富裕', '两个先行', '共同富裕示范区', '共同富裕现代化基本单元']);
  });

  it('matches the English definition below the rendering', () => {
    // 八八战略's definition speaks of "eight advantages"; no rendering does.
    const hits = search('eight advantages');
    expect(terms('eight advantages')).toContain('八八战略');
    expect(hits.every((h) => h.rank === Rank.Definition && h.field === 'definition')).toBe(true);
  });

  it('leaves one-letter queries to pinyin', () => {
    expect(search('a').some((h) => h.field === 'english')).toBe(false);
  });
});

describe('fuzzy matching, the last resort', () => {
  it('forgives one typo in pinyin of five letters or more', () => {
    for (const q of ['xinzhisengchanli', 'xinzhi shengchanlii', 'xinzhi shengcahnli', 'xinzhi shengchanlu', 'xinzhi shengchenli']) {
      expect(hitFor(q, '新质生产力'), q).toMatchObject({ rank: Rank.Fuzzy, field: 'pinyin' });
    }
    expect(hitFor('xinzhishengchanlixx', '新质生产力')).toBeUndefined();
    expect(hitFor('xinzh1', '新质生产力')?.rank).not.toBe(Rank.Fuzzy);
  });

  it('forgives one typo in an English word of five letters or more', () => {
    expect(hitFor('prosperty', '共同富裕')).toMatchObject({ rank: Rank.Fuzzy, field: 'english' });
    expect(hitFor('comon prosperty', '共同富裕')).toBeUndefined();
    expect(hitFor('common prosperty', '共同富裕')).toMatchObject({ rank: Rank.Fuzzy });
    expect(hitFor('batles', '五战双强')).toMatchObject({ rank: Rank.Fuzzy, field: 'english' });
    expect(hitFor('btl', '五战双强')).toBeUndefined();
  });

  it('finds Chinese terms holding every query character in order', () => {
    expect(hitFor('共富裕', '共同富裕')).toMatchObject({ rank: Rank.Fuzzy, field: 'term' });
    expect(hitFor('八战', '八八战略')).toMatchObject({ rank: Rank.Contains });
    expect(hitFor('新生产', '新质生产力')).toMatchObject({ rank: Rank.Fuzzy });
    expect(hitFor('产生', '新质生产力')).toBeUndefined();
  });

  it('puts fuzzy hits after every other kind', () => {
    const hits = search('共富');
    expect(hits[0]).toMatchObject({ rank: Rank.Prefix });
    expect(hits.at(-1)).toMatchObject({ rank: Rank.Fuzzy });
  });

  it('is not computed when better hits already fill the limit', () => {
    const many = new SearchIndex(
      Array.from({ length: 30 }, (_, i) => ({ id: `e${i}`, term: `开放${String.fromCharCode(0x4e00 + i)}`, aliases: [], pinyin: '', english: '' })),
    );
    expect(many.search('开放', 10).every((h) => h.rank === Rank.Prefix)).toBe(true);
  });
});

describe('withinOneEdit and isSubsequence', () => {
  const whole = (q: string, t: string) => withinOneEdit(q, t, 0, t.length, false);
  const prefix = (q: string, t: string) => withinOneEdit(q, t, 0, t.length, true);

  it('accepts a change, an extra or missing letter, or a swap', () => {
    expect([whole('kaimenhong', 'kaimenhong'), whole('kaimenhomg', 'kaimenhong'), whole('kaimenhongg', 'kaimenhong')]).toEqual([true, true, true]);
    expect([whole('kaimnhong', 'kaimenhong'), whole('kaimnehong', 'kaimenhong')]).toEqual([true, true]);
    expect([whole('kaimnhomg', 'kaimenhong'), whole('kaimen', 'kaimenhong')]).toEqual([false, false]);
  });

  it('in prefix mode, accepts a typo followed by correct letters, not a wrong last letter', () => {
    expect(prefix('kaimnhon', 'kaimenhong')).toBe(true);
    expect(prefix('kaimem', 'kaimenhong')).toBe(false);
    expect(prefix('kaimenhonx', 'kaimenhong')).toBe(true);
  });

  it('checks order for subsequences within bounds', () => {
    expect(isSubsequence('共富', 'x共同富裕x', 1, 5)).toBe(true);
    expect(isSubsequence('富共', 'x共同富裕x', 1, 5)).toBe(false);
    expect(isSubsequence('裕x', 'x共同富裕x', 1, 5)).toBe(false);
  });
});
