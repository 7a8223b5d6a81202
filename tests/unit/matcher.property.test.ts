import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, foldTerm, toOriginal } from '@/lib/text/normalize';
import { Matcher } from '@/lib/matcher/matcher';

/** Characters that exercise folding: Han (simplified and traditional), codes, width forms, quotes, breaks. */
const ALPHABET = [...'八战略五双强高质量发展戰質發展1324+NＮ１＋“”「」 \n\u3000·・、，。'];
const char = fc.constantFrom(...ALPHABET);
const text = fc.array(char, { maxLength: 60 }).map((cs) => cs.join(''));
const term = fc.array(fc.constantFrom(...'八战略五双强高质量发展1324+N'), { minLength: 1, maxLength: 5 }).map((cs) => cs.join(''));

/** A brute-force leftmost-longest matcher over the folded text, as the specification reads. */
function reference(terms: string[], input: string): { start: number; end: number; surface: string }[] {
  const folded = fold(input);
  const keys = [...new Set(terms.map((t) => foldTerm(t)).filter(Boolean))];
  const word = (c: string | undefined) => c !== undefined && /[0-9a-z]/.test(c);
  const digit = (c: string | undefined) => c !== undefined && /[0-9]/.test(c);
  const joined = (a: string | undefined, b: string | undefined) =>
    (word(a) && word(b)) || (digit(a) && (b === '.' || b === '%')) || (a === '.' && digit(b));
  const out: { start: number; end: number; surface: string }[] = [];
  for (let i = 0; i < folded.text.length; ) {
    let best = '';
    for (const key of keys) {
      if (!folded.text.startsWith(key, i) || key.length <= best.length) continue;
      if (joined(folded.text[i - 1], folded.text[i]) || joined(folded.text[i + key.length - 1], folded.text[i + key.length])) continue;
      best = key;
    }
    if (best) {
      const [start, end] = toOriginal(folded, i, i + best.length);
      out.push({ start, end, surface: best });
      i += best.length;
    } else {
      i++;
    }
  }
  return out;
}

describe('folding, property-based', () => {
  it('maps every folded code unit back to an original one that folds to it, in order', () => {
    fc.assert(
      fc.property(text, (input) => {
        const { text: folded, origin } = fold(input);
        expect(origin.length).toBe(folded.length);
        for (let k = 0; k < folded.length; k++) {
          if (k > 0) expect(origin[k]!).toBeGreaterThan(origin[k - 1]!);
          expect(foldTerm(input[origin[k]!]!)).toBe(folded[k]);
        }
      }),
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(text, (input) => {
        expect(foldTerm(foldTerm(input))).toBe(foldTerm(input));
      }),
    );
  });
});

describe('Matcher, property-based', () => {
  it('agrees with a brute-force leftmost-longest matcher, with exact original offsets', () => {
    fc.assert(
      fc.property(fc.array(term, { minLength: 1, maxLength: 8 }), text, (terms, input) => {
        const matcher = Matcher.fromKeys(terms.map((surface) => ({ surface, id: foldTerm(surface) })));
        const found = matcher.find(input);
        const expected = reference(terms, input);
        expect(found.map((m) => [m.start, m.end])).toEqual(expected.map((m) => [m.start, m.end]));
        for (const m of found) expect(foldTerm(input.slice(m.start, m.end))).toBe(m.id);
      }),
      { numRuns: 500 },
    );
  });

  it('finds a term wherever it is inserted, however the page breaks or quotes it', () => {
    const noise = fc.constantFrom('', ' ', '\n', '\n\n', '“', '」', '\u3000');
    fc.assert(
      fc.property(fc.array(noise, { minLength: 4, maxLength: 4 }), fc.constantFrom('前文：', '。', ''), (gaps, before) => {
        const surface = '五战双强';
        const broken = [...surface].map((ch, k) => ch + (k < 3 ? gaps[k] : '')).join('');
        const input = `${before}${broken}行动`;
        const [hit] = Matcher.fromKeys([{ surface, id: 'wzsq' }]).find(input);
        expect(hit?.id).toBe('wzsq');
        expect(input.slice(hit!.start, hit!.end)).toBe(broken);
      }),
    );
  });
});
