import { describe, expect, it } from 'vitest';
import { Rank, SearchIndex, type Searchable } from '@/lib/search/search';
import { realIndex } from './search-fixtures';

const entry = (id: string, term: string, pinyin: string, english: string, extra: Partial<Searchable> = {}): Searchable => ({
  id,
  term,
  aliases: [],
  pinyin,
  english,
  ...extra,
});

const small = [
  entry('ba-ba-zhan-lve', '八八战略', 'bā bā zhàn lüè', 'the Double-Eight Strategy', {
    definition: { zh: '浙江省的总体发展战略。', en: 'Zhejiang’s overarching development strategy.' },
  }),
  entry('gong-tong-fu-yu', '共同富裕', 'gòng tóng fù yù', 'common prosperity', { aliases: ['全体人民共同富裕'] }),
  entry('gong-tong-fu-yu-shi-fan-qu', '共同富裕示范区', 'gòng tóng fù yù shì fàn qū', 'common prosperity demonstration zone'),
  entry('kai-men-hong', '开门红', 'kāi mén hóng', 'a strong start'),
  entry('shuang-tan', '碳达峰碳中和', 'tàn dá fēng tàn zhōng hé', 'carbon peaking and carbon neutrality', { aliases: ['双碳'] }),
];

describe('ranking', () => {
  const index = new SearchIndex(small);
  const ids = (q: string) => index.search(q).map((h) => h.id);

  it('puts an exact term before a prefix before a term that only contains the query', () => {
    const hits = index.search('共同富裕');
    expect(hits).toEqual([
      { id: 'gong-tong-fu-yu', rank: Rank.Exact, field: 'term' },
      { id: 'gong-tong-fu-yu-shi-fan-qu', rank: Rank.Prefix, field: 'term' },
    ]);
    expect(index.search('富裕')).toEqual([
      { id: 'gong-tong-fu-yu', rank: Rank.Contains, field: 'term' },
      { id: 'gong-tong-fu-yu-shi-fan-qu', rank: Rank.Contains, field: 'term' },
    ]);
  });

  it('matches aliases and says so', () => {
    expect(index.search('双碳')).toEqual([{ id: 'shuang-tan', rank: Rank.Exact, field: 'alias' }]);
    expect(index.search('全体人民')).toEqual([{ id: 'gong-tong-fu-yu', rank: Rank.Prefix, field: 'alias' }]);
  });

  it('folds traditional characters, full-width letters and quotation marks in the query', () => {
    expect(ids('戰略')).toEqual(['ba-ba-zhan-lve']);
    expect(ids('“共同富裕示範區”')).toEqual(['gong-tong-fu-yu-shi-fan-qu']);
    expect(ids('ＢＢＺＬ')).toEqual(['ba-ba-zhan-lve']);
  });

  it('finds a query inside a Chinese definition, below every term match', () => {
    expect(index.search('发展战略')).toEqual([{ id: 'ba-ba-zhan-lve', rank: Rank.Definition, field: 'definition' }]);
    expect(index.search('战略').map((h) => h.rank)).toEqual([Rank.Contains]);
  });

  it('ranks the English rendering above the English definition', () => {
    const extra = entry('x', '新战略', 'xīn zhàn lüè', 'a new plan', { definition: { zh: '新的计划。', en: 'An overarching strategy.' } });
    const both = new SearchIndex([...small, extra]);
    expect(both.search('strategy')).toEqual([
      { id: 'ba-ba-zhan-lve', rank: Rank.English, field: 'english' },
      { id: 'x', rank: Rank.Definition, field: 'definition' },
    ]);
  });

  it('keeps initials below full pinyin of the same rank', () => {
    // "dang" is the full pinyin of 党 and the initials of the made-up 大安女哥.
    const index2 = new SearchIndex([entry('d-a-n-g', '大安女哥', 'dà ān nǚ gē', ''), entry('dang', '党', 'dǎng', 'the Party')]);
    expect(index2.search('dang')).toEqual([
      { id: 'dang', rank: Rank.Exact, field: 'pinyin' },
      { id: 'd-a-n-g', rank: Rank.Exact, field: 'initials' },
    ]);
  });

  it('counts a one-letter syllable as its own initial', () => {
    const index2 = new SearchIndex([entry('e-ba', '恶八', 'è bā', '')]);
    expect(index2.search('eb')).toEqual([{ id: 'e-ba', rank: Rank.Exact, field: 'initials' }]);
    expect(index2.search('eba')).toEqual([{ id: 'e-ba', rank: Rank.Exact, field: 'pinyin' }]);
  });

  it('breaks ties with the user’s own entries first, then shorter terms, then id', () => {
    const tied = new SearchIndex([
      entry('b', '试点示范区', '', ''),
      entry('a', '试点示范区建设', '', ''),
      entry('c', '试点工作', '', ''),
      entry('user-1', '试点先行先试', '', '', { owner: 'user' }),
      entry('d', '试点区', '', ''),
    ]);
    expect(tied.search('试点').map((h) => h.id)).toEqual(['user-1', 'd', 'c', 'b', 'a']);
  });

  it('honours the limit after ranking', () => {
    expect(index.search('共同富裕', 1).map((h) => h.id)).toEqual(['gong-tong-fu-yu']);
  });

  it('returns nothing for an empty query or a miss, and the next query is not affected', () => {
    expect(ids('  ')).toEqual([]);
    expect(ids('番茄')).toEqual([]);
    expect(ids('kaimenhong')).toEqual(['kai-men-hong']);
    expect(ids('番茄')).toEqual([]);
  });

  it('indexes entries without pinyin, English or definition (the user’s own)', () => {
    const own = new SearchIndex([entry('user-1', '三抓三促', '', '', { owner: 'user', definition: { zh: '一项作风建设行动。', en: '' } })]);
    expect(own.search('三抓')).toEqual([{ id: 'user-1', rank: Rank.Prefix, field: 'term' }]);
    expect(own.search('作风建设')).toEqual([{ id: 'user-1', rank: Rank.Definition, field: 'definition' }]);
    expect(own.search('sanzhua')).toEqual([]);
  });
});

describe('ranking on the real glossary', () => {
  const { search, terms, hitFor } = realIndex();

  it('answers 八八战略 by term first, then entries whose definitions mention it', () => {
    const hits = search('八八战略');
    expect(terms('八八战略')[0]).toBe('八八战略');
    expect(hits[0]).toMatchObject({ rank: Rank.Exact, field: 'term' });
    expect(hits.slice(1).length).toBeGreaterThan(0);
    expect(hits.slice(1).every((h) => h.rank === Rank.Definition)).toBe(true);
  });

  it('lists results in rank order', () => {
    for (const q of ['战略', 'dang', 'zj', 'common', 'strategy', 'xinzhi', '浙江']) {
      const ranks = search(q).map((h) => h.rank);
      expect(ranks, q).toEqual([...ranks].sort((a, b) => a - b));
    }
  });

  it('ranks pinyin hits for "dang", which is also the start of English words, above English ones', () => {
    const hits = search('dang');
    expect(terms('dang').slice(0, 4).sort()).toEqual(['党史学习教育', '党的二十大精神', '党的全面领导', '党纪学习教育'].sort());
    expect(hits.slice(0, 4).every((h) => h.rank === Rank.Prefix && h.field === 'pinyin')).toBe(true);
    // 担当作为 (dān dāng) and 全面从严治党 contain the syllable.
    expect(hitFor('dang', '担当作为')).toMatchObject({ rank: Rank.Contains, field: 'pinyin' });
    expect(hitFor('dang', '全面从严治党')).toMatchObject({ rank: Rank.Contains, field: 'pinyin' });
  });

  it('ranks a pinyin match above an English match of the same query', () => {
    // "zhejiang" is the pinyin of 浙江 and a word of many English renderings.
    const hits = search('zhejiang');
    expect(hitFor('zhejiang', '浙江精神')).toMatchObject({ rank: Rank.Prefix, field: 'pinyin' });
    expect(hitFor('zhejiang', '法治浙江')).toMatchObject({ rank: Rank.Contains, field: 'pinyin' });
    const english = hits.filter((h) => h.field === 'english');
    expect(english.length).toBeGreaterThan(0);
    expect(hits.indexOf(english[0]!)).toBeGreaterThan(hits.findLastIndex((h) => h.field === 'pinyin'));
  });
});
