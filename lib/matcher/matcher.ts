import { foldTerm } from '../text/normalize';
import { compileDoubleArray, type DoubleArray } from './double-array';
import { Scanner } from './scanner';
import { decodeInt32, encodeInt32 } from './codec';

/** One surface string (a term or an alias) and the entry it belongs to. */
export interface MatcherKey {
  surface: string;
  id: string;
}

/** The compiled matcher in a form that survives JSON: built once per glossary version. */
export interface MatcherData {
  format: 2;
  version: string;
  /** Entry id for each payload. */
  ids: string[];
  alphabet: string;
  base: string;
  check: string;
  value: string;
}

/** A glossary hit, with offsets into the original (unfolded) text. */
export interface Match {
  start: number;
  end: number;
  id: string;
}

export function buildMatcherData(keys: readonly MatcherKey[], version: string): MatcherData {
  const da = compileDoubleArray(keys.map((k) => foldTerm(k.surface)));
  return {
    format: 2,
    version,
    ids: keys.map((k) => k.id),
    alphabet: da.alphabet,
    base: encodeInt32(da.base),
    check: encodeInt32(da.check),
    value: encodeInt32(da.value),
  };
}

export class Matcher {
  private readonly scanner: Scanner;

  constructor(
    readonly version: string,
    private readonly ids: readonly string[],
    da: DoubleArray,
  ) {
    this.scanner = new Scanner(da);
  }

  static load(data: MatcherData): Matcher {
    return new Matcher(data.version, data.ids, {
      alphabet: data.alphabet,
      base: decodeInt32(data.base),
      check: decodeInt32(data.check),
      value: decodeInt32(data.value),
    });
  }

  static fromKeys(keys: readonly MatcherKey[], version = 'local'): Matcher {
    return Matcher.load(buildMatcherData(keys, version));
  }

  /** Leftmost-longest glossary hits in `text`; spans may include line breaks and spaces. */
  find(text: string): Match[] {
    return this.collect(text, false);
  }

  /** Every glossary hit in `text`, overlapping ones included (for the terms inside a formula). */
  findAll(text: string): Match[] {
    return this.collect(text, true);
  }

  private collect(text: string, overlapping: boolean): Match[] {
    const { data, count } = this.scanner.scan(text, overlapping);
    const out: Match[] = new Array(count);
    for (let k = 0; k < count; k++) out[k] = { start: data[3 * k]!, end: data[3 * k + 1]!, id: this.ids[data[3 * k + 2]!]! };
    return out;
  }
}
