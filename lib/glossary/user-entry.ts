/**
 * The user's own entries as the options page edits them: the same fields as bundled entries, of
 * which only the term and one definition are required. Checked again in the background, since
 * imports and other extension pages send them too.
 */
import { z } from 'zod';
import { LIMITS } from '../limits';
import { itemsSchema, originSchema, type Entry } from './schema';
import { CATEGORIES, LEVELS } from './vocabulary';

const line = (max: number) => z.string().trim().max(max);

export const userEntryFormSchema = z
  .strictObject({
    term: line(LIMITS.term).min(1, 'empty-term'),
    aliases: z.array(line(LIMITS.term).min(1)).max(LIMITS.aliases).default([]),
    pinyin: line(LIMITS.pinyin).default(''),
    english: line(LIMITS.english).default(''),
    definition: z.strictObject({ zh: line(LIMITS.definition).default(''), en: line(LIMITS.definition).default('') }),
    category: z.enum(CATEGORIES).default('slogan'),
    level: z.enum(LEVELS).default('other'),
    region: line(LIMITS.english).default(''),
    origin: originSchema.optional(),
    items: itemsSchema.optional(),
  })
  .refine((form) => form.definition.zh !== '' || form.definition.en !== '', { message: 'empty-definition', path: ['definition'] });

export type UserEntryForm = z.input<typeof userEntryFormSchema>;
export type UserEntryFields = z.output<typeof userEntryFormSchema>;

export function newUserEntryId(): string {
  return `user-${crypto.randomUUID()}`;
}

/** A checked form as a stored entry under `id`. */
export function toUserEntry(id: string, fields: UserEntryFields): Entry {
  return { id, ...fields, related: [], examples: [], owner: 'user' };
}

/** The editable fields of an entry (to fill the form when editing). */
export function formOf(entry: Entry): UserEntryFields {
  const { term, aliases, pinyin, english, definition, category, level, region, origin, items } = entry;
  return { term, aliases, pinyin, english, definition, category, level, region, origin, items };
}
