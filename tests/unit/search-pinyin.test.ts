import { describe, expect, it } from 'vitest';
import { Rank, tonelessPinyin } from '@/lib/search/search';
import { parsePinyinQuery, syllablesOf } from '@/lib/search/pinyin';
import { realIndex } from './search-fixtures';

const { hitFor, terms, search } = realIndex();

describe('pinyin queries on the real glossary', () => {
  it.each([
    ['babazhanlve', Rank.Exact],
    ['ba ba zhan lve', Rank.Exact],
    ['ba ba zhan lue', Rank.Exact],
    ["ba'ba'zhan'lüe", Rank.Exact],
    ['BaBaZhanLve', Rank.Exact],
    ['bā bā zhàn lüè', Rank.Exact],
    ['ba1ba1zhan4lve4', Rank.Exact],
    ['bā bā', Rank.Prefix],
    ['babazh', Rank.Prefix],
    ['babazhanlv', Rank.Prefix],
  ])('finds 八八战略 by full pinyin %j', (query, rank) => {
    expect(hitFor(query, '八八战略')).toEqual(expect.objectContaining({ rank, field: 'pinyin' }));
    expect(terms(query)[0]).toBe('八八战略');
  });

  it.each([
    ['bbzl', Rank.Exact],
    ['bbz', Rank.Prefix],
    ['babazl', Rank.Prefix],
    ['bbzhanlve', Rank.Exact],
    ['bbzhl', Rank.Exact],
  ])('finds 八八战略 by initials or a mix %j', (query, rank) => {
    expect(hitFor(query, '八八战略')).toEqual(expect.objectContaining({ rank, field: 'initials' }));
  });

  it('finds later syllables in full only, ranked as contains', () => {
    expect(hitFor('zhanlve', '八八战略')).toMatchObject({ rank: Rank.Contains, field: 'pinyin' });
    expect(hitFor('zhanl', '八八战略')).toMatchObject({ rank: Rank.Contains, field: 'pinyin' });
    // Initials match from the first syllable only: zl is not 战略 in the middle of 八八战略.
    expect(hitFor('zl', '八八战略')).toBeUndefined();
    // Inside a syllable is not a match: "anlve" is not where any syllable starts.
    expect(hitFor('anlve', '八八战略')).toBeUndefined();
  });

  it('finds 新质生产力 with or without spaces, and 五战双强 by initials', () => {
    expect(terms('xinzhi shengchanli')[0]).toBe('新质生产力');
    expect(hitFor('xinzhishengchanli', '新质生产力')).toMatchObject({ rank: Rank.Exact, field: 'pinyin' });
    expect(terms('wzsq')).toEqual(['五战双强']);
    expect(hitFor('gtfy', '共同富裕')).toMatchObject({ rank: Rank.Exact, field: 'initials' });
    expect(hitFor('gtfy', '共同富裕示范区')).toMatchObject({ rank: Rank.Prefix, field: 'initials' });
  });

  it('accepts any tone for 一 and 不, which change tone in context', () => {
    // The bundle writes 一带一路 as yí dài yí lù and 不忘初心 as bú wàng.
    expect(hitFor('yi1dai4yi1lu4', '一带一路')).toMatchObject({ rank: Rank.Exact, field: 'pinyin' });
    expect(hitFor('bu4wang4', '不忘初心、牢记使命')).toMatchObject({ rank: Rank.Prefix, field: 'pinyin' });
  });

  it('drops an entry whose tone disagrees with the typed one to the fuzzy tier', () => {
    // 八大课题 is bā dà: typed with the fourth tone on ba it is a near miss, not a match.
    expect(hitFor('ba1da4', '八大课题')).toMatchObject({ rank: Rank.Prefix });
    expect(hitFor('ba4da4', '八大课题')).toMatchObject({ rank: Rank.Fuzzy, field: 'pinyin' });
    expect(hitFor('bà dà', '八大课题')).toMatchObject({ rank: Rank.Fuzzy });
  });

  it('treats ü typed as v, ü or u (after l and n) alike', () => {
    for (const q of ['lvse', 'lüse', 'lǜsè', 'lv4se4']) expect(hitFor(q, '绿色浙江'), q).toMatchObject({ rank: Rank.Prefix, field: 'pinyin' });
  });

  it('does not read Chinese or digits as pinyin, and skips punctuation', () => {
    expect(parsePinyinQuery('八八')).toBeUndefined();
    expect(parsePinyinQuery('1345')).toBeUndefined();
    expect(parsePinyinQuery('gōng yè + shāng mào')?.letters).toBe('gongyeshangmao');
    expect(search('1345')[0]).toMatchObject({ rank: Rank.Exact, field: 'term' });
  });
});

describe('pinyin parsing', () => {
  it('reads tone marks and tone numbers onto the letters of their syllable', () => {
    const q = parsePinyinQuery('bā ba4 lüè')!;
    expect(q.letters).toBe('babalve');
    expect([...q.tones]).toEqual([0, 1, 0, 4, 0, 0, 4]);
    expect(q.hasTones).toBe(true);
    expect(parsePinyinQuery('nue')!.letters).toBe('nve');
    expect(parsePinyinQuery('ba ba')!.hasTones).toBe(false);
  });

  it('splits an entry’s pinyin into syllables with tones, dropping punctuation', () => {
    expect(syllablesOf('bā bā zhàn lüè')).toEqual([
      { text: 'ba', tone: 1 },
      { text: 'ba', tone: 1 },
      { text: 'zhan', tone: 4 },
      { text: 'lve', tone: 4 },
    ]);
    expect(syllablesOf('rèn wu 、 415X xiān').map((s) => [s.text, s.tone])).toEqual([
      ['ren', 4],
      ['wu', 0],
      ['415x', 0],
      ['xian', 1],
    ]);
  });

  it('strips tone marks and writes ü as v', () => {
    expect(tonelessPinyin('zhàn lüè')).toBe('zhan lve');
  });
});
