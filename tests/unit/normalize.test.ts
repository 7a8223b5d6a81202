import { describe, expect, it } from 'vitest';
import { fold, foldTerm, toOriginal } from '@/lib/text/normalize';

describe('fold', () => {
  it('drops whitespace and line breaks inside words, keeping offsets into the original', () => {
    const input = '五战\n\n双 强';
    const folded = fold(input);
    expect(folded.text).toBe('五战双强');
    expect([...folded.origin]).toEqual([0, 1, 4, 6]);
    expect(toOriginal(folded, 0, 4)).toEqual([0, 7]);
  });

  it('folds full-width forms, letter case, quotation styles and middle dots', () => {
    expect(foldTerm('“１＋Ｎ”')).toBe('1+n');
    expect(foldTerm('「1+N」')).toBe('1+n');
    expect(foldTerm('元宵清风・廉动永康')).toBe(foldTerm('元宵清风·廉动永康'));
    expect(foldTerm('元宵清风•廉动永康')).toBe('元宵清风·廉动永康');
  });

  it('keeps Chinese punctuation that separates the parts of a formula', () => {
    expect(foldTerm('以日保周、以周保旬')).toBe('以日保周、以周保旬');
  });

  it('maps a span back across skipped characters at its edges', () => {
    const input = '“八八战略”';
    const folded = fold(input);
    expect(folded.text).toBe('八八战略');
    const [start, end] = toOriginal(folded, 0, 4);
    expect(input.slice(start, end)).toBe('八八战略');
  });

  it('rejects a span outside the folded text', () => {
    expect(() => toOriginal(fold('ab'), 1, 3)).toThrow(RangeError);
  });
});

describe('traditional script', () => {
  it('folds traditional characters to simplified, so 繁體 pages match the same entries', () => {
    expect(foldTerm('八八戰略')).toBe('八八战略');
    expect(foldTerm('「共同富裕示範區」')).toBe('共同富裕示范区');
    expect(foldTerm('習近平新時代中國特色社會主義思想')).toBe('习近平新时代中国特色社会主义思想');
  });

  it('leaves simplified text unchanged', () => {
    const text = '忠实践行八八战略、加快建设世界五金之都品质活力永康。';
    expect(foldTerm(text)).toBe(text);
  });
});
