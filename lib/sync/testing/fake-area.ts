import type { ChangeListener, StorageChange, SyncArea } from '../ports';
import { itemBytes, SYNC_QUOTA, type SyncQuota } from '../quota';

const MINUTE = 60_000;
const HOUR = 3_600_000;

/**
 * chrome.storage.sync shared by several simulated devices. It enforces Chrome's quotas with Chrome's
 * messages, counts each set/remove call (not each key) against the per-device write limits, and
 * queues an onChanged event for every connected device, the writer included, holding only the keys
 * whose value changed. Events wait in each device's inbox until the test delivers them, in any
 * order, any number of times.
 */
export class FakeSyncArea {
  /** Each key's JSON text and its size, as Chrome counts it. */
  private readonly data = new Map<string, { text: string; bytes: number }>();
  private readonly handles = new Map<string, FakeSyncHandle>();

  constructor(
    readonly clock: { now(): number },
    readonly quota: SyncQuota = SYNC_QUOTA,
  ) {}

  /** A device's view of the area. Connecting again (a restart) drops the old handle and its inbox. */
  connect(device: string): FakeSyncHandle {
    this.handles.get(device)?.disconnect();
    const handle = new FakeSyncHandle(this, device);
    this.handles.set(device, handle);
    return handle;
  }

  detach(handle: FakeSyncHandle): void {
    if (this.handles.get(handle.device) === handle) this.handles.delete(handle.device);
  }

  contents(): Record<string, unknown> {
    return Object.fromEntries([...this.data].map(([k, v]) => [k, JSON.parse(v.text) as unknown]));
  }

  bytesInUse(): number {
    let total = 0;
    for (const { bytes } of this.data.values()) total += bytes;
    return total;
  }

  write(items: Record<string, unknown>): void {
    const next = new Map(this.data);
    for (const [key, value] of Object.entries(items)) {
      if (value === undefined) continue;
      const bytes = itemBytes(key, value);
      if (bytes > this.quota.bytesPerItem) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
      next.set(key, { text: JSON.stringify(value), bytes });
    }
    let total = 0;
    for (const { bytes } of next.values()) total += bytes;
    if (total > this.quota.bytes) throw new Error('QUOTA_BYTES quota exceeded');
    if (next.size > this.quota.maxItems) throw new Error('MAX_ITEMS quota exceeded');
    this.commit(next);
  }

  erase(keys: string[]): void {
    const next = new Map(this.data);
    for (const key of keys) next.delete(key);
    this.commit(next);
  }

  private commit(next: Map<string, { text: string; bytes: number }>): void {
    const changes: Record<string, StorageChange> = {};
    for (const key of new Set([...this.data.keys(), ...next.keys()])) {
      const before = this.data.get(key)?.text;
      const after = next.get(key)?.text;
      if (before === after) continue;
      changes[key] = {
        ...(before !== undefined && { oldValue: JSON.parse(before) as unknown }),
        ...(after !== undefined && { newValue: JSON.parse(after) as unknown }),
      };
    }
    this.data.clear();
    for (const [k, v] of next) this.data.set(k, v);
    if (Object.keys(changes).length === 0) return;
    const text = JSON.stringify(changes);
    for (const handle of this.handles.values()) handle.inbox.push(text);
  }
}

export class FakeSyncHandle implements SyncArea {
  /** Queued onChanged events (as JSON text, so each delivery gets fresh objects). */
  readonly inbox: string[] = [];
  private readonly listeners = new Set<ChangeListener>();
  private readonly writes: number[] = [];
  /** Messages of every write this device had rejected, for tests to check. */
  readonly failures: string[] = [];
  private connected = true;

  constructor(
    private readonly area: FakeSyncArea,
    readonly device: string,
  ) {}

  readonly onChanged = {
    addListener: (listener: ChangeListener) => void this.listeners.add(listener),
    removeListener: (listener: ChangeListener) => void this.listeners.delete(listener),
  };

  async get(_keys: null): Promise<Record<string, unknown>> {
    this.alive();
    return this.area.contents();
  }

  /** A disconnected handle stands for a context that died: calls fail as they do in Chrome. */
  private alive(): void {
    if (!this.connected) throw new Error('Extension context invalidated.');
  }

  async getBytesInUse(_keys: null): Promise<number> {
    return this.area.bytesInUse();
  }

  async set(items: Record<string, unknown>): Promise<void> {
    this.attempt(() => this.area.write(items));
  }

  async remove(keys: string[]): Promise<void> {
    this.attempt(() => this.area.erase(keys));
  }

  private attempt(write: () => void): void {
    this.alive();
    try {
      this.countWrite();
      write();
    } catch (error) {
      this.failures.push((error as Error).message);
      throw error;
    }
  }

  /** Fires the queued event at `index` (the oldest by default); with `keep` it stays queued, to be fired again. */
  deliver(index = 0, { keep = false } = {}): boolean {
    const text = this.inbox[index];
    if (text === undefined || !this.connected) return false;
    if (!keep) this.inbox.splice(index, 1);
    for (const listener of [...this.listeners]) listener(JSON.parse(text) as Record<string, StorageChange>);
    return true;
  }

  deliverAll(): number {
    let count = 0;
    while (this.deliver()) count++;
    return count;
  }

  disconnect(): void {
    this.connected = false;
    this.inbox.length = 0;
    this.listeners.clear();
    this.area.detach(this);
  }

  /** Every call counts, as in Chrome, whether or not it then fails on a byte or item quota. */
  private countWrite(): void {
    const now = this.area.clock.now();
    while (this.writes.length && this.writes[0]! <= now - HOUR) this.writes.shift();
    const inMinute = this.writes.filter((t) => t > now - MINUTE).length;
    const inHour = this.writes.filter((t) => t > now - HOUR).length;
    if (inMinute >= this.area.quota.writesPerMinute) throw new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.');
    if (inHour >= this.area.quota.writesPerHour) throw new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_HOUR quota.');
    this.writes.push(now);
  }
}
