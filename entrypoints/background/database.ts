/**
 * The dictionary database (IndexedDB via idb). Only the background and extension pages open it:
 * a content script would get the web page's own IndexedDB instead.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { foldTerm } from '@/lib/text/normalize';
import { surfaces, type Bundle, type Entry } from '@/lib/glossary/schema';

export const DB_NAME = 'tifa';
/** 1: bundled entries and metadata. 2: the user's own entries. 3: the user's notes on entries. */
export const DB_VERSION = 3;

export interface StoredEntry {
  id: string;
  /** Folded term and aliases, for lookup by any surface string. */
  surfaces: string[];
  entry: Entry;
}

export interface TifaSchema extends DBSchema {
  bundled: { key: string; value: StoredEntry; indexes: { surface: string } };
  user: { key: string; value: StoredEntry; indexes: { surface: string } };
  notes: { key: string; value: Note };
  meta: { key: string; value: string };
}

/** A personal note on an entry (bundled or the user's own), kept by entry id. */
export interface Note {
  id: string;
  text: string;
  updated: number;
}

type EntryStore = 'bundled' | 'user';

export type TifaDb = IDBPDatabase<TifaSchema>;

export function openTifaDb(name = DB_NAME): Promise<TifaDb> {
  return openDB<TifaSchema>(name, DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        const bundled = db.createObjectStore('bundled', { keyPath: 'id' });
        bundled.createIndex('surface', 'surfaces', { multiEntry: true });
        db.createObjectStore('meta');
      }
      if (oldVersion < 2) {
        const user = db.createObjectStore('user', { keyPath: 'id' });
        user.createIndex('surface', 'surfaces', { multiEntry: true });
      }
      if (oldVersion < 3) db.createObjectStore('notes', { keyPath: 'id' });
    },
  });
}

function toStored(entry: Entry): StoredEntry {
  return { id: entry.id, surfaces: [...new Set(surfaces(entry).map((s) => foldTerm(s)))], entry };
}

export async function bundleVersion(db: TifaDb): Promise<string | undefined> {
  return db.get('meta', 'bundleVersion');
}

/** Replaces the bundled entries in one transaction: a reader sees the old bundle or the new one. */
export async function replaceBundle(db: TifaDb, bundle: Bundle): Promise<void> {
  const tx = db.transaction(['bundled', 'meta'], 'readwrite');
  const bundled = tx.objectStore('bundled');
  await bundled.clear();
  for (const entry of bundle.entries) await bundled.put(toStored(entry));
  await tx.objectStore('meta').put(bundle.version, 'bundleVersion');
  await tx.done;
}

/** An entry by id: the user's own first, so that a user's edit of an entry wins. */
export async function getEntry(db: TifaDb, id: string, stores: EntryStore[] = ['user', 'bundled']): Promise<Entry | undefined> {
  for (const store of stores) {
    const stored = await db.get(store, id);
    if (stored) return stored.entry;
  }
  return undefined;
}

export async function getEntryBySurface(db: TifaDb, term: string, stores: EntryStore[] = ['user', 'bundled']): Promise<Entry | undefined> {
  for (const store of stores) {
    const stored = await db.getFromIndex(store, 'surface', foldTerm(term));
    if (stored) return stored.entry;
  }
  return undefined;
}

export async function allEntries(db: TifaDb, store: EntryStore): Promise<Entry[]> {
  return (await db.getAll(store)).map((s) => s.entry);
}

export async function putUserEntry(db: TifaDb, entry: Entry): Promise<void> {
  await db.put('user', toStored(entry));
}

export async function getNote(db: TifaDb, id: string): Promise<string | null> {
  return (await db.get('notes', id))?.text ?? null;
}

/** Saves a note; an empty one is deleted. */
export async function saveNote(db: TifaDb, id: string, text: string): Promise<void> {
  if (text.trim()) await db.put('notes', { id, text, updated: Date.now() });
  else await db.delete('notes', id);
}
