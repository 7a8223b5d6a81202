import { describe, expect, it } from 'vitest';
import { SearchIndex, tonelessPinyin } from '@/lib/search/search';

const entries = [
  { id: 'ba-ba-zhan-lve', term: '八八战略', aliases: [], pinyin: 'bā bā zhàn lüè', english: 'the Double-Eight Strategy' },
  { id: 'gong-tong-fu-yu', term: '共同富裕', aliases: [], pinyin: 'gòng tóng fù yù', english: 'common prosperity' },
  {
    id: 'gong-tong-fu-yu-shi-fan-qu',
    term: '共同富裕示范区',
    aliases: [],
    pinyin: 'gòng tóng fù yù shì fàn qū',
    english: 'common prosperity demonstration zone',
  },
  { id: 'kai-men-hong', term: '开门红', aliases: [], pinyin: 'kāi mén hóng', english: 'a strong start' },
];

describe('SearchIndex', () => {
  const index = new SearchIndex(entries);
  const ids = (q: string) => index.search(q).map((h) => h.id);

  it('finds an entry by its Chinese term, exact before prefix before contains', () => {
    expect(ids('共同富裕')).toEqual(['gong-tong-fu-yu', 'gong-tong-fu-yu-shi-fan-qu']);
    expect(ids('战略')).toEqual(['ba-ba-zhan-lve']);
  });

  it('finds by toneless pinyin and by initials', () => {
    expect(ids('babazhanlve')).toEqual(['ba-ba-zhan-lve']);
    expect(ids('ba ba zhan')).toEqual(['ba-ba-zhan-lve']);
    expect(ids('bbzl')).toEqual(['ba-ba-zhan-lve']);
    expect(ids('bā bā zhàn lüè')).toEqual(['ba-ba-zhan-lve']);
    expect(ids('gtfy')[0]).toBe('gong-tong-fu-yu');
  });

  it('finds by English words', () => {
    expect(ids('strong start')).toEqual(['kai-men-hong']);
    expect(ids('prosperity')).toEqual(['gong-tong-fu-yu', 'gong-tong-fu-yu-shi-fan-qu']);
  });

  it('returns nothing for an empty query or a miss', () => {
    expect(ids('  ')).toEqual([]);
    expect(ids('番茄')).toEqual([]);
  });

  it('strips tone marks and writes ü as v', () => {
    expect(tonelessPinyin('zhàn lüè')).toBe('zhan lve');
  });
});
