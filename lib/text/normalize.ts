/**
 * Text folding shared by the matcher, the scan command and the content script. A glossary term and
 * the page text go through the same folding, so width, quote style and stray line breaks (e-paper
 * pages break words across lines) never stop a match.
 */

const MIDDLE_DOT = 0xb7;

const QUOTES = new Set([
  0x22, 0x27, 0x2018, 0x2019, 0x201a, 0x201b, 0x201c, 0x201d, 0x201e, 0x201f, 0x300c, 0x300d, 0x300e,
  0x300f, 0xfe41, 0xfe42, 0xfe43, 0xfe44, 0xff02, 0xff07,
]);

/**
 * Code units dropped from the folded text: whitespace, invisible format characters and quotation
 * marks (a term matches whether or not a page quotes it, and the underline leaves the marks out).
 */
function isSkipped(code: number): boolean {
  return (
    QUOTES.has(code) ||
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x3000 ||
    code === 0x200b ||
    code === 0x200c ||
    code === 0x200d ||
    code === 0x2060 ||
    code === 0xfeff
  );
}

const DOTS = new Set([0x2022, 0x2027, 0x2219, 0x22c5, 0x30fb, 0xff65, 0x0387]);

/** A table mapping one code unit to another (traditional to simplified script, for instance). */
export type CharTable = ReadonlyMap<number, number>;

/** Folds one code unit; returns -1 for a code unit that is dropped. */
export function foldCode(code: number, table?: CharTable): number {
  if (isSkipped(code)) return -1;
  if (DOTS.has(code)) return MIDDLE_DOT;
  // Full-width ASCII variants (＋, １, Ｎ) fold to their ASCII forms.
  if (code >= 0xff01 && code <= 0xff5e) code -= 0xfee0;
  if (code >= 0x41 && code <= 0x5a) return code + 0x20;
  return table?.get(code) ?? code;
}

export interface Folded {
  /** The folded text. */
  text: string;
  /** For each code unit of `text`, its offset in the original string. */
  origin: Int32Array;
}

/** Folds a whole string, remembering where each folded code unit came from. */
export function fold(input: string, table?: CharTable): Folded {
  const origin = new Int32Array(input.length);
  const codes = new Uint16Array(input.length);
  let n = 0;
  for (let i = 0; i < input.length; i++) {
    const code = foldCode(input.charCodeAt(i), table);
    if (code < 0) continue;
    codes[n] = code;
    origin[n] = i;
    n++;
  }
  return { text: decodeUnits(codes, n), origin: origin.subarray(0, n) };
}

/** Folds a term for use as a matcher key (no offsets needed). */
export function foldTerm(term: string, table?: CharTable): string {
  return fold(term, table).text;
}

/** Maps a folded span [start, end) back to a span of the original string. */
export function toOriginal(folded: Folded, start: number, end: number): [number, number] {
  const first = folded.origin[start];
  const last = folded.origin[end - 1];
  if (first === undefined || last === undefined) throw new RangeError(`span ${start}-${end} is outside the folded text`);
  return [first, last + 1];
}

const CHUNK = 8192;

function decodeUnits(codes: Uint16Array, n: number): string {
  let out = '';
  for (let i = 0; i < n; i += CHUNK) {
    out += String.fromCharCode(...codes.subarray(i, Math.min(n, i + CHUNK)));
  }
  return out;
}
