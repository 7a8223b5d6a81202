/**
 * The shipped glossary against its corpus: every required term (seeds/required-terms.txt, a copy
 * of shared/glossary/required-terms.txt) is found in the corpus by the scan engine and resolves to
 * an entry, and the glossary sources validate.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundleSchema } from '@/lib/glossary/schema';
import { matcherKeys } from '@/lib/glossary/bundle';
import { validateGlossary } from '@/lib/glossary/validate';
import { Matcher } from '@/lib/matcher/matcher';
import { foldTerm } from '@/lib/text/normalize';
import { BUNDLE_PATH, readCorpus, readGlossarySources } from '@/scripts/glossary-sources';

const bundle = bundleSchema.parse(JSON.parse(readFileSync(BUNDLE_PATH, 'utf8')));
const matcher = Matcher.fromKeys(matcherKeys(bundle.entries));
const corpus = readCorpus();
const corpusHits = corpus.flatMap(({ text }) => matcher.find(text).map((m) => ({ id: m.id, folded: foldTerm(text.slice(m.start, m.end)) })));
const required = readFileSync('seeds/required-terms.txt', 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith('#'));

describe('glossary coverage', () => {
  it('the sources validate and the bundle holds every entry', () => {
    const { sources, parseErrors } = readGlossarySources();
    const { entries, errors } = validateGlossary(sources, corpus);
    expect(parseErrors).toEqual([]);
    expect(errors).toEqual([]);
    expect(bundle.entries.map((e) => e.id).sort()).toEqual(entries.map((l) => l.entry.id).sort());
  });

  it.each(required)('%s resolves to one entry that the corpus scan finds', (line) => {
    const ids = line.split(' | ').map((surface) => {
      const found = matcher.find(surface);
      expect(found, `${surface} should be one whole match`).toEqual([{ start: 0, end: surface.length, id: expect.any(String) }]);
      const id = found[0]!.id;
      const inCorpus = corpusHits.some((hit) => hit.id === id && hit.folded.includes(foldTerm(surface)));
      expect(inCorpus, `${surface} (${id}) should be found in the corpus`).toBe(true);
      return id;
    });
    expect(new Set(ids).size).toBe(1);
  });
});
