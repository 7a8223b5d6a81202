import { applyIncoming, collectTombstones, markSynced } from './apply';
import { decodeArea, type DecodedArea } from './codec';
import { headKey } from './keys';
import { expired, localEdit } from './merge';
import { planUpload, type OverQuota } from './plan';
import type { ChangeListener, StorageChange, SyncArea, SyncClock, SyncStore } from './ports';
import { SYNC_QUOTA, type SyncQuota } from './quota';
import { summarize, type SyncStatus } from './status';
import { WriteThrottle, type WriteLimits } from './throttle';
import type { Conflict, Item, JsonValue, StoredItem } from './types';

export interface SyncEngineOptions {
  store: SyncStore;
  area: SyncArea;
  /** This browser profile's id: stable across restarts, different on every device. */
  device: string;
  clock: SyncClock;
  quota?: SyncQuota;
  /** Below Chrome's 120 a minute and 1,800 an hour, leaving room for other writers. */
  writeLimits?: WriteLimits;
  /** How long a deletion stays as a tombstone before it is collected. */
  graceMs?: number;
  /** How long after an edit the upload waits, so that a burst of edits goes in one write. */
  flushDelayMs?: number;
  /** Called after versions from other devices were written to the store. */
  onApplied?: (items: StoredItem[], conflicts: Conflict[]) => void;
}

export type { SyncStatus };

export interface FlushReport {
  uploaded: string[];
  removed: string[];
  over: OverQuota[];
  /** Set when the write limits held the flush back; it is retried at that time. */
  throttledUntil?: number;
}

const DAY = 86_400_000;
const RETRY_MS = 60_000;

export class SyncEngine {
  private readonly quota: SyncQuota;
  private readonly throttle: WriteThrottle;
  private readonly graceMs: number;
  private readonly flushDelayMs: number;
  private queue: Promise<unknown> = Promise.resolve();
  private timer: { at: number; cancel: () => void } | null = null;
  private over: OverQuota[] = [];
  private lastSyncAt: number | null = null;
  private lastError: string | null = null;
  /** Failures are recorded by `run`; the next flush pulls the whole area anyway. */
  private readonly listener: ChangeListener = (changes) => {
    this.run(() => this.applyChanges(changes)).catch(() => undefined);
  };

  constructor(private readonly options: SyncEngineOptions) {
    this.quota = options.quota ?? SYNC_QUOTA;
    this.throttle = new WriteThrottle(options.writeLimits ?? { perMinute: 100, perHour: 1_500 });
    this.graceMs = options.graceMs ?? 30 * DAY;
    this.flushDelayMs = options.flushDelayMs ?? 2_000;
  }

  /** Listens for other devices' changes, pulls the whole area, then uploads what is pending. */
  async start(): Promise<void> {
    this.options.area.onChanged.addListener(this.listener);
    await this.run(() => this.pullNow());
    this.schedule(0);
  }

  stop(): void {
    this.options.area.onChanged.removeListener(this.listener);
    this.timer?.cancel();
    this.timer = null;
  }

  /** Records a change made on this device (`null` deletes) and schedules its upload. */
  async edit(key: string, value: JsonValue | null): Promise<StoredItem | null> {
    const { device, clock } = this.options;
    const written = await this.run(() =>
      this.options.store.transact([key], (current, counter) => {
        const item = localEdit(current.get(key), key, value, device, counter, clock.now());
        return { put: item ? [item] : [], remove: [], conflicts: [], clock: Math.max(counter, item?.stamp.counter ?? 0) };
      }),
    );
    if (written.put[0]) this.schedule(this.flushDelayMs);
    return written.put[0] ?? null;
  }

  pull(): Promise<void> {
    return this.run(async () => {
      await this.pullNow();
    });
  }

  flush(): Promise<FlushReport> {
    return this.run(() => this.flushNow());
  }

  /** Resolves once every queued operation has finished. */
  async idle(): Promise<void> {
    for (let seen = this.queue; ; seen = this.queue) {
      await seen;
      if (seen === this.queue) return;
    }
  }

  async status(): Promise<SyncStatus> {
    const [{ items }, conflicts, all, bytesInUse] = await Promise.all([
      this.options.store.load(),
      this.options.store.conflicts(),
      this.options.area.get(null),
      this.options.area.getBytesInUse(null),
    ]);
    return summarize({ items, conflicts: conflicts.length, over: this.over, bytesInUse, itemsInUse: Object.keys(all).length, quota: this.quota, lastSyncAt: this.lastSyncAt, lastError: this.lastError });
  }

  /** Operations run one at a time; a failure is recorded and does not stop the ones after it. */
  private run<T>(op: () => Promise<T>): Promise<T> {
    const next = this.queue.then(op);
    this.queue = next.catch((error: unknown) => {
      this.lastError = error instanceof Error ? error.message : String(error);
    });
    return next;
  }

  private schedule(ms: number): void {
    const at = this.options.clock.now() + ms;
    if (this.timer && this.timer.at <= at) return;
    this.timer?.cancel();
    const cancel = this.options.clock.setTimer(ms, () => {
      this.timer = null;
      this.flush().catch(() => this.schedule(RETRY_MS));
    });
    this.timer = { at, cancel };
  }

  private async applyItems(incoming: Item[], decoded?: DecodedArea): Promise<void> {
    const { store, device, clock, onApplied } = this.options;
    const context = { device, now: clock.now(), graceMs: this.graceMs };
    let keys = incoming.map((i) => i.key);
    if (decoded) keys = [...new Set([...keys, ...(await store.load()).items.map((i) => i.key)])];
    const written = await store.transact(keys, (current, counter) => applyIncoming(incoming, current, counter, context, decoded));
    if (written.put.some((i) => i.pending)) this.schedule(this.flushDelayMs);
    const remote = written.put.filter((i) => !i.pending && i.stamp.device !== device);
    if (onApplied && (remote.length || written.conflicts.length)) onApplied(remote, written.conflicts);
  }

  private async pullNow(): Promise<DecodedArea & { all: Record<string, unknown> }> {
    const all = await this.options.area.get(null);
    const decoded = decodeArea(all);
    await this.applyItems([...decoded.records.values()].map((r) => r.item), decoded);
    return { ...decoded, all };
  }

  /** Only the new values of the changed keys: a record is complete there when all its parts changed together. */
  private async applyChanges(changes: Record<string, StorageChange>): Promise<void> {
    const view: Record<string, unknown> = {};
    for (const [key, change] of Object.entries(changes)) if (change.newValue !== undefined) view[key] = change.newValue;
    const decoded = decodeArea(view);
    await this.applyItems([...decoded.records.values()].map((r) => r.item));
    if (decoded.incomplete.size) await this.pullNow();
  }

  private async flushNow(): Promise<FlushReport> {
    const { area, store, clock } = this.options;
    const now = clock.now();
    const pulled = await this.pullNow();
    const working = { ...pulled.all };
    const report: FlushReport = { uploaded: [], removed: [], over: [] };

    const removals = [...pulled.stale, ...[...pulled.records.values()].filter((r) => expired(r.item, now, this.graceMs)).flatMap((r) => r.keys)];
    if (removals.length) {
      if (!this.mayWrite(now, report)) return report;
      this.throttle.record(now);
      await area.remove(removals);
      for (const key of removals) delete working[key];
      report.removed = removals;
    }

    // Local tombstones go once the area no longer holds them, so a pull cannot bring them back.
    const { items } = await store.load();
    const collect = items.filter((i) => !i.pending && expired(i, now, this.graceMs) && !(headKey(i.key) in working)).map((i) => i.key);
    if (collect.length) await store.transact(collect, (current, counter) => collectTombstones(current, counter, now, this.graceMs));

    const plan = planUpload(working, items.filter((i) => i.pending), this.quota);
    this.over = report.over = plan.over;
    if (plan.uploaded.length) {
      if (!this.mayWrite(now, report)) return report;
      this.throttle.record(now);
      try {
        await area.set(plan.batch);
      } catch (error) {
        this.lastError = error instanceof Error ? error.message : String(error);
        this.schedule(RETRY_MS);
        return report;
      }
      await store.transact(plan.uploaded.map((i) => i.key), (current, counter) => markSynced(plan.uploaded, current, counter));
      report.uploaded = plan.uploaded.map((i) => i.key);
    }
    this.lastSyncAt = now;
    this.lastError = null;
    return report;
  }

  private mayWrite(now: number, report: FlushReport): boolean {
    const at = this.throttle.nextAt(now);
    if (at <= now) return true;
    report.throttledUntil = at;
    this.schedule(at - now);
    return false;
  }
}

