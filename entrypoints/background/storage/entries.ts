/** Bundled and user entries in the database. */
import type { Bundle, Entry } from '@/lib/glossary/schema';
import { foldTerm } from '@/lib/text/normalize';
import type { EntryStore, TifaDb } from './database';
import { storedEntry } from './stored-entry';
import { allOrNothing } from './transaction';

export async function bundleVersion(db: TifaDb): Promise<string | undefined> {
  return db.get('meta', 'bundleVersion');
}

/**
 * Replaces the bundled entries in one transaction: a reader sees the old bundle or the new one,
 * and the user's entries and notes (other stores) are not part of it.
 */
export async function replaceBundle(db: TifaDb, bundle: Bundle): Promise<void> {
  const tx = db.transaction(['bundled', 'meta'], 'readwrite');
  await allOrNothing(tx, (add) => {
    add(tx.objectStore('bundled').clear());
    for (const entry of bundle.entries) add(tx.objectStore('bundled').put(storedEntry(entry)));
    add(tx.objectStore('meta').put(bundle.version, 'bundleVersion'));
  });
}

/** An entry by any of its terms: the user's own first, so that a user's entry wins. */
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
  await db.put('user', storedEntry(entry));
}

export async function deleteUserEntry(db: TifaDb, id: string): Promise<Entry | undefined> {
  const tx = db.transaction('user', 'readwrite');
  const stored = await tx.store.get(id);
  if (stored) await tx.store.delete(id);
  await tx.done;
  return stored?.entry;
}

/** Stores many entries in one transaction: all of them, or (on any failure) none. */
export async function putUserEntries(db: TifaDb, entries: readonly Entry[]): Promise<void> {
  const tx = db.transaction('user', 'readwrite');
  await allOrNothing(tx, (add) => {
    for (const entry of entries) add(tx.store.put(storedEntry(entry)));
  });
}
