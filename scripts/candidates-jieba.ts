/**
 * jieba-wasm for `npm run glossary:candidates`: segmentation with part-of-speech tags, glossary
 * terms as user words, and how often ordinary Chinese uses a word.
 *
 * jieba-wasm compiles jieba's dictionary (dict.txt: words, frequencies, tags) into its .wasm,
 * compressed, and has no lookup function. `add_word(word)` without a frequency returns jieba's
 * `suggest_freq(word)`, which for a dictionary word is its dictionary frequency (give or take
 * one), and stores that frequency back, which changes nothing. For a word outside the dictionary
 * it would add the word, so `frequency` asks only about words jieba already cuts whole (a single
 * character always is; an unknown one is added at frequency 2, which changes no segmentation), and
 * the candidates command segments everything before it asks.
 */
import { add_word, cut, tag, tokenize } from 'jieba-wasm';

export interface Token {
  word: string;
  /** jieba's part-of-speech tag (ICTCLAS style: n, v, nr for person names, x for unknown or punctuation). */
  tag: string;
  start: number;
  end: number;
}

export interface Segmenter {
  /** Tokens of `text` with their offsets; together they cover the text exactly. */
  segment(text: string): Token[];
  /** Frequency of `word` in the background dictionary; 0 when the dictionary does not hold it whole. */
  frequency(word: string): number;
  /** The shorter dictionary words a word is made of, left to right (贯彻落实 → 贯彻, 落实); [word] if none. */
  parts(word: string): string[];
  /** Sum of all background frequencies, to turn a frequency into a rate. */
  readonly total: number;
}

/** Sum of the frequencies in jieba's dict.txt (jieba's `total`); jieba-wasm does not expose it. */
export const JIEBA_TOTAL = 60_101_967;

/** Loads jieba (about half a second, once per process) and adds `userWords` to its dictionary. */
export function jiebaSegmenter(userWords: Iterable<string>): Segmenter {
  // Without a frequency, jieba gives a user word just enough weight to be cut as one word.
  for (const word of userWords) add_word(word);
  const known = new Map<string, number>();
  return {
    total: JIEBA_TOTAL,
    segment(text) {
      let offset = 0;
      return tag(text, true).map(({ word, tag }) => {
        const token = { word, tag, start: offset, end: offset + word.length };
        offset = token.end;
        return token;
      });
    },
    frequency(word) {
      let freq = known.get(word);
      if (freq === undefined) {
        const whole = cut(word, false);
        freq = whole.length === 1 && whole[0] === word ? add_word(word) : 0;
        known.set(word, freq);
      }
      return freq;
    },
    parts(word) {
      const pieces = tokenize(word, 'search', false).filter((t) => t.end - t.start < word.length);
      const parts: string[] = [];
      for (let at = 0; at < word.length; ) {
        // Two-character words first: most Chinese words have two, and 研究部署 is 研究 + 部署, not 研究部 + 署.
        const piece = pieces.filter((t) => t.start === at).sort((a, b) => a.end - b.end)[0];
        const end = piece?.end ?? at + 1;
        parts.push(word.slice(at, end));
        at = end;
      }
      return parts.length > 1 ? parts : [word];
    },
  };
}
