/**
 * The one declaration of every message between extension contexts: content scripts and the
 * popup ask, the background answers. Requests are checked at runtime because a message can come
 * from any page's content script.
 */
import { z } from 'zod';
import { userEntryInputSchema, type Entry } from './glossary/schema';
import { LIMITS } from './limits';
import type { MatcherData } from './matcher/matcher';
import type { MatchField } from './search/rank';

export const requestSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('lookup'), id: z.string().min(1).max(200) }),
  z.strictObject({ type: z.literal('lookupTerm'), term: z.string().min(1).max(200) }),
  z.strictObject({
    type: z.literal('search'),
    query: z.string().max(200),
    limit: z.number().int().min(1).max(200).optional(),
  }),
  z.strictObject({ type: z.literal('matcher') }),
  z.strictObject({ type: z.literal('addUserEntry'), entry: userEntryInputSchema }),
  z.strictObject({ type: z.literal('getNote'), id: z.string().min(1).max(200) }),
  z.strictObject({ type: z.literal('saveNote'), id: z.string().min(1).max(200), text: z.string().max(LIMITS.note) }),
  z.strictObject({ type: z.literal('openInPopup'), id: z.string().min(1).max(200) }),
]);

export type Request = z.infer<typeof requestSchema>;
export type RequestType = Request['type'];

export interface SearchResult {
  entry: Entry;
  /** Rank from lib/search (lower is better). */
  rank: number;
  /** Which part of the entry matched, so the popup can say why a result is there. */
  field: MatchField;
}

/** What the background answers to each request type. */
export interface Responses {
  lookup: Entry | null;
  lookupTerm: Entry | null;
  search: SearchResult[];
  matcher: MatcherData;
  addUserEntry: Entry;
  getNote: string | null;
  saveNote: null;
  openInPopup: null;
}

export type RequestOf<T extends RequestType> = Extract<Request, { type: T }>;

/** The wire form of an answer: runtime messaging cannot carry a rejected promise. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

