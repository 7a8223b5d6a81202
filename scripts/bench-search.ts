/**
 * npm run bench:search: the popup's search over the real glossary and over a synthetic one of
 * 20,000 entries. Prints the index's build time and heap, then per-query latency (median, p95,
 * max) for each kind of query a user types, next to a naive linear scan with String.includes over
 * the same fields of the same entries in the same run (it does no pinyin initials, no tones, no
 * fuzzy matching, and ranks only exact > prefix > contains). The goal is under 10 ms per query at
 * 20,000 entries. Run with --expose-gc (the npm script does) for the heap figure. Wall time on a
 * shared machine includes waiting for a core, so the CPU time per query is printed beside it.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { bundleSchema, type Entry } from '../lib/glossary/schema';
import { SearchIndex } from '../lib/search/search';
import { syllablesOf } from '../lib/search/pinyin';
import { foldTerm } from '../lib/text/normalize';
import { BUNDLE_PATH } from './glossary-sources';
import { querySets, syntheticGlossary, type QueryKind } from './bench-search-data';

const SYNTHETIC = 20_000;
const PER_KIND = 300;
const LIMIT = 50;
const GOAL_MS = 10;

/** The obvious search: every field of every entry, lower-cased, tried with includes. */
class NaiveSearch {
  private readonly rows: { id: string; length: number; folded: string[]; words: string[] }[];

  constructor(entries: readonly Entry[]) {
    this.rows = entries.map((e) => {
      const syllables = syllablesOf(e.pinyin).map((s) => s.text);
      return {
        id: e.id,
        length: e.term.length,
        folded: [e.term, ...e.aliases].map(foldTerm).concat(syllables.join(''), syllables.map((s) => s[0]).join(''), foldTerm(e.definition.zh)),
        words: [e.english.toLowerCase(), e.definition.en.toLowerCase()],
      };
    });
  }

  search(query: string, limit: number): { id: string; rank: number }[] {
    const folded = foldTerm(query);
    const lower = query.trim().toLowerCase();
    if (!folded) return [];
    const hits: { id: string; rank: number; length: number }[] = [];
    for (const row of this.rows) {
      let rank = 9;
      for (const f of row.folded) {
        if (f === folded) rank = 0;
        else if (rank > 1 && f.startsWith(folded)) rank = 1;
        else if (rank > 2 && f.includes(folded)) rank = 2;
      }
      if (rank > 3 && row.words.some((w) => w.includes(lower))) rank = 3;
      if (rank < 9) hits.push({ id: row.id, rank, length: row.length });
    }
    hits.sort((a, b) => a.rank - b.rank || a.length - b.length || (a.id < b.id ? -1 : 1));
    return hits.slice(0, limit);
  }
}

interface Latency {
  median: number;
  p95: number;
  max: number;
  /** 95th percentile of the process's CPU time per query: steadier than wall time on a busy machine. */
  cpuP95: number;
  hits: number;
}

const WARM_UP = 50;

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

/** Times every query once, after an untimed warm-up on the first few. */
function latency(search: (q: string) => unknown[], queries: readonly string[]): Latency {
  for (const q of queries.slice(0, WARM_UP)) search(q);
  const wall: number[] = [];
  const cpu: number[] = [];
  let hits = 0;
  for (const q of queries) {
    const startCpu = process.cpuUsage();
    const start = performance.now();
    hits += search(q).length;
    wall.push(performance.now() - start);
    const used = process.cpuUsage(startCpu);
    cpu.push((used.user + used.system) / 1000);
  }
  wall.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  return { median: percentile(wall, 0.5), p95: percentile(wall, 0.95), max: wall.at(-1)!, cpuP95: percentile(cpu, 0.95), hits: hits / queries.length };
}

function heapUsed(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed;
}

function build(entries: readonly Entry[]): { index: SearchIndex; buildMs: number; heapMiB: string } {
  const before = heapUsed();
  let start = performance.now();
  const index = new SearchIndex(entries);
  const firstMs = performance.now() - start;
  const heapMiB = (globalThis as { gc?: unknown }).gc ? ((heapUsed() - before) / 2 ** 20).toFixed(1) : 'n/a (run with --expose-gc)';
  // The first build also compiles the code; the second is what a glossary update costs.
  start = performance.now();
  new SearchIndex(entries);
  return { index, buildMs: Math.min(firstMs, performance.now() - start), heapMiB };
}

const ms = (x: number) => x.toFixed(3).padStart(8);

function report(title: string, entries: readonly Entry[], kinds: readonly QueryKind[]): void {
  const { index, buildMs, heapMiB } = build(entries);
  const naive = new NaiveSearch(entries);
  console.log(`\n${title}: ${entries.length.toLocaleString('en')} entries`);
  console.log(`  index built in ${buildMs.toFixed(0)} ms; heap held by the index: ${heapMiB} MiB`);
  console.log(
    `  ${'query kind'.padEnd(22)}${'median'.padStart(8)}${'p95'.padStart(8)}${'max'.padStart(8)}${'cpu p95'.padStart(9)}  ms  ${'naive median'.padStart(12)}${'p95'.padStart(8)}${'tifa ÷ naive (median, p95)'.padStart(28)}${'hits'.padStart(7)}`,
  );
  let worst = 0;
  let worstCpu = 0;
  for (const kind of kinds) {
    const tifa = latency((q) => index.search(q, LIMIT), kind.queries);
    const base = latency((q) => naive.search(q, LIMIT), kind.queries);
    worst = Math.max(worst, tifa.p95);
    worstCpu = Math.max(worstCpu, tifa.cpuP95);
    const ratio = `${(tifa.median / base.median).toFixed(2)}x, ${(tifa.p95 / base.p95).toFixed(2)}x`;
    console.log(
      `  ${kind.name.padEnd(22)}${ms(tifa.median)}${ms(tifa.p95)}${ms(tifa.max)}${ms(tifa.cpuP95).padStart(9)}      ${ms(base.median).padStart(12)}${ms(base.p95)}${ratio.padStart(28)}${tifa.hits.toFixed(1).padStart(7)}`,
    );
  }
  const verdict = (x: number) => (x < GOAL_MS ? 'met' : 'NOT met');
  console.log(`  worst p95: ${worst.toFixed(2)} ms wall, ${worstCpu.toFixed(2)} ms CPU; goal under ${GOAL_MS} ms per query: ${verdict(worst)} (wall), ${verdict(worstCpu)} (CPU)`);
}

const real = bundleSchema.parse(JSON.parse(readFileSync(BUNDLE_PATH, 'utf8'))).entries;
const [load] = loadavg();
console.log(`load average ${load!.toFixed(1)} on ${availableParallelism()} cores: wall times on a busy machine include waiting for a core`);
const start = performance.now();
const synthetic = syntheticGlossary(real, SYNTHETIC);
console.log(`synthetic glossary made in ${((performance.now() - start) / 1000).toFixed(1)} s; ${PER_KIND} queries of each kind, limit ${LIMIT}`);
report('real glossary', real, querySets(real, PER_KIND));
const big = [...real, ...synthetic];
report('real + synthetic glossary', big, querySets(big, PER_KIND));
