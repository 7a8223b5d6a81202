/**
 * Text folding shared by the matcher, the scan command and the content script. A glossary term and
 * the page text go through the same folding, so width, letter case, quotation style, middle dots,
 * traditional script and stray line breaks (e-paper pages break words across lines) never stop a
 * match.
 */
import { SIMPLIFIED, TRADITIONAL } from './traditional-table';

// Dropped: whitespace and invisible format characters, and quotation marks (a term matches
// whether or not a page quotes it, and the underline leaves the marks out).
const DROPPED = [
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x3000, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff,
  0x22, 0x27, 0x2018, 0x2019, 0x201a, 0x201b, 0x201c, 0x201d, 0x201e, 0x201f,
  0x300c, 0x300d, 0x300e, 0x300f, 0xfe41, 0xfe42, 0xfe43, 0xfe44, 0xff02, 0xff07,
];

/**
 * The folding rules: the code units each rule folds, and what to. Later rules win. Code unit 0
 * is dropped too (0 is the "dropped" value of the table).
 */
function* foldRules(): Generator<[code: number, folded: number]> {
  yield [0, 0];
  for (let i = 0; i < TRADITIONAL.length; i++) yield [TRADITIONAL.charCodeAt(i), SIMPLIFIED.charCodeAt(i)];
  // Full-width ASCII variants (＋, １, Ｎ) fold to ASCII, then letters to lower case.
  for (let code = 0xff01; code <= 0xff5e; code++) yield [code, code - 0xfee0];
  for (let code = 0x41; code <= 0x5a; code++) yield [code, code + 0x20];
  for (let code = 0xff21; code <= 0xff3a; code++) yield [code, code - 0xfee0 + 0x20];
  const MIDDLE_DOT = 0xb7;
  for (const code of [0x2022, 0x2027, 0x2219, 0x22c5, 0x30fb, 0xff65, 0x0387]) yield [code, MIDDLE_DOT];
  for (const code of DROPPED) yield [code, 0];
}

function buildFoldTable(): { table: Uint16Array; changed: number[] } {
  const table = new Uint16Array(0x10000);
  for (let code = 1; code < 0x10000; code++) table[code] = code;
  const touched = new Set<number>();
  for (const [code, folded] of foldRules()) {
    table[code] = folded;
    touched.add(code);
  }
  return { table, changed: [...touched].filter((code) => table[code] !== code || code === 0) };
}

const built = buildFoldTable();

/** Folded form of every UTF-16 code unit; 0 means the unit is dropped. One lookup per character. */
export const FOLD: Readonly<Uint16Array> = built.table;

/**
 * The code units that do not fold to themselves (0 included): tables derived from FOLD need only
 * visit these, not all 65,536.
 */
export const UNFOLDED_ELSEWHERE: readonly number[] = built.changed;

export interface Folded {
  /** The folded text. */
  text: string;
  /** For each code unit of `text`, its offset in the original string. */
  origin: Int32Array;
}

const CHUNK = 8192;

/** Folds a whole string, remembering where each folded code unit came from. */
export function fold(input: string): Folded {
  const origin = new Int32Array(input.length);
  const codes = new Uint16Array(input.length);
  let n = 0;
  for (let i = 0; i < input.length; i++) {
    const code = FOLD[input.charCodeAt(i)]!;
    if (code === 0) continue;
    codes[n] = code;
    origin[n] = i;
    n++;
  }
  let text = '';
  for (let i = 0; i < n; i += CHUNK) text += String.fromCharCode(...codes.subarray(i, Math.min(n, i + CHUNK)));
  return { text, origin: origin.subarray(0, n) };
}

/** Folds a term for use as a matcher key (no offsets needed). */
export function foldTerm(term: string): string {
  return fold(term).text;
}

/** Maps a folded span [start, end) back to a span of the original string. */
export function toOriginal(folded: Folded, start: number, end: number): [number, number] {
  const first = folded.origin[start];
  const last = folded.origin[end - 1];
  if (first === undefined || last === undefined) throw new RangeError(`span ${start}-${end} is outside the folded text`);
  return [first, last + 1];
}
