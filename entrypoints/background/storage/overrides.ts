/** The user's English renderings of bundled entries, applied whenever an entry leaves the background. */
import type { Entry } from '@/lib/glossary/schema';
import type { Override, TifaDb } from './database';

export async function allOverrides(db: TifaDb): Promise<Map<string, string>> {
  return new Map((await db.getAll('overrides')).map((o: Override) => [o.id, o.english]));
}

/** Saves an override; an empty one is deleted (the bundle's rendering shows again). */
export async function setOverride(db: TifaDb, id: string, english: string): Promise<void> {
  if (english.trim()) await db.put('overrides', { id, english: english.trim(), updated: Date.now() });
  else await db.delete('overrides', id);
}

export function withOverride(entry: Entry, english: string | undefined): Entry {
  if (english === undefined || entry.owner === 'user') return entry;
  return { ...entry, english, englishOriginal: entry.english };
}
