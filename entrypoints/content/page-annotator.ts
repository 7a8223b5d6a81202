/**
 * Keeps a document's underlines current: the first pass reads the whole page in time slices, and
 * a MutationObserver re-reads only the runs of text that changed (infinite scroll, single-page
 * apps), dropping the underlines of removed text. Open shadow roots are read and watched too.
 * Glossary terms come first; the slower search for unknown jargon runs when no glossary work is
 * left, on blocks whose text has not changed since.
 */
import type { Match } from '@/lib/matcher/matcher';
import type { Annotator } from './annotator';
import { SliceRunner } from './slices';
import { runAround, walkBlocks, type TextBlock } from './text-blocks';
import highlightCss from './highlights.css?inline';

const OBSERVED: MutationObserverInit = { childList: true, subtree: true, characterData: true };

export class PageAnnotator {
  private readonly pending: Node[][] = [];
  private current: Generator<TextBlock> | undefined;
  private readonly discovery: { block: TextBlock; known: Match[] }[] = [];
  private readonly runner = new SliceRunner(
    () => this.step(),
    () => this.afterSlice(),
  );
  /** Whether anything has been registered yet: the first slice's underlines are shown at once. */
  private shown = false;
  /** Set when glossary underlines were made or dropped: they are registered once the queue is read. */
  private reading = false;
  private readonly observer = new MutationObserver((records) => this.onMutations(records));
  private readonly shadowRoots = new Set<ShadowRoot>();
  private readonly highlightSheet = new CSSStyleSheet();
  private idleWaiters: (() => void)[] = [];
  private settledWaiters: (() => void)[] = [];

  constructor(
    private readonly root: Node,
    private readonly annotator: Annotator,
  ) {
    this.highlightSheet.replaceSync(highlightCss);
  }

  /** Open shadow roots found so far (hit-testing must be told about them). */
  get roots(): ShadowRoot[] {
    return [...this.shadowRoots];
  }

  start(): void {
    this.observer.observe(this.root, OBSERVED);
    this.enqueue([this.root]);
  }

  stop(): void {
    this.runner.stop();
    this.observer.disconnect();
  }

  /** Resolves when every queued run has been read for glossary terms. */
  idle(): Promise<void> {
    if (!this.current && this.pending.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Resolves when the glossary pass and the search for unknown jargon are both done. */
  settled(): Promise<void> {
    if (!this.current && this.pending.length === 0 && this.discovery.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.settledWaiters.push(resolve));
  }

  /** Re-reads the whole page, after the glossary changed. */
  rescan(): void {
    this.discovery.length = 0;
    this.enqueue([this.root, ...this.shadowRoots]);
  }

  private enqueue(run: Node[]): void {
    this.pending.push(run);
    this.runner.schedule();
  }

  /** Annotates one block; false when there is nothing left to do. */
  private step(): boolean {
    for (;;) {
      if (this.current) {
        const next = this.current.next();
        if (!next.done) {
          const known = this.annotator.annotateBlock(next.value);
          this.reading = true;
          this.discovery.push({ block: next.value, known });
          return true;
        }
        this.current = undefined;
      }
      const run = this.pending.shift();
      if (run) {
        const live = run.filter((node) => node.isConnected);
        if (live.length) this.current = walkBlocks(live, (shadow) => this.adoptShadowRoot(shadow));
        continue;
      }
      if (this.reading) {
        // Every queued run is read: its underlines appear together.
        this.annotator.register();
        this.reading = false;
      }
      for (const resolve of this.idleWaiters.splice(0)) resolve();
      const item = this.discovery.shift();
      if (!item) {
        this.annotator.register();
        for (const resolve of this.settledWaiters.splice(0)) resolve();
        return false;
      }
      if (unchanged(item.block)) this.annotator.annotateCandidates(item.block, item.known);
      return true;
    }
  }

  /**
   * Between slices. The first slice reads the top of the page, which is what the reader sees
   * after a load: its underlines are registered at once; the rest when the pass is done.
   */
  private afterSlice(): void {
    if (this.shown || !this.annotator.waiting) return;
    this.annotator.register();
    this.shown = true;
  }

  private adoptShadowRoot(shadow: ShadowRoot): void {
    if (this.shadowRoots.has(shadow)) return;
    this.shadowRoots.add(shadow);
    // ::highlight() rules apply in the tree scope of the text: each shadow tree needs its own.
    shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, this.highlightSheet];
    this.observer.observe(shadow, OBSERVED);
    this.enqueue([shadow]);
  }

  private onMutations(records: MutationRecord[]): void {
    const touched = new Set<Node>();
    for (const record of records) {
      if (record.type === 'characterData') {
        touched.add(record.target);
        continue;
      }
      for (const removed of record.removedNodes) this.annotator.forgetWithin(removed);
      // Removed underlines leave the highlights at the next registration, even if nothing is re-read.
      if (record.removedNodes.length) this.reading = true;
      for (const added of record.addedNodes) touched.add(added);
      // Text on both sides of a removed inline node may now form a term, or no longer form one.
      if (record.removedNodes.length) {
        const neighbour = record.previousSibling ?? record.nextSibling;
        if (neighbour) touched.add(neighbour);
      }
    }
    const runs = new Map<Node, Node[]>();
    for (const node of touched) {
      if (!node.isConnected || node.nodeName === 'TIFA-CARD') continue;
      const run = runAround(node);
      runs.set(run[0]!, run);
    }
    for (const run of runs.values()) this.enqueue(run);
    if (this.reading) this.runner.schedule();
  }
}

/** True when a block's nodes are still in the page with the text they had when it was read. */
function unchanged(block: TextBlock): boolean {
  let text = '';
  for (const node of block.nodes) {
    if (!node.isConnected) return false;
    text += node.data;
  }
  return text === block.text;
}
