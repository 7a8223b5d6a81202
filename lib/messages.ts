/**
 * The one declaration of every message between extension contexts: content scripts and the
 * popup ask, the background answers. Requests are checked at runtime because a message can come
 * from any page's content script.
 */
import { z } from 'zod';
import { entrySchema, userEntryInputSchema, type Entry } from './glossary/schema';
import { userEntryFormSchema } from './glossary/user-entry';
import type { ErrorCode } from './errors';
import { LIMITS } from './limits';
import type { MatcherData } from './matcher/matcher';
import type { MatchField } from './search/rank';
import { settingsSchema, type PageState, type Settings } from './settings';
import type { UserData } from './transfer/format';
import type { PackInfo } from './transfer/pack-info';
import type { Conflict, SyncStatus } from './sync';
import type { ImportPlan } from './transfer/plan-import';

const id = z.string().min(1).max(200);

const userDataSchema = z.strictObject({
  entries: z.array(entrySchema).max(LIMITS.importEntries),
  notes: z.array(z.strictObject({ id, text: z.string().max(LIMITS.note) })).max(LIMITS.importEntries),
  overrides: z.array(z.strictObject({ id, english: z.string().max(LIMITS.english) })).max(LIMITS.importEntries),
});

export const requestSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('lookup'), id }),
  // The popup's "on this page" list: every entry found on a page, in one round trip.
  z.strictObject({ type: z.literal('lookupMany'), ids: z.array(id).max(LIMITS.pageTerms) }),
  z.strictObject({ type: z.literal('lookupTerm'), term: z.string().min(1).max(200) }),
  z.strictObject({
    type: z.literal('search'),
    query: z.string().max(200),
    limit: z.number().int().min(1).max(200).optional(),
  }),
  z.strictObject({ type: z.literal('matcher') }),
  z.strictObject({ type: z.literal('addUserEntry'), entry: userEntryInputSchema }),
  z.strictObject({ type: z.literal('getNote'), id }),
  z.strictObject({ type: z.literal('saveNote'), id, text: z.string().max(LIMITS.note) }),
  z.strictObject({ type: z.literal('openInPopup'), id }),
  z.strictObject({ type: z.literal('pageState'), url: z.string().max(LIMITS.url) }),
  z.strictObject({ type: z.literal('updateSettings'), change: settingsSchema.partial() }),
  z.strictObject({ type: z.literal('setSiteEnabled'), site: z.string().min(1).max(LIMITS.url), enabled: z.boolean() }),
  // A page's top frame says how many terms it underlined: the toolbar badge shows it.
  z.strictObject({ type: z.literal('reportTerms'), count: z.number().int().min(0) }),
  z.strictObject({ type: z.literal('status') }),
  z.strictObject({ type: z.literal('disabledSites') }),
  z.strictObject({ type: z.literal('exportData') }),
  z.strictObject({ type: z.literal('packs') }),
  z.strictObject({ type: z.literal('subscribePack'), url: z.string().url().max(LIMITS.url) }),
  z.strictObject({ type: z.literal('unsubscribePack'), url: z.string().max(LIMITS.url) }),
  z.strictObject({ type: z.literal('refreshPacks') }),
  z.strictObject({ type: z.literal('syncStatus') }),
  z.strictObject({ type: z.literal('syncConflicts') }),
  z.strictObject({ type: z.literal('resolveConflict'), id: z.number().int().min(0), restore: z.boolean() }),
  z.strictObject({ type: z.literal('planImport'), data: userDataSchema }),
  z.strictObject({ type: z.literal('applyImport'), data: userDataSchema }),
  z.strictObject({ type: z.literal('userEntries') }),
  z.strictObject({ type: z.literal('saveUserEntry'), id: id.optional(), form: userEntryFormSchema }),
  z.strictObject({ type: z.literal('deleteUserEntry'), id }),
  // Undo of a delete, and imports: entries as they were, in one transaction.
  z.strictObject({ type: z.literal('restoreUserEntries'), entries: z.array(entrySchema).max(LIMITS.importEntries) }),
  z.strictObject({ type: z.literal('setEnglish'), id, english: z.string().max(LIMITS.english) }),
]);

/** A request as a sender writes it (fields with defaults may be left out). */
export type Request = z.input<typeof requestSchema>;
/** A request as the background handles it, once checked and given its defaults. */
export type ParsedRequest = z.output<typeof requestSchema>;
export type RequestType = Request['type'];

export interface SearchResult {
  entry: Entry;
  /** Rank from lib/search (lower is better). */
  rank: number;
  /** Which part of the entry matched, so the popup can say why a result is there. */
  field: MatchField;
}

/** The database as the popup reports it: what is stored, and the last write that failed. */
export interface StorageStatus {
  bundleVersion: string | null;
  bundled: number;
  user: number;
  notes: number;
  lastError: { code: ErrorCode; message: string; at: number } | null;
  /** Bytes used and available to the extension, where the browser tells. */
  usage: number | null;
  quota: number | null;
}

/** What the background answers to each request type. */
export interface Responses {
  lookup: Entry | null;
  lookupMany: Entry[];
  lookupTerm: Entry | null;
  search: SearchResult[];
  matcher: MatcherData;
  addUserEntry: Entry;
  getNote: string | null;
  saveNote: null;
  openInPopup: null;
  pageState: PageState;
  updateSettings: Settings;
  setSiteEnabled: null;
  reportTerms: null;
  status: StorageStatus;
  disabledSites: string[];
  exportData: UserData;
  packs: PackInfo[];
  subscribePack: PackInfo;
  unsubscribePack: null;
  refreshPacks: PackInfo[];
  syncStatus: SyncStatus | null;
  syncConflicts: { id: number; conflict: Conflict }[];
  resolveConflict: null;
  planImport: ImportPlan;
  applyImport: ImportPlan;
  userEntries: Entry[];
  saveUserEntry: Entry;
  deleteUserEntry: Entry | null;
  restoreUserEntries: null;
  setEnglish: null;
}

export type RequestOf<T extends RequestType> = Extract<Request, { type: T }>;
export type ParsedRequestOf<T extends RequestType> = Extract<ParsedRequest, { type: T }>;

/** The wire form of an answer: runtime messaging cannot carry a rejected promise. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string; code: ErrorCode; subject: string; entryId: string };

