/**
 * npm run bench: matcher throughput on at least 10 MB of Chinese news text, with the real glossary
 * and with a synthetic glossary of 20,000 terms, side by side in one run with a RegExp alternation
 * of the same terms, the most downloaded Aho-Corasick package on npm, and a bare loop over the
 * text's code units (the ceiling). Slow contenders run on doubling prefixes of the text until one
 * run exceeds a time cap; the size they reached is printed. MB are UTF-8 megabytes (10^6 bytes).
 */
import { readFileSync } from 'node:fs';
import AhoCorasick from 'modern-ahocorasick';
import { bundleSchema } from '../lib/glossary/schema';
import { matcherKeys } from '../lib/glossary/bundle';
import { Matcher, buildMatcherData, type MatcherKey } from '../lib/matcher/matcher';
import { BUNDLE_PATH, readCorpus } from './glossary-sources';
import { random, utf8 } from './bench-random';

const TARGET_BYTES = 10_000_000;
const CAP_MS = 1_500;
const REPEATS = 3;


/** Corpus sentences in shuffled order until the text reaches the target size; OCR breaks kept. */
function newsText(): string {
  const sentences = readCorpus().flatMap(({ text }) => text.match(/[^。！？]+[。！？]?/g) ?? []);
  const next = random(42);
  const parts: string[] = [];
  let bytes = 0;
  while (bytes < TARGET_BYTES) {
    const sentence = sentences[Math.floor(next() * sentences.length)]!;
    parts.push(sentence);
    bytes += utf8(sentence);
  }
  return parts.join('');
}

/** 20,000 terms: half are substrings of the news text (so they match), half random Han strings. */
function syntheticKeys(text: string, count = 20_000): MatcherKey[] {
  const next = random(7);
  const han = text.replace(/[^\u4e00-\u9fff]/g, '');
  const terms = new Set<string>();
  while (terms.size < count) {
    const length = 2 + Math.floor(next() * 7);
    if (terms.size % 2 === 0) {
      const at = Math.floor(next() * (han.length - length));
      terms.add(han.slice(at, at + length));
    } else {
      let term = '';
      for (let i = 0; i < length; i++) term += String.fromCharCode(0x4e00 + Math.floor(next() * 0x5000));
      terms.add(term);
    }
  }
  return [...terms].map((surface, i) => ({ surface, id: `s${i}` }));
}

interface Result {
  name: string;
  mbPerSecond: number;
  reachedBytes: number;
  matches: number;
}

/** Best of REPEATS runs over the whole text. */
function timeFull(name: string, text: string, run: (t: string) => number): Result {
  let best = Infinity;
  let matches = 0;
  for (let r = 0; r < REPEATS; r++) {
    const start = performance.now();
    matches = run(text);
    best = Math.min(best, performance.now() - start);
  }
  const bytes = utf8(text);
  return { name, mbPerSecond: bytes / 1e6 / (best / 1000), reachedBytes: bytes, matches };
}

/** Doubling prefixes until a run takes longer than CAP_MS; throughput at the largest size run. */
function timeCapped(name: string, text: string, run: (t: string) => number): Result {
  let length = 32_768;
  let result: Result = { name, mbPerSecond: 0, reachedBytes: 0, matches: 0 };
  for (;;) {
    const prefix = text.slice(0, Math.min(length, text.length));
    const start = performance.now();
    const matches = run(prefix);
    const ms = performance.now() - start;
    const bytes = utf8(prefix);
    result = { name, mbPerSecond: bytes / 1e6 / (ms / 1000), reachedBytes: bytes, matches };
    if (ms > CAP_MS || prefix.length === text.length) return result;
    length *= 2;
  }
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function contenders(keys: MatcherKey[], text: string): Result[] {
  const surfaces = [...new Set(keys.map((k) => k.surface))];
  const tifa = Matcher.fromKeys(keys);
  // Longest first, so the alternation prefers the longest term at a position, as Tifa does.
  const regexp = new RegExp([...surfaces].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|'), 'g');
  const aho = new AhoCorasick(surfaces);
  return [
    timeFull('tifa matcher', text, (t) => tifa.find(t).length),
    timeCapped('RegExp alternation', text, (t) => {
      let n = 0;
      for (const _ of t.matchAll(regexp)) n++;
      return n;
    }),
    timeCapped('modern-ahocorasick', text, (t) => aho.search(t).length),
    timeFull('bare loop (ceiling)', text, (t) => {
      let sum = 0;
      for (let i = 0; i < t.length; i++) sum += t.charCodeAt(i);
      return sum > 0 ? 0 : 1;
    }),
  ];
}

/**
 * What a content script pays per page: the compiled matcher arrives as JSON from the background
 * and is loaded; it is never rebuilt in the page. Build time is the background's, once per version.
 */
function loading(keys: MatcherKey[]): string {
  let start = performance.now();
  const json = JSON.stringify(buildMatcherData(keys, 'bench'));
  const buildMs = performance.now() - start;
  let loadMs = Infinity;
  for (let r = 0; r < REPEATS; r++) {
    start = performance.now();
    Matcher.load(JSON.parse(json));
    loadMs = Math.min(loadMs, performance.now() - start);
  }
  return `compiled matcher: ${(json.length / 1024).toFixed(0)} KiB as JSON, built in ${buildMs.toFixed(0)} ms (background, once per glossary version), loaded in ${loadMs.toFixed(1)} ms (per page)`;
}

function report(title: string, results: Result[]): void {
  const [tifa] = results;
  console.log(`\n${title}`);
  console.log(`  ${'contender'.padEnd(22)}${'MB/s'.padStart(10)}${'tifa ÷ it'.padStart(12)}${'text run (MB)'.padStart(16)}${'matches'.padStart(10)}`);
  for (const r of results) {
    const ratio = r === tifa ? '' : (tifa!.mbPerSecond / r.mbPerSecond).toFixed(2) + 'x';
    const matches = r.name.startsWith('bare') ? '' : String(r.matches);
    console.log(
      `  ${r.name.padEnd(22)}${r.mbPerSecond.toFixed(1).padStart(10)}${ratio.padStart(12)}${(r.reachedBytes / 1e6).toFixed(2).padStart(16)}${matches.padStart(10)}`,
    );
  }
  const bare = results.find((r) => r.name.startsWith('bare'))!;
  console.log(`  tifa reaches ${((100 * tifa!.mbPerSecond) / bare.mbPerSecond).toFixed(1)}% of the bare loop`);
}

const text = newsText();
console.log(`text: ${(utf8(text) / 1e6).toFixed(2)} MB UTF-8 (${text.length.toLocaleString('en')} UTF-16 code units), time cap ${CAP_MS} ms per slow run`);
const bundle = bundleSchema.parse(JSON.parse(readFileSync(BUNDLE_PATH, 'utf8')));
const real = matcherKeys(bundle.entries);
report(`real glossary: ${bundle.entries.length} entries, ${real.length} surface strings`, contenders(real, text));
console.log(`  ${loading(real)}`);
const synthetic = syntheticKeys(text);
report(`synthetic glossary: ${synthetic.length.toLocaleString('en')} terms`, contenders(synthetic, text));
console.log(`  ${loading(synthetic)}`);
