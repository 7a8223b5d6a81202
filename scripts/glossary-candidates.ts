/**
 * npm run glossary:candidates -- [--json] [--limit N] [--corpus DIR]: lists jargon candidates in
 * the corpus that the glossary does not cover yet, best first, each with its count, the signals
 * behind it and up to three contexts (file@offset, a UTF-16 offset into the original file text).
 * Scoring: scripts/candidates-rank.ts.
 *
 * Coverage comes from the glossary sources themselves, read leniently (any entry's term and
 * aliases), so the list is right before a build and while an entry is half-written; only when a
 * YAML file does not parse does it fall back to the last bundle for what that file held.
 */
import { existsSync, readFileSync } from 'node:fs';
import { bundleSchema } from '../lib/glossary/schema';
import { matcherKeys } from '../lib/glossary/bundle';
import type { MatcherKey } from '../lib/matcher/matcher';
import { foldTerm } from '../lib/text/normalize';
import { BUNDLE_PATH, CORPUS_DIR, readCorpus, readGlossarySources } from './glossary-sources';
import { jiebaSegmenter } from './candidates-jieba';
import { rankCandidates, type Candidate } from './candidates-rank';

function parseArgs(args: string[]): { json: boolean; limit: number; corpus: string } {
  const options = { json: false, limit: 50, corpus: CORPUS_DIR };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--json') options.json = true;
    else if (arg === '--limit' && /^\d+$/.test(args[i + 1] ?? '')) options.limit = Number(args[++i]);
    else if (arg === '--corpus' && args[i + 1]) options.corpus = args[++i]!;
    else {
      console.error('usage: npm run glossary:candidates -- [--json] [--limit N] [--corpus DIR]');
      process.exit(2);
    }
  }
  return options;
}

/** Every term and alias in the glossary sources, whether or not the rest of its entry validates yet. */
function glossaryKeys(): MatcherKey[] {
  const { sources, parseErrors } = readGlossarySources();
  const entries = sources.flatMap((s) => s.entries).flatMap((raw, i) => {
    const { id, term, aliases } = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    if (typeof term !== 'string') return [];
    const strings = Array.isArray(aliases) ? aliases.filter((a): a is string => typeof a === 'string') : [];
    return [{ id: typeof id === 'string' ? id : `#${i}`, term, aliases: strings }];
  });
  const keys = matcherKeys(entries);
  if (parseErrors.length > 0) {
    for (const e of parseErrors) console.error(`glossary:candidates: ${e}`);
    if (existsSync(BUNDLE_PATH)) {
      console.error(`glossary:candidates: also counting terms from ${BUNDLE_PATH} as covered`);
      keys.push(...matcherKeys(bundleSchema.parse(JSON.parse(readFileSync(BUNDLE_PATH, 'utf8'))).entries));
    }
  }
  return keys.filter((k) => k.surface.trim() !== '');
}

function printTable(candidates: readonly Candidate[]): void {
  const width = String(candidates.length).length;
  for (const [i, c] of candidates.entries()) {
    const rank = String(i + 1).padStart(width);
    console.log(`${rank}. ${c.text}  score ${c.score.toFixed(2)}  ×${c.count}  [${c.signals.join(', ')}] rarity ${c.rarity.toFixed(2)}`);
    for (const ctx of c.contexts) console.log(`${' '.repeat(width + 2)}${ctx.file}@${ctx.offset}: ${ctx.snippet}`);
  }
}

const options = parseArgs(process.argv.slice(2));
const keys = glossaryKeys();
// Folded glossary surfaces join jieba's dictionary, so a known term is one token and never split.
const segmenter = jiebaSegmenter(new Set(keys.map((k) => foldTerm(k.surface)).filter((s) => /^[\u3400-\u9fff\w+]+$/.test(s))));
const candidates = rankCandidates(readCorpus(options.corpus), keys, segmenter, options.limit);
if (options.json) for (const [i, c] of candidates.entries()) console.log(JSON.stringify({ rank: i + 1, ...c }));
else printTable(candidates);
