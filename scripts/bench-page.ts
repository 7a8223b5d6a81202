/**
 * npm run bench:page: what the built extension costs a real page in Chromium. News pages of about
 * 100 KB, 1 MB and 5 MB of article text are loaded RUNS times each, in a Chromium with the
 * extension and in the same Chromium without it, and the medians are printed next to the goals.
 * Needs `npm run build` first. MB and KB are decimal (10^6 and 10^3 bytes of UTF-8 text).
 */
import { rmSync } from 'node:fs';
import { assertPrerequisites, launchPlain, launchWithExtension, type PlainBrowser } from '../demo/browser';
import { startServer } from '../demo/server';
import { measureLoad, type Sample } from './bench-page-measure';
import { writeBenchPages, type BenchPage } from './bench-page-pages';
import { printTable } from './bench-page-table';

const SIZES = [
  { label: '100 KB', bytes: 100_000 },
  { label: '1 MB', bytes: 1_000_000 },
  { label: '5 MB', bytes: 5_000_000 },
];
const RUNS = 3;
/** The command must end by itself even if Chromium wedges; a normal run takes a few minutes. */
const WATCHDOG_MS = 15 * 60_000;

try {
  assertPrerequisites();
} catch (error) {
  // The reason (no Chromium, or no build: run npm run build first) without a stack trace.
  console.error(`bench:page: ${(error as Error).message}`);
  process.exit(1);
}

const { dir, pages } = writeBenchPages(SIZES);
const watchdog = setTimeout(() => {
  console.error(`bench:page: gave up after ${WATCHDOG_MS / 60_000} minutes`);
  rmSync(dir, { recursive: true, force: true });
  // Playwright kills the Chromiums it launched when this process exits.
  process.exit(1);
}, WATCHDOG_MS);
watchdog.unref();

const server = await startServer({ bench: dir });
const browsers: PlainBrowser[] = [];
try {
  const extension = await launchWithExtension();
  browsers.push(extension);
  const plain = await launchPlain();
  browsers.push(plain);
  const url = (page: BenchPage) => server.url('bench', page.file);
  for (const page of pages) {
    console.log(`${page.label.padEnd(7)} page: ${page.textBytes.toLocaleString('en')} bytes of article text, ${page.htmlBytes.toLocaleString('en')} bytes of HTML`);
  }
  // The first load after install also fills the extension's database and warms both caches.
  await measureLoad(extension.context, url(pages[0]!), true);
  await measureLoad(plain.context, url(pages[0]!), false);
  const withExt = new Map<BenchPage, Sample[]>(pages.map((p) => [p, []]));
  const without = new Map<BenchPage, Sample[]>(pages.map((p) => [p, []]));
  // Sizes interleaved within each run, so slow drift of the machine spreads over all of them.
  for (let run = 1; run <= RUNS; run++) {
    for (const page of pages) {
      const a = await measureLoad(extension.context, url(page), true);
      const b = await measureLoad(plain.context, url(page), false);
      withExt.get(page)!.push(a);
      without.get(page)!.push(b);
      console.log(`run ${run}/${RUNS} ${page.label.padEnd(7)} ${describe(a)} | without: ${describe(b)}`);
    }
  }
  printTable(pages, withExt, without, RUNS);
} finally {
  for (const browser of browsers) await browser.close().catch(() => undefined);
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}

/** One load's raw figures, so the spread behind each median is visible. */
function describe(s: Sample): string {
  const parts = [
    s.loadEventEndMs !== undefined ? `load ${s.loadEventEndMs.toFixed(0)} ms` : '',
    s.fromLoadMs !== undefined ? `annotated ${s.fromLoadMs.toFixed(0)} ms after load (${s.fromNavigationMs!.toFixed(0)} after nav start), ${s.terms} terms` : '',
    s.discoveredFromLoadMs !== undefined ? `discovery done ${s.discoveredFromLoadMs.toFixed(0)} ms after load, ${s.candidates} candidates` : '',
    s.longTasks ? `long tasks [${s.longTasks.map((d) => d.toFixed(0)).join(', ')}]` : '',
    s.longTasksFromStart ? `from script start [${s.longTasksFromStart.map((d) => d.toFixed(0)).join(', ')}]` : '',
    s.heapBytes !== undefined ? `heap ${(s.heapBytes / 1e6).toFixed(1)} MB` : '',
    ...s.notes,
  ];
  return parts.filter(Boolean).join(', ');
}
