/**
 * Sync between the user's browsers: IndexedDB stays the source of truth, storage.sync carries the
 * records (lib/sync does the merging). Every change the user makes is recorded here after it is
 * written; on start, records written while sync was not running are recorded too.
 */
import { SyncEngine, type Conflict, type JsonValue, type SyncArea, type SyncClock, type SyncStatus } from '@/lib/sync';
import type { TifaDb } from '../storage/database';
import { IdbSyncStore } from './idb-store';
import { entryValue, noteValue, overrideValue, parseKey, readEntry, readText, recordKey } from './records';

function readable(key: string, value: JsonValue): boolean {
  const parsed = parseKey(key);
  if (!parsed) return false;
  if (parsed.kind === 'entry') return readEntry(value) !== null;
  return readText(value, parsed.kind === 'note' ? 'text' : 'english') !== null;
}

export interface ConflictCopy {
  id: number;
  conflict: Conflict;
}

/** What the request handler needs of sync (the tests give it a bridge over a fake storage.sync). */
export interface SyncPort {
  record(keys: readonly string[]): Promise<void>;
  status(): Promise<SyncStatus | null>;
  conflicts(): Promise<ConflictCopy[]>;
  resolve(id: number, restore: boolean): Promise<void>;
}

export const realClock: SyncClock = {
  now: () => Date.now(),
  setTimer: (ms, run) => {
    const timer = setTimeout(run, ms);
    return () => clearTimeout(timer);
  },
};

async function currentValue(db: TifaDb, key: string): Promise<JsonValue | null> {
  const parsed = parseKey(key);
  if (!parsed) return null;
  if (parsed.kind === 'entry') return entryValue(await db.get('user', parsed.id));
  if (parsed.kind === 'note') return noteValue(await db.get('notes', parsed.id));
  return overrideValue(await db.get('overrides', parsed.id));
}

/** A stable id for this browser profile, kept with the data it stamps. */
async function deviceId(db: TifaDb): Promise<string> {
  const known = await db.get('meta', 'syncDevice');
  if (known) return known;
  const id = crypto.randomUUID().slice(0, 8);
  await db.put('meta', id, 'syncDevice');
  return id;
}

export class SyncBridge implements SyncPort {
  private readonly engine: Promise<SyncEngine>;

  constructor(
    private readonly db: Promise<TifaDb>,
    area: SyncArea,
    /** Other devices' changes landed here: rebuild the matcher, tell pages. */
    onApplied: () => void,
    clock: SyncClock = realClock,
  ) {
    this.engine = (async () => {
      const database = await db;
      const engine = new SyncEngine({ store: new IdbSyncStore(db), area, device: await deviceId(database), clock, onApplied: () => onApplied() });
      await engine.start();
      await this.reconcile(engine, database);
      return engine;
    })();
  }

  /** Records the current local value of each key as the user's edit. */
  async record(keys: readonly string[]): Promise<void> {
    const [engine, db] = await Promise.all([this.engine, this.db]);
    for (const key of keys) await engine.edit(key, await currentValue(db, key));
  }

  /** Resolves once the engine has nothing queued (tests wait on it). */
  async idle(): Promise<void> {
    await (await this.engine).idle();
  }

  async status(): Promise<SyncStatus | null> {
    return (await this.engine).status();
  }

  /** The user's edits that lost to a later edit on another device, each with its store key. */
  async conflicts(): Promise<ConflictCopy[]> {
    const db = await this.db;
    const copies: ConflictCopy[] = [];
    for (let cursor = await db.transaction('conflicts').store.openCursor(); cursor; cursor = await cursor.continue()) {
      copies.push({ id: cursor.key, conflict: cursor.value });
    }
    return copies;
  }

  /** Keeps a conflict copy (it becomes the current version everywhere) or dismisses it. */
  async resolve(id: number, restore: boolean): Promise<void> {
    const [engine, db] = await Promise.all([this.engine, this.db]);
    const copy = await db.get('conflicts', id);
    if (!copy) return;
    if (restore) await engine.edit(copy.key, copy.value);
    await db.delete('conflicts', id);
  }

  /** Local records that differ from their sync state (written before sync ran, or while it failed). */
  private async reconcile(engine: SyncEngine, db: TifaDb): Promise<void> {
    const local = new Map<string, JsonValue | null>();
    for (const stored of await db.getAll('user')) local.set(recordKey('entry', stored.id), entryValue(stored));
    for (const note of await db.getAll('notes')) local.set(recordKey('note', note.id), noteValue(note));
    for (const override of await db.getAll('overrides')) local.set(recordKey('override', override.id), overrideValue(override));
    const synced = new Map((await db.getAll('sync')).map((item) => [item.key, item.value]));
    for (const [key, value] of local) if (JSON.stringify(synced.get(key)) !== JSON.stringify(value)) await engine.edit(key, value);
    // A synced record missing here was deleted while sync was off, unless this version could not
    // read it (a newer build's entry): that one is left for the device that wrote it.
    for (const [key, value] of synced) if (value !== null && !local.has(key) && readable(key, value)) await engine.edit(key, null);
  }
}
