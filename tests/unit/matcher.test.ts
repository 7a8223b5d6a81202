import { describe, expect, it } from 'vitest';
import { Matcher, buildMatcherData } from '@/lib/matcher/matcher';

const keys = [
  { surface: '五战双强', id: 'wzsq' },
  { surface: '高质量发展', id: 'gzlfz' },
  { surface: '高质量', id: 'gzl' },
  { surface: '1+N', id: 'one-plus-n' },
  { surface: '共同富裕', id: 'gtfy' },
  { surface: '共同富裕示范区', id: 'gtfysfq' },
];

describe('Matcher', () => {
  const matcher = Matcher.fromKeys(keys);

  it('finds terms with exact offsets into the original text', () => {
    const text = '打出“五战双强”行动组合拳，推动高质量发展。';
    const found = matcher.find(text).map((m) => ({ id: m.id, text: text.slice(m.start, m.end) }));
    expect(found).toEqual([
      { id: 'wzsq', text: '五战双强' },
      { id: 'gzlfz', text: '高质量发展' },
    ]);
  });

  it('prefers the longest term at the leftmost position', () => {
    const text = '建设共同富裕示范区和共同富裕';
    expect(matcher.find(text).map((m) => m.id)).toEqual(['gtfysfq', 'gtfy']);
  });

  it('matches across OCR line breaks and stray spaces', () => {
    const text = '加快培育高质\n\n量发展和五 战双强';
    const found = matcher.find(text);
    expect(found.map((m) => text.slice(m.start, m.end))).toEqual(['高质\n\n量发展', '五 战双强']);
  });

  it('matches full-width and differently quoted forms', () => {
    expect(matcher.find('形成永康的「１＋Ｎ」政策体系').map((m) => m.id)).toEqual(['one-plus-n']);
  });

  it('returns nothing for text without terms', () => {
    expect(matcher.find('今天的菜谱是番茄炒蛋，先把鸡蛋打散。')).toEqual([]);
    expect(matcher.find('')).toEqual([]);
  });

  it('survives a JSON round trip, as it travels between extension contexts', () => {
    const data = JSON.parse(JSON.stringify(buildMatcherData(keys, 'v1')));
    const loaded = Matcher.load(data);
    expect(loaded.version).toBe('v1');
    expect(loaded.find('推动高质量发展')).toEqual(matcher.find('推动高质量发展'));
  });
});

describe('Matcher word boundaries for codes', () => {
  const codes = Matcher.fromKeys([
    { surface: '132', id: 'one-three-two' },
    { surface: '4+1', id: 'four-plus-one' },
    { surface: '1+N', id: 'one-plus-n' },
    { surface: '1+N政策体系', id: 'one-plus-n-policy' },
  ]);
  const ids = (text: string) => codes.find(text).map((m) => m.id);

  it('does not match a numeric code inside a longer number', () => {
    expect(ids('全年完成1324个项目，同比增长132.5%')).toEqual([]);
    expect(ids('第14+1次会议')).toEqual([]);
  });

  it('matches codes next to Chinese text and punctuation', () => {
    expect(ids('紧扣省委“132”十项重大工程，聚焦“4+1”重要指示')).toEqual(['one-three-two', 'four-plus-one']);
    expect(ids('省委132部署')).toEqual(['one-three-two']);
    expect(ids('形成永康的“1+N”政策体系')).toEqual(['one-plus-n-policy']);
    expect(ids('“1+N”是')).toEqual(['one-plus-n']);
  });

  it('falls back to a shorter term when the longer one would end inside a word', () => {
    const m = Matcher.fromKeys([
      { surface: '1+n', id: 'short' },
      { surface: '1+nb', id: 'long' },
    ]);
    expect(m.find('1+nbc').map((x) => x.id)).toEqual([]);
    expect(m.find('1+n。').map((x) => x.id)).toEqual(['short']);
  });
});

describe('Matcher.findAll', () => {
  it('finds the shorter terms inside a long formula, in order', () => {
    const m = Matcher.fromKeys([
      { surface: '稳中求进、以进促稳、守正创新、先立后破', id: 'formula' },
      { surface: '稳中求进', id: 'wzqj' },
      { surface: '守正创新', id: 'szcx' },
      { surface: '先立后破', id: 'xlhp' },
    ]);
    const text = '稳中求进、以进促稳、守正创新、先立后破';
    expect(m.find(text).map((x) => x.id)).toEqual(['formula']);
    expect(m.findAll(text).map((x) => [x.id, text.slice(x.start, x.end)])).toEqual([
      ['wzqj', '稳中求进'],
      ['formula', text],
      ['szcx', '守正创新'],
      ['xlhp', '先立后破'],
    ]);
  });
});
