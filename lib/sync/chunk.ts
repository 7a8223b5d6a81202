/** Bytes one code point adds inside a JSON string literal, as Chrome writes it. */
function codePointCost(cp: number): number {
  if (cp === 0x22 || cp === 0x5c) return 2;
  if (cp === 0x08 || cp === 0x09 || cp === 0x0a || cp === 0x0c || cp === 0x0d) return 2;
  if (cp < 0x20 || cp === 0x3c || cp === 0x2028 || cp === 0x2029) return 6;
  if (cp >= 0xd800 && cp <= 0xdfff) return 6; // a lone surrogate, escaped by JSON.stringify
  if (cp < 0x80) return 1;
  if (cp < 0x800) return 2;
  if (cp < 0x10000) return 3;
  return 4;
}

/**
 * Splits `text` into pieces whose JSON string literal (without quotes) takes at most `budget(i)`
 * bytes for the i-th piece (from 1). Never cuts a surrogate pair. Returns null when a single code
 * point does not fit.
 */
export function splitText(text: string, budget: (index: number) => number): string[] | null {
  const pieces: string[] = [];
  let start = 0;
  let used = 0;
  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const cost = codePointCost(cp);
    const limit = budget(pieces.length + 1);
    if (used + cost > limit) {
      if (i === start) return null;
      pieces.push(text.slice(start, i));
      start = i;
      used = 0;
      continue;
    }
    used += cost;
    i += width;
  }
  if (i > start || pieces.length === 0) pieces.push(text.slice(start));
  return pieces;
}

