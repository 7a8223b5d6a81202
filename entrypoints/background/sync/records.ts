/**
 * The user's data as sync records: one key per entry, note and English override. The value is
 * what another device needs to rebuild the record; null is a deletion.
 */
import { entrySchema, type Entry } from '@/lib/glossary/schema';
import type { JsonValue } from '@/lib/sync';
import type { Note, Override, StoredEntry } from '../storage/database';

export type RecordKind = 'entry' | 'note' | 'override';

export const recordKey = (kind: RecordKind, id: string): string => `${kind}:${id}`;

export function parseKey(key: string): { kind: RecordKind; id: string } | null {
  const match = /^(entry|note|override):(.+)$/.exec(key);
  return match ? { kind: match[1] as RecordKind, id: match[2]! } : null;
}

export const entryValue = (stored: StoredEntry | undefined): JsonValue | null => (stored ? (stored.entry as unknown as JsonValue) : null);
export const noteValue = (note: Note | undefined): JsonValue | null => (note ? { text: note.text } : null);
export const overrideValue = (override: Override | undefined): JsonValue | null => (override ? { english: override.english } : null);

/** A value from another device, checked before it becomes the user's data here. */
export function readEntry(value: JsonValue): Entry | null {
  const parsed = entrySchema.safeParse(value);
  return parsed.success && parsed.data.owner === 'user' ? parsed.data : null;
}

export function readText(value: JsonValue, field: 'text' | 'english'): string | null {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const text = (value as Record<string, JsonValue>)[field];
  return typeof text === 'string' ? text : null;
}
