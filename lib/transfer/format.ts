/**
 * The file format of an exported glossary (README: "Export format"). Version 1:
 * { format: "tifa-glossary", version: 1, exported: ISO date, entries: [...], notes: [...], overrides: [...] }.
 * Entries carry the user-entry fields and their id; notes and overrides are keyed by entry id.
 */
import { z } from 'zod';
import type { Entry } from '../glossary/schema';
import { formOf } from '../glossary/user-entry';
import { LIMITS } from '../limits';

export const EXPORT_FORMAT = 'tifa-glossary';
export const EXPORT_VERSION = 1;

/** Ids a file may carry: the extension's own `user-…` ids or any short plain word. */
export const importIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,120}$/, 'bad-id');

export const exportFileSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exported: z.string().max(40).optional(),
  /** A shared pack's name, shown on its entries' cards. */
  title: z.string().trim().max(200).optional(),
  // Checked one by one, so that each problem names its entry.
  entries: z.array(z.unknown()).max(LIMITS.importEntries),
  notes: z.array(z.strictObject({ id: importIdSchema, text: z.string().max(LIMITS.note) })).max(LIMITS.importEntries).default([]),
  overrides: z.array(z.strictObject({ id: importIdSchema, english: z.string().max(LIMITS.english) })).max(LIMITS.importEntries).default([]),
});

export interface UserData {
  entries: Entry[];
  notes: { id: string; text: string }[];
  overrides: { id: string; english: string }[];
}

export function exportJson(data: UserData, now: Date): string {
  const file = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exported: now.toISOString(),
    entries: data.entries.map((entry) => ({ id: entry.id, ...formOf(entry) })),
    notes: data.notes,
    overrides: data.overrides,
  };
  return JSON.stringify(file, null, 2);
}
