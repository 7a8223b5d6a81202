import { foldTerm } from '../text/normalize';
import { BUNDLE_FORMAT, surfaces, type Bundle, type Entry } from './schema';
import type { Located } from './validate';
import { collectExamples, type CorpusFile } from './examples';
import { Matcher } from '../matcher/matcher';

export interface BundleTools {
  /** Pinyin with tone marks for a headword, syllables separated by spaces. */
  pinyin: (term: string) => string;
  /** A hex digest of a string (the bundle version is its first 16 digits). */
  hash: (content: string) => string;
}

/** Every surface string of every entry, for building a matcher. */
/** Matcher keys for every surface; where layers share a surface the earlier entry wins (the user's first). */
export function matcherKeys(entries: readonly Pick<Entry, 'id' | 'term' | 'aliases'>[]) {
  const seen = new Set<string>();
  return entries.flatMap((e) =>
    surfaces(e).flatMap((surface) => {
      const key = foldTerm(surface);
      if (seen.has(key)) return [];
      seen.add(key);
      return [{ surface, id: e.id }];
    }),
  );
}

/** Resolves pinyin and corpus examples, and versions the result by its content. */
export function buildBundle(located: readonly Located[], corpus: readonly CorpusFile[], tools: BundleTools): Bundle {
  const sources = located.map((l) => l.entry);
  const examples = collectExamples(corpus, Matcher.fromKeys(matcherKeys(sources)));
  const termOf = new Map(sources.map((e) => [e.id, e.term]));
  const entries: Entry[] = sources
    .map((e) => ({
      ...e,
      pinyin: e.pinyin ?? tools.pinyin(e.term),
      examples: e.examples ?? examples.get(e.id) ?? [],
      // Related entries carry their headword so a card can name them without another lookup.
      related: e.related.map((id) => ({ id, term: termOf.get(id) ?? id })),
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
  const version = tools.hash(JSON.stringify(entries)).slice(0, 16);
  return { format: BUNDLE_FORMAT, version, entries };
}
