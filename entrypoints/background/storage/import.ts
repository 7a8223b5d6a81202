/** An import's writes: entries, notes and English overrides in one transaction, all or nothing. */
import type { Entry } from '@/lib/glossary/schema';
import type { TifaDb } from './database';
import { storedEntry } from './stored-entry';
import { allOrNothing } from './transaction';

export async function importUserData(
  db: TifaDb,
  entries: readonly Entry[],
  notes: readonly { id: string; text: string }[],
  overrides: readonly { id: string; english: string }[],
): Promise<void> {
  const tx = db.transaction(['user', 'notes', 'overrides'], 'readwrite');
  const now = Date.now();
  await allOrNothing(tx, (add) => {
    for (const entry of entries) add(tx.objectStore('user').put(storedEntry({ ...entry, owner: 'user' })));
    for (const note of notes) add(tx.objectStore('notes').put({ ...note, updated: now }));
    for (const override of overrides) add(tx.objectStore('overrides').put({ ...override, updated: now }));
  });
}
