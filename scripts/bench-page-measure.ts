/**
 * One measured page load for bench:page: a fresh tab, long tasks recorded from before the first
 * byte, the figures read from the page's own timeline, then the JS heap after a forced GC.
 */
import type { BrowserContext } from 'playwright-core';
import { waitForAnnotation } from '../demo/probe';

/** Generous: the 5 MB page on a slow 2-core machine must finish, not be cut short. */
const LOAD_TIMEOUT_MS = 120_000;
/** After the discovery pass's highlights are registered, time for the frames that paint them and for late entries. */
export const SETTLE_MS = 500;
/** The Long Tasks API reports only tasks longer than this. */
export const LONG_TASK_MS = 50;

export interface Sample {
  /** From navigation start; reported for both browsers because the extension can delay the load event. */
  loadEventEndMs?: number;
  /** The tifa-annotated mark, from loadEventEnd and from navigation start (with the extension only). */
  fromLoadMs?: number;
  fromNavigationMs?: number;
  /** The tifa-discovered mark (the search for unknown jargon is done too), from loadEventEnd. */
  discoveredFromLoadMs?: number;
  terms?: number;
  candidates?: number;
  /** Long tasks starting after DOMContentLoaded ended; undefined when the API is missing. */
  longTasks?: number[];
  /**
   * Long tasks still running when the content script started (the tifa-start mark) or starting
   * later: the page's own parsing and first layout can fall after DOMContentLoaded, but a task
   * that ended before the script ran cannot be its doing. With the extension only.
   */
  longTasksFromStart?: number[];
  heapBytes?: number;
  /** Why a figure is missing. */
  notes: string[];
}

interface Recorder {
  supported: boolean;
  tasks: { start: number; duration: number }[];
  observer?: PerformanceObserver;
}

/**
 * Runs in the page before its own scripts; the observer is buffered so no early task is lost.
 * No named inner functions: tsx would wrap them in a helper that does not exist in the page.
 */
function recordLongTasks(): void {
  const recorder: Recorder = { supported: PerformanceObserver.supportedEntryTypes.includes('longtask'), tasks: [] };
  if (recorder.supported) {
    recorder.observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) recorder.tasks.push({ start: e.startTime, duration: e.duration });
    });
    recorder.observer.observe({ type: 'longtask', buffered: true });
  }
  Object.assign(window, { __tifaBench: recorder });
}

/**
 * Keeps the page producing frames, in both browsers. Without it headless Chromium left the frames
 * in which it rebuilds highlight markers out of the Long Tasks API's reports (a 1 s rebuild on the
 * 5 MB page went unreported); many real pages animate anyway. A string, so tsx leaves it alone.
 */
const FRAME_LOOP = '(() => { const frame = () => requestAnimationFrame(frame); requestAnimationFrame(frame); })();';

export async function measureLoad(context: BrowserContext, url: string, withExtension: boolean): Promise<Sample> {
  const notes: string[] = [];
  const page = await context.newPage();
  try {
    await page.addInitScript(recordLongTasks);
    await page.addInitScript(FRAME_LOOP);
    await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
    if (withExtension) {
      await waitForAnnotation(page, LOAD_TIMEOUT_MS);
      // The discovery pass runs after the mark and registers its own underlines: its tasks count too.
      await page.waitForFunction(() => performance.getEntriesByName('tifa-discovered').length > 0, undefined, { timeout: LOAD_TIMEOUT_MS });
    }
    // A frame after the settle time means the main thread got through everything queued before it.
    await page.evaluate((ms) => new Promise((done) => setTimeout(() => requestAnimationFrame(done), ms)), SETTLE_MS);
    const seen = await page.evaluate(() => {
      const recorder = (window as unknown as { __tifaBench: Recorder }).__tifaBench;
      // Entries are delivered asynchronously: takeRecords picks up any not yet handed to the callback.
      for (const e of recorder.observer?.takeRecords() ?? []) recorder.tasks.push({ start: e.startTime, duration: e.duration });
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const mark = performance.getEntriesByName('tifa-annotated')[0];
      const start = performance.getEntriesByName('tifa-start')[0]?.startTime;
      return {
        supported: recorder.supported,
        tasks: recorder.tasks.filter((t) => t.start >= nav.domContentLoadedEventEnd).map((t) => t.duration),
        fromStart: start === undefined ? undefined : recorder.tasks.filter((t) => t.start + t.duration > start).map((t) => t.duration),
        loadEnd: nav.loadEventEnd,
        mark: mark?.startTime,
        discovered: performance.getEntriesByName('tifa-discovered')[0]?.startTime,
        terms: CSS.highlights.get('tifa-term')?.size ?? 0,
        candidates: CSS.highlights.get('tifa-candidate')?.size ?? 0,
      };
    });
    const sample: Sample = { loadEventEndMs: seen.loadEnd, notes };
    if (seen.supported) sample.longTasks = seen.tasks;
    else notes.push("this Chromium does not support 'longtask' performance entries");
    if (withExtension && seen.mark !== undefined) {
      sample.fromLoadMs = seen.mark - seen.loadEnd;
      sample.fromNavigationMs = seen.mark;
      sample.terms = seen.terms;
      sample.candidates = seen.candidates;
    }
    if (withExtension && seen.discovered !== undefined) sample.discoveredFromLoadMs = seen.discovered - seen.loadEnd;
    if (withExtension && seen.supported && seen.fromStart) sample.longTasksFromStart = seen.fromStart;
    // Measured last: the forced GC is itself a long main-thread task.
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    sample.heapBytes = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value;
    if (sample.heapBytes === undefined) notes.push('Performance.getMetrics gave no JSHeapUsedSize');
    await cdp.detach();
    return sample;
  } catch (error) {
    notes.push(error instanceof Error ? error.message.split('\n')[0]! : String(error));
    return { notes };
  } finally {
    await page.close();
  }
}
