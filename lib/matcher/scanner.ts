/**
 * Leftmost-longest scanning of text with a double-array trie. Each code unit is looked up once in
 * a table that folds it (see text/normalize.ts), maps it to its alphabet letter and tells its
 * class; no folded copy of the text is made, and offsets are the original's.
 */
import { FOLD, UNFOLDED_ELSEWHERE } from '../text/normalize';
import type { DoubleArray } from './double-array';

/** Table entry of a code unit that folding drops (spaces, line breaks, quotation marks). */
const DROPPED = 0xffffffff;
const LETTER_MASK = 0xffff;
// Classes in the high bits: a code like "132" must not match inside "1324", "132.5" or "132%".
const WORD = 1 << 16;
const DIGIT = 1 << 17;
const JOINER = 1 << 18;

function classOf(folded: number): number {
  if (folded >= 0x30 && folded <= 0x39) return WORD | DIGIT;
  if (folded >= 0x61 && folded <= 0x7a) return WORD;
  if (folded === 0x2e || folded === 0x25) return JOINER;
  return 0;
}

/** True when `a` then `b` read as one word or number. */
function joined(a: number, b: number): boolean {
  return ((a & WORD) !== 0 && (b & WORD) !== 0) || ((a & DIGIT) !== 0 && (b & JOINER) !== 0) || ((a & JOINER) !== 0 && (b & DIGIT) !== 0);
}

/**
 * Each code unit's entry: DROPPED, or its class bits and alphabet letter (0 for none). Only code
 * units that fold to something else, alphabet letters and classed ASCII can have a non-zero entry,
 * so the table is filled from those alone; the rest stay 0.
 */
export function buildTable(alphabet: string): Uint32Array {
  const letterOf = new Uint16Array(0x10000);
  for (let i = 0; i < alphabet.length; i++) letterOf[alphabet.charCodeAt(i)] = i + 1;
  const entryOf = (folded: number) => (folded === 0 ? DROPPED : (classOf(folded) | letterOf[folded]!) >>> 0);
  const table = new Uint32Array(0x10000);
  const selfFolding = (code: number) => FOLD[code] === code && code !== 0;
  for (let i = 0; i < alphabet.length; i++) {
    const code = alphabet.charCodeAt(i);
    if (selfFolding(code)) table[code] = entryOf(code);
  }
  for (let code = 0x25; code <= 0x7a; code++) if (selfFolding(code)) table[code] = entryOf(code);
  for (const code of UNFOLDED_ELSEWHERE) table[code] = entryOf(FOLD[code]!);
  return table;
}

/** Matches as flat triples (start, end, payload) in `data[0 .. 3 * count)`; reused by the next scan. */
export interface FlatMatches {
  data: Int32Array;
  count: number;
}

export class Scanner {
  private readonly table: Uint32Array;
  private out = new Int32Array(3 * 1024);

  constructor(private readonly da: DoubleArray) {
    this.table = buildTable(da.alphabet);
  }

  /** Class bits of the first kept code unit at or after `from` (0 at the end of the text). */
  private classAt(text: string, from: number): number {
    for (let k = from; k < text.length; k++) {
      const entry = this.table[text.charCodeAt(k)]!;
      if (entry !== DROPPED) return entry & ~LETTER_MASK;
    }
    return 0;
  }

  private push(i: number, end: number, payload: number, count: number): void {
    if (3 * count + 3 > this.out.length) {
      const grown = new Int32Array(this.out.length * 2);
      grown.set(this.out);
      this.out = grown;
    }
    this.out[3 * count] = i;
    this.out[3 * count + 1] = end;
    this.out[3 * count + 2] = payload;
  }

  /**
   * Leftmost-longest matches; with `overlapping`, every match at every position instead (a long
   * formula and each shorter term inside it), for the card to offer the shorter ones.
   */
  scan(text: string, overlapping = false): FlatMatches {
    let count = 0;
    const { base, check, value } = this.da;
    const table = this.table;
    const n = text.length;
    let previous = 0;
    for (let i = 0; i < n; i++) {
      const entry = table[text.charCodeAt(i)]!;
      if (entry === DROPPED) continue;
      const before = previous;
      previous = entry;
      const letter = entry & LETTER_MASK;
      if (letter === 0) continue;
      let state = base[0]! + letter;
      if (check[state] !== 0 || joined(before, entry)) continue;
      let best = -1;
      let bestEnd = 0;
      let last = entry;
      for (let j = i; ; ) {
        const payload = value[state]!;
        if (payload !== -1 && !joined(last, this.classAt(text, j + 1))) {
          if (overlapping) this.push(i, j + 1, payload, count++);
          best = payload;
          bestEnd = j + 1;
        }
        let next = DROPPED;
        while (++j < n && (next = table[text.charCodeAt(j)]!) === DROPPED);
        if (j >= n) break;
        const target = base[state]! + (next & LETTER_MASK);
        if ((next & LETTER_MASK) === 0 || check[target] !== state) break;
        state = target;
        last = next;
      }
      if (best !== -1 && !overlapping) {
        this.push(i, bestEnd, best, count++);
        i = bestEnd - 1;
        previous = table[text.charCodeAt(bestEnd - 1)]!;
      }
    }
    return { data: this.out, count };
  }
}
