import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildTable } from '@/lib/matcher/scanner';
import { buildMatcherData } from '@/lib/matcher/matcher';
import { matcherKeys } from '@/lib/glossary/bundle';
import { FOLD } from '@/lib/text/normalize';

/** The table as the scanner defines it, computed for every one of the 65,536 code units. */
function everyUnit(alphabet: string): Uint32Array {
  const table = new Uint32Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    const folded = FOLD[code]!;
    const letter = alphabet.indexOf(String.fromCharCode(folded)) + 1;
    const cls = folded >= 0x30 && folded <= 0x39 ? 3 << 16 : folded >= 0x61 && folded <= 0x7a ? 1 << 16 : folded === 0x2e || folded === 0x25 ? 1 << 18 : 0;
    table[code] = folded === 0 ? 0xffffffff : (cls | letter) >>> 0;
  }
  return table;
}

describe('scanner lookup table', () => {
  it('filled from the changed code units alone, equals the table computed for every code unit', () => {
    const bundle = JSON.parse(readFileSync('public/glossary.json', 'utf8'));
    const { alphabet } = buildMatcherData(matcherKeys(bundle.entries), 'test');
    for (const letters of [alphabet, 'abc123.%八战略戰', '']) {
      const sparse = buildTable(letters);
      const full = everyUnit(letters);
      const differing = [...full.keys()].filter((code) => sparse[code] !== full[code]);
      expect(differing).toEqual([]);
    }
  });
});
