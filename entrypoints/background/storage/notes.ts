/** The user's notes on entries, kept by entry id. */
import type { TifaDb } from './database';

export async function getNote(db: TifaDb, id: string): Promise<string | null> {
  return (await db.get('notes', id))?.text ?? null;
}

/** Saves a note; an empty one is deleted. */
export async function saveNote(db: TifaDb, id: string, text: string): Promise<void> {
  if (text.trim()) await db.put('notes', { id, text, updated: Date.now() });
  else await db.delete('notes', id);
}
