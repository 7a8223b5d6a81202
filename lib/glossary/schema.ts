import { z } from 'zod';
import { LIMITS } from '../limits';

import { CATEGORIES, LEVELS } from './vocabulary';

export { CATEGORIES, LEVELS, type Category, type Level } from './vocabulary';

const text = z.string().trim().min(1);

const bilingual = z.strictObject({ zh: text, en: text });

/** Where an example sentence sits in the corpus: file name under seeds/corpus and UTF-16 offset. */
export const exampleSchema = z.strictObject({
  file: text,
  offset: z.number().int().nonnegative(),
  text,
});

export const originSchema = z.strictObject({
  year: z.number().int().min(1921).max(2100).optional(),
  by: text.optional(),
  occasion: text.optional(),
});

/**
 * The items a numbered formula stands for. `documented: false` means the corpus shows the
 * formula but its content is not publicly documented; the card says so instead of guessing.
 */
export const itemsSchema = z.strictObject({
  documented: z.boolean(),
  list: z.array(text).default([]),
  note: bilingual.optional(),
});

/** An entry as people write it in seeds/glossary/*.yaml. */
export const sourceEntrySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lowercase ASCII words joined by hyphens'),
  term: text,
  aliases: z.array(text).default([]),
  pinyin: text.optional(),
  english: text,
  definition: bilingual,
  category: z.enum(CATEGORIES),
  level: z.enum(LEVELS),
  region: text,
  origin: originSchema.optional(),
  items: itemsSchema.optional(),
  related: z.array(text).default([]),
  examples: z.array(exampleSchema).optional(),
});

export type SourceEntry = z.infer<typeof sourceEntrySchema>;

const optionalText = z.string().trim().max(LIMITS.definition);

/**
 * An entry as the extension holds it: a bundled one (pinyin resolved, examples filled from the
 * corpus) or one the user wrote (`owner: 'user'`), where only the term and one definition are
 * required and other text fields may be empty.
 */
export const entrySchema = sourceEntrySchema.extend({
  pinyin: z.string().trim(),
  english: optionalText,
  region: optionalText,
  definition: z.strictObject({ zh: optionalText, en: optionalText }),
  examples: z.array(exampleSchema),
  related: z.array(z.strictObject({ id: text, term: text })),
  owner: z.literal('user').optional(),
  /** The title of the shared glossary pack the entry comes from, for entries from a pack. */
  pack: z.string().max(200).optional(),
  /** Set when the user overrode the English rendering of a bundled entry: the bundle's own. */
  englishOriginal: z.string().optional(),
});

/** What a user writes to add an entry of their own. */
export const userEntryInputSchema = z.strictObject({
  term: text.max(LIMITS.term),
  definition: text.max(LIMITS.definition),
  english: z.string().trim().max(LIMITS.english).optional(),
});

export type UserEntryInput = z.infer<typeof userEntryInputSchema>;

export type Entry = z.infer<typeof entrySchema>;
export type Example = z.infer<typeof exampleSchema>;

export const BUNDLE_FORMAT = 1;

export const bundleSchema = z.strictObject({
  format: z.literal(BUNDLE_FORMAT),
  version: z.string().regex(/^[0-9a-f]{16}$/),
  entries: z.array(entrySchema),
});

export type Bundle = z.infer<typeof bundleSchema>;

/** Every surface string of an entry that the matcher should find. */
export function surfaces(entry: Pick<Entry, 'term' | 'aliases'>): string[] {
  return [entry.term, ...entry.aliases];
}
