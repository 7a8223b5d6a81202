/** Validates seeds/glossary/*.yaml against the schema and writes the bundle the extension ships. */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { readingOf } from '../lib/glossary/reading';
import { buildBundle } from '../lib/glossary/bundle';
import { formatError, validateGlossary } from '../lib/glossary/validate';
import { BUNDLE_PATH, readCorpus, readGlossarySources } from './glossary-sources';

const { sources, parseErrors } = readGlossarySources();
const corpus = readCorpus();
const { entries, errors } = validateGlossary(sources, corpus);
const messages = [...parseErrors, ...errors.map(formatError)];
if (messages.length > 0) {
  console.error(`glossary: ${messages.length} error(s)`);
  for (const m of messages) console.error(`  ${m}`);
  process.exit(1);
}

const bundle = buildBundle(entries, corpus, {
  pinyin: readingOf,
  hash: (content) => createHash('sha256').update(content).digest('hex'),
});
mkdirSync(dirname(BUNDLE_PATH), { recursive: true });
const json = JSON.stringify(bundle);
writeFileSync(BUNDLE_PATH, json);
const missingExamples = bundle.entries.filter((e) => e.examples.length === 0).length;
console.log(
  `glossary: ${bundle.entries.length} entries from ${sources.length} file(s), version ${bundle.version}, ` +
    `${(json.length / 1024).toFixed(1)} KiB -> ${BUNDLE_PATH} (${missingExamples} without a corpus example)`,
);
