/**
 * The sync engine's local store over IndexedDB. Each sync record lives in the `sync` store with
 * its stamp; its value is also written, in the same transaction, to the store the rest of the
 * extension reads (user entries, notes, overrides), which stays the source of truth.
 */
import type { IDBPTransaction } from 'idb';
import type { Conflict, JsonValue, StoredItem, StoreWrite, SyncStore } from '@/lib/sync';
import type { TifaDb, TifaSchema } from '../storage/database';
import { storedEntry } from '../storage/stored-entry';
import { allOrNothing } from '../storage/transaction';
import { parseKey, readEntry, readText } from './records';

type SyncStoreName = 'sync' | 'meta' | 'conflicts' | 'user' | 'notes' | 'overrides';
const STORES: SyncStoreName[] = ['sync', 'meta', 'conflicts', 'user', 'notes', 'overrides'];
type SyncTx = IDBPTransaction<TifaSchema, SyncStoreName[], 'readwrite'>;

export class IdbSyncStore implements SyncStore {
  constructor(private readonly db: Promise<TifaDb>) {}

  async load(): Promise<{ items: StoredItem[]; clock: number }> {
    const db = await this.db;
    const [items, clock] = await Promise.all([db.getAll('sync'), db.get('meta', 'syncClock')]);
    return { items, clock: Number(clock ?? 0) };
  }

  async transact(keys: readonly string[], plan: (current: ReadonlyMap<string, StoredItem>, clock: number) => StoreWrite): Promise<StoreWrite> {
    const db = await this.db;
    const tx: SyncTx = db.transaction(STORES, 'readwrite');
    const current = new Map<string, StoredItem>();
    for (const key of keys) {
      const item = await tx.objectStore('sync').get(key);
      if (item) current.set(key, item);
    }
    const write = plan(current, Number((await tx.objectStore('meta').get('syncClock')) ?? 0));
    await allOrNothing(tx, (add) => {
      for (const item of write.put) {
        add(tx.objectStore('sync').put(item));
        const domain = writeDomain(tx, item.key, item.value, item.wall);
        if (domain) add(domain);
      }
      for (const key of write.remove) add(tx.objectStore('sync').delete(key));
      for (const conflict of write.conflicts) add(tx.objectStore('conflicts').add(conflict));
      add(tx.objectStore('meta').put(String(write.clock), 'syncClock'));
    });
    return write;
  }

  async conflicts(): Promise<Conflict[]> {
    return (await this.db).getAll('conflicts');
  }
}

/** The record's value in the store the extension reads; a value that does not check out is left out. */
function writeDomain(tx: SyncTx, key: string, value: JsonValue | null, wall: number): Promise<unknown> | null {
  const parsed = parseKey(key);
  if (!parsed) return null;
  const { kind, id } = parsed;
  if (kind === 'entry') {
    if (value === null) return tx.objectStore('user').delete(id);
    const entry = readEntry(value);
    return entry && entry.id === id ? tx.objectStore('user').put(storedEntry(entry)) : null;
  }
  if (kind === 'note') {
    if (value === null) return tx.objectStore('notes').delete(id);
    const text = readText(value, 'text');
    return text === null ? null : tx.objectStore('notes').put({ id, text, updated: wall });
  }
  if (value === null) return tx.objectStore('overrides').delete(id);
  const english = readText(value, 'english');
  return english === null ? null : tx.objectStore('overrides').put({ id, english, updated: wall });
}
