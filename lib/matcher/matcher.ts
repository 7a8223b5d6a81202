import { FOLD, foldTerm } from '../text/normalize';
import { compileTrie, TrieScanner, type CompiledTrie } from './trie';
import { decodeInt32, decodeUint16, encodeInt32, encodeUint16 } from './codec';

/** One surface string (a term or an alias) and the entry it belongs to. */
export interface MatcherKey {
  surface: string;
  id: string;
}

/** The compiled matcher in a form that survives JSON: built once per glossary version. */
export interface MatcherData {
  format: 1;
  version: string;
  /** Entry id for each trie payload. */
  ids: string[];
  edgeStart: string;
  edgeCode: string;
  edgeTarget: string;
  value: string;
}

/** A glossary hit, with offsets into the original (unfolded) text. */
export interface Match {
  start: number;
  end: number;
  id: string;
}

export function buildMatcherData(keys: readonly MatcherKey[], version: string): MatcherData {
  const ids = keys.map((k) => k.id);
  const trie = compileTrie(keys.map((k) => foldTerm(k.surface)));
  return {
    format: 1,
    version,
    ids,
    edgeStart: encodeInt32(trie.edgeStart),
    edgeCode: encodeUint16(trie.edgeCode),
    edgeTarget: encodeInt32(trie.edgeTarget),
    value: encodeInt32(trie.value),
  };
}

export class Matcher {
  private readonly scanner: TrieScanner;

  constructor(
    readonly version: string,
    private readonly ids: readonly string[],
    trie: CompiledTrie,
  ) {
    this.scanner = new TrieScanner(trie);
  }

  static load(data: MatcherData): Matcher {
    return new Matcher(data.version, data.ids, {
      edgeStart: decodeInt32(data.edgeStart),
      edgeCode: decodeUint16(data.edgeCode),
      edgeTarget: decodeInt32(data.edgeTarget),
      value: decodeInt32(data.value),
    });
  }

  static fromKeys(keys: readonly MatcherKey[], version = 'local'): Matcher {
    return Matcher.load(buildMatcherData(keys, version));
  }

  /** Leftmost-longest glossary hits in `text`; spans may include line breaks and spaces. */
  find(text: string): Match[] {
    return this.scanner.scan(text, FOLD).map((m) => ({ start: m.start, end: m.end, id: this.ids[m.payload]! }));
  }
}
