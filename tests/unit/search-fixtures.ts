import { readFileSync } from 'node:fs';
import { bundleSchema, type Entry } from '@/lib/glossary/schema';
import { BUNDLE_PATH } from '@/scripts/glossary-sources';
import { SearchIndex, type SearchHit } from '@/lib/search/search';

/** The real glossary bundle (npm test builds it before the unit tests). */
export const bundled: Entry[] = bundleSchema.parse(JSON.parse(readFileSync(BUNDLE_PATH, 'utf8'))).entries;

export function entryWithTerm(term: string): Entry {
  const entry = bundled.find((e) => e.term === term);
  if (!entry) throw new Error(`the bundle has no entry ${term}`);
  return entry;
}

/** An index over the real glossary, with helpers that answer in terms rather than ids. */
export function realIndex() {
  const index = new SearchIndex(bundled);
  const termOf = new Map(bundled.map((e) => [e.id, e.term]));
  const search = (query: string, limit = 400): SearchHit[] => index.search(query, limit);
  return {
    index,
    search,
    terms: (query: string, limit?: number) => search(query, limit).map((h) => termOf.get(h.id)!),
    hitFor: (query: string, term: string) => search(query).find((h) => termOf.get(h.id) === term),
  };
}
