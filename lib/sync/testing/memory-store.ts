import type { StoreWrite, SyncStore } from '../ports';
import type { Conflict, StoredItem } from '../types';

const copy = <T>(x: T): T => structuredClone(x);

/** The local store over Maps, with IndexedDB's all-or-nothing writes; it outlives engine restarts in tests. */
export class MemoryStore implements SyncStore {
  readonly items = new Map<string, StoredItem>();
  readonly conflictCopies = new Map<string, Conflict>();
  clock = 0;

  async load(): Promise<{ items: StoredItem[]; clock: number }> {
    return { items: [...this.items.values()].map(copy), clock: this.clock };
  }

  async transact(keys: readonly string[], plan: (current: ReadonlyMap<string, StoredItem>, clock: number) => StoreWrite): Promise<StoreWrite> {
    const current = new Map<string, StoredItem>();
    for (const key of keys) {
      const item = this.items.get(key);
      if (item) current.set(key, copy(item));
    }
    const write = plan(current, this.clock);
    const scope = new Set(keys);
    for (const key of [...write.put.map((i) => i.key), ...write.remove]) {
      if (!scope.has(key)) throw new Error(`write outside the transaction's keys: ${key}`);
    }
    if (write.clock < this.clock) throw new Error('the Lamport counter went back');
    for (const item of write.put) this.items.set(item.key, copy(item));
    for (const key of write.remove) this.items.delete(key);
    for (const c of write.conflicts) this.conflictCopies.set(`${c.key}@${c.stamp.counter}.${c.stamp.device}`, copy(c));
    this.clock = write.clock;
    return copy(write);
  }

  async conflicts(): Promise<Conflict[]> {
    return [...this.conflictCopies.values()].map(copy);
  }
}
