/**
 * The dictionary database (IndexedDB via idb): its schema and the upgrade from every earlier
 * version. Only the background and extension pages open it: a content script would get the web
 * page's own IndexedDB instead.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { Entry } from '@/lib/glossary/schema';
import type { Settings } from '@/lib/settings';
import type { Conflict, StoredItem } from '@/lib/sync';
import { storedEntry } from './stored-entry';

export const DB_NAME = 'tifa';
/**
 * 1: bundled entries and metadata. 2: the user's own entries. 3: notes on entries.
 * 4: headword and pinyin indexes on both entry stores; settings and per-site switches.
 * 5: the user's English renderings of bundled entries.
 * 6: shared glossary packs the user subscribed to.
 * 7: sync state of the user's records, and conflict copies of edits that lost.
 */
export const DB_VERSION = 7;

export interface StoredEntry {
  id: string;
  /** Folded term and aliases, for lookup by any surface string. */
  surfaces: string[];
  /** The folded term alone. */
  headword: string;
  /** Toneless pinyin joined ("babazhanlve") and its initials ("bbzl"). */
  pinyin: string[];
  entry: Entry;
}

/** A personal note on an entry (bundled or the user's own), kept by entry id. */
export interface Note {
  id: string;
  text: string;
  updated: number;
}

/** The user's own English rendering of a bundled entry. */
export interface Override {
  id: string;
  english: string;
  updated: number;
}

/** A shared glossary pack: its entries as last fetched, and how the last refresh went. */
export interface Pack {
  url: string;
  title: string;
  entries: Entry[];
  fetched: number;
  /** The last refresh's failure (the entries are then the previous ones), or null. */
  error: string | null;
}

/** A site the user turned Tifa off on. */
export interface SiteSetting {
  site: string;
  enabled: boolean;
}

type EntryIndexes = { surface: string; headword: string; pinyin: string };

export interface TifaSchema extends DBSchema {
  bundled: { key: string; value: StoredEntry; indexes: EntryIndexes };
  user: { key: string; value: StoredEntry; indexes: EntryIndexes };
  notes: { key: string; value: Note };
  overrides: { key: string; value: Override };
  packs: { key: string; value: Pack };
  sync: { key: string; value: StoredItem };
  conflicts: { key: number; value: Conflict };
  settings: { key: 'settings'; value: Settings };
  sites: { key: string; value: SiteSetting };
  meta: { key: string; value: string };
}

export type TifaDb = IDBPDatabase<TifaSchema>;
export type EntryStore = 'bundled' | 'user';
type UpgradeTx = IDBPTransaction<TifaSchema, StoreNames<TifaSchema>[], 'versionchange'>;

export function openTifaDb(name = DB_NAME): Promise<TifaDb> {
  return openDB<TifaSchema>(name, DB_VERSION, {
    async upgrade(db, oldVersion, _newVersion, tx) {
      if (oldVersion < 1) {
        db.createObjectStore('bundled', { keyPath: 'id' }).createIndex('surface', 'surfaces', { multiEntry: true });
        db.createObjectStore('meta');
      }
      if (oldVersion < 2) db.createObjectStore('user', { keyPath: 'id' }).createIndex('surface', 'surfaces', { multiEntry: true });
      if (oldVersion < 3) db.createObjectStore('notes', { keyPath: 'id' });
      if (oldVersion < 4) {
        db.createObjectStore('settings');
        db.createObjectStore('sites', { keyPath: 'site' });
        for (const store of ['bundled', 'user'] as const) await addSearchIndexes(tx, store);
      }
      if (oldVersion < 5) db.createObjectStore('overrides', { keyPath: 'id' });
      if (oldVersion < 6) db.createObjectStore('packs', { keyPath: 'url' });
      if (oldVersion < 7) {
        db.createObjectStore('sync', { keyPath: 'key' });
        db.createObjectStore('conflicts', { autoIncrement: true });
      }
    },
  });
}

/** Version 4 indexes headword and pinyin: rewrite the stored records so they carry those keys. */
async function addSearchIndexes(tx: UpgradeTx, name: EntryStore): Promise<void> {
  const store = tx.objectStore(name);
  store.createIndex('headword', 'headword');
  store.createIndex('pinyin', 'pinyin', { multiEntry: true });
  for (let cursor = await store.openCursor(); cursor; cursor = await cursor.continue()) {
    await cursor.update(storedEntry(cursor.value.entry));
  }
}
