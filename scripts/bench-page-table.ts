/**
 * The bench:page summary: medians per page size, one row per figure, with the goals (which are
 * set for the 1 MB page) and whether the measured figures meet them. A figure that could not be
 * measured is printed as n/a, with the reason below the table.
 */
import { LONG_TASK_MS, SETTLE_MS, type Sample } from './bench-page-measure';
import type { BenchPage } from './bench-page-pages';

const GOAL_PAGE = '1 MB';
const GOAL_ANNOTATED_MS = 150;

/**
 * The middle value; the lower middle one when a failed run leaves an even number, so that every
 * figure printed was measured (an average of "no long task" and 92 ms would be neither).
 */
function median(values: number[]): number | undefined {
  return [...values].sort((a, b) => a - b)[(values.length - 1) >> 1];
}

const defined = <T>(values: (T | undefined)[]): T[] => values.filter((v): v is T => v !== undefined);

/** The longest reported task, 0 when none was reported (every task was at most 50 ms). */
const longest = (tasks: number[] | undefined) => (tasks ? Math.max(0, ...tasks) : undefined);

type Figure = (s: Sample) => number | undefined;

interface Row {
  label: string;
  figure: (page: BenchPage) => number | undefined;
  format: (n: number) => string;
  /** The verdict for the goal page, given this row's figure there. */
  goal?: (page: BenchPage, value: number | undefined) => string;
}

export function printTable(pages: BenchPage[], withExt: Map<BenchPage, Sample[]>, without: Map<BenchPage, Sample[]>, runs: number): void {
  const med = (samples: Map<BenchPage, Sample[]>, figure: Figure) => (page: BenchPage) => median(defined(samples.get(page)!.map(figure)));
  const ms = (n: number) => n.toFixed(0);
  const task = (n: number) => (n > 0 ? n.toFixed(0) : `≤${LONG_TASK_MS}`);
  const mb = (n: number) => n.toFixed(1);
  const heapWith = med(withExt, (s) => s.heapBytes);
  const heapWithout = med(without, (s) => s.heapBytes);
  const rows: Row[] = [
    {
      label: 'loadEventEnd → all highlights (ms)',
      figure: med(withExt, (s) => s.fromLoadMs),
      format: ms,
      goal: (_page, value) => verdict(`< ${GOAL_ANNOTATED_MS} ms`, value, (n) => n < GOAL_ANNOTATED_MS),
    },
    { label: 'navigation start → all highlights (ms)', figure: med(withExt, (s) => s.fromNavigationMs), format: ms },
    { label: 'loadEventEnd → discovery pass done (ms)', figure: med(withExt, (s) => s.discoveredFromLoadMs), format: ms },
    { label: 'navigation start → loadEventEnd, with (ms)', figure: med(withExt, (s) => s.loadEventEndMs), format: ms },
    { label: 'navigation start → loadEventEnd, without (ms)', figure: med(without, (s) => s.loadEventEndMs), format: ms },
    { label: 'underlined terms', figure: med(withExt, (s) => s.terms), format: (n) => n.toLocaleString('en') },
    { label: 'underlined candidates (unknown jargon)', figure: med(withExt, (s) => s.candidates), format: (n) => n.toLocaleString('en') },
    { label: 'longest task after DCL, with (ms)', figure: med(withExt, (s) => longest(s.longTasks)), format: task },
    { label: 'longest task after DCL, without (ms)', figure: med(without, (s) => longest(s.longTasks)), format: task },
    {
      label: `tasks > ${LONG_TASK_MS} ms after DCL, with`,
      figure: med(withExt, (s) => s.longTasks?.length),
      format: ms,
      goal: (page) => taskVerdict(withExt.get(page)!, (s) => s.longTasks),
    },
    { label: `tasks > ${LONG_TASK_MS} ms after DCL, without`, figure: med(without, (s) => s.longTasks?.length), format: ms },
    { label: 'longest task from script start, with (ms)', figure: med(withExt, (s) => longest(s.longTasksFromStart)), format: task },
    {
      label: `tasks > ${LONG_TASK_MS} ms from script start, with`,
      figure: med(withExt, (s) => s.longTasksFromStart?.length),
      format: ms,
      goal: (page) => taskVerdict(withExt.get(page)!, (s) => s.longTasksFromStart),
    },
    { label: 'JS heap used, with (MB)', figure: (p) => scale(heapWith(p)), format: mb },
    { label: 'JS heap used, without (MB)', figure: (p) => scale(heapWithout(p)), format: mb },
    { label: "extension's added JS heap (MB)", figure: (p) => difference(heapWith(p), heapWithout(p)), format: mb },
  ];

  const goalPage = pages.find((p) => p.label === GOAL_PAGE);
  console.log(`\nmedian of ${runs} runs (fresh tab each); "with" = Chromium with the extension, "without" = same flags, no extension`);
  console.log(`${''.padEnd(46)}${pages.map((p) => p.label.padStart(10)).join('')}   goal (${GOAL_PAGE} page)`);
  for (const row of rows) {
    const cells = pages.map((p) => {
      const value = row.figure(p);
      return (value === undefined ? 'n/a' : row.format(value)).padStart(10);
    });
    const goal = row.goal && goalPage ? `   ${row.goal(goalPage, row.figure(goalPage))}` : '';
    console.log(`${row.label.padEnd(46)}${cells.join('')}${goal}`);
  }
  console.log(`long tasks: starting after DOMContentLoaded ended, until ${SETTLE_MS} ms and a frame after the tifa-discovered mark (without: after load).`);
  console.log('  "from script start": only tasks still running when the content script began (tifa-start mark) or later;');
  console.log("  the page's own first layout can fall after DOMContentLoaded, in either browser, and is counted in the rows above.");
  console.log(`  The Long Tasks API reports only tasks over ${LONG_TASK_MS} ms: "≤${LONG_TASK_MS}" means none was reported.`);
  console.log("JS heap: the page's JSHeapUsedSize after a forced GC; the content script's world shares that heap, the service worker's is not counted.");
  printNotes(pages, withExt, without, runs);
}

const scale = (bytes: number | undefined) => (bytes === undefined ? undefined : bytes / 1e6);
const difference = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined ? undefined : (a - b) / 1e6);

function verdict(goal: string, value: number | undefined, met: (n: number) => boolean): string {
  if (value === undefined) return `${goal}: not measured`;
  return `${goal}: ${met(value) ? 'met' : 'missed'}`;
}

/** "No task over 50 ms" is judged on every run, not on the median. */
function taskVerdict(samples: Sample[], tasks: (s: Sample) => number[] | undefined): string {
  const measured = samples.filter((s) => tasks(s));
  if (!measured.length) return 'none over 50 ms: not measured';
  const over = measured.filter((s) => tasks(s)!.length > 0).length;
  return over ? `none over ${LONG_TASK_MS} ms: missed in ${over} of ${measured.length} runs` : `none over ${LONG_TASK_MS} ms: met in all ${measured.length} runs`;
}

/** Why figures are missing or rest on fewer runs: each distinct reason once, with how often it occurred. */
function printNotes(pages: BenchPage[], withExt: Map<BenchPage, Sample[]>, without: Map<BenchPage, Sample[]>, runs: number): void {
  for (const page of pages) {
    for (const [name, samples] of [['with', withExt], ['without', without]] as const) {
      const notes = samples.get(page)!.flatMap((s) => s.notes);
      for (const note of new Set(notes)) {
        console.log(`n/a: ${page.label} ${name}, ${notes.filter((n) => n === note).length} of ${runs} runs: ${note}`);
      }
    }
  }
}
