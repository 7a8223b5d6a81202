/**
 * npm run scan -- [--json] FILE...: reports every glossary term in UTF-8 text or HTML files, and
 * the phrases that look like jargon the glossary lacks (kind "candidate"), with the matcher,
 * detectors and text-block walk the content script uses. Offsets are UTF-16 offsets into the
 * file's text, or for HTML into its extracted text (blocks joined by line breaks).
 */
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { bundleSchema, type Entry } from '../lib/glossary/schema';
import { matcherKeys } from '../lib/glossary/bundle';
import { Matcher } from '../lib/matcher/matcher';
import { collectBlocks } from '../entrypoints/content/text-blocks';
import { findCandidates } from '../lib/discovery/candidates';
import { BUNDLE_PATH } from './glossary-sources';

interface Hit {
  file: string;
  start: number;
  end: number;
  text: string;
  id: string | null;
  term: string | null;
  kind: 'glossary' | 'candidate';
}

/** Visible text of an HTML document, one block per line, and the span of each block in it. */
function extractHtml(html: string): { text: string; blocks: { start: number; text: string }[] } {
  const window = new Window();
  window.document.write(html);
  const blocks: { start: number; text: string }[] = [];
  let text = '';
  for (const block of collectBlocks(window.document.body as unknown as Node)) {
    if (text) text += '\n';
    blocks.push({ start: text.length, text: block.text });
    text += block.text;
  }
  window.close();
  return { text, blocks };
}

function scanFile(file: string, matcher: Matcher, entries: Map<string, Entry>): Hit[] {
  const raw = readFileSync(file, 'utf8');
  const isHtml = /\.x?html?$/i.test(file) || /^\s*<(!doctype|html)/i.test(raw);
  const { text, blocks } = isHtml ? extractHtml(raw) : { text: raw, blocks: [{ start: 0, text: raw }] };
  return blocks.flatMap((block) => {
    const at = (start: number, end: number) => ({ file, start: block.start + start, end: block.start + end, text: text.slice(block.start + start, block.start + end) });
    const matches = matcher.find(block.text);
    const hits: Hit[] = [
      ...matches.map((m) => ({ ...at(m.start, m.end), id: m.id, term: entries.get(m.id)?.term ?? m.id, kind: 'glossary' as const })),
      ...findCandidates(block.text, matches).map((c) => ({ ...at(c.start, c.end), id: null, term: null, kind: 'candidate' as const })),
    ];
    return hits.sort((a, b) => a.start - b.start);
  });
}

const args = process.argv.slice(2);
const json = args.includes('--json');
const files = args.filter((a) => a !== '--json');
if (files.length === 0) {
  console.error('usage: npm run scan -- [--json] FILE...');
  process.exit(2);
}

const bundle = bundleSchema.parse(JSON.parse(readFileSync(BUNDLE_PATH, 'utf8')));
const matcher = Matcher.fromKeys(matcherKeys(bundle.entries), bundle.version);
const entries = new Map(bundle.entries.map((e) => [e.id, e]));
let failures = 0;

for (const file of files) {
  let hits: Hit[];
  try {
    hits = scanFile(file, matcher, entries);
  } catch (error) {
    failures++;
    console.error(`scan: cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
    continue;
  }
  if (json) {
    for (const hit of hits) console.log(JSON.stringify(hit));
    continue;
  }
  console.log(`\n${file}`);
  for (const hit of hits) {
    const span = `${hit.start}-${hit.end}`.padEnd(12);
    const what = hit.kind === 'glossary' ? `→ ${hit.term} (${hit.id})` : '? not in the glossary (candidate)';
    console.log(`  ${span} ${hit.text.replace(/\s+/g, '⏎')}  ${what}`);
  }
  const terms = hits.filter((h) => h.kind === 'glossary');
  const distinct = new Set(terms.map((h) => h.id)).size;
  console.log(
    `  ${terms.length} term occurrence(s), ${distinct} distinct entr${distinct === 1 ? 'y' : 'ies'}, ${hits.length - terms.length} candidate(s)`,
  );
}
process.exit(failures > 0 ? 1 : 0);
