/**
 * Answers every request from content scripts and the popup. The shipped bundle is the source of
 * the bundled entries; IndexedDB holds them between service-worker restarts. While the database
 * is being filled (first install, update) answers come from the bundle in memory, so the first
 * page after an install is annotated too.
 */
import type { Bundle, Entry, UserEntryInput } from '@/lib/glossary/schema';
import { matcherKeys } from '@/lib/glossary/bundle';
import { buildMatcherData, type MatcherData } from '@/lib/matcher/matcher';
import { SearchIndex } from '@/lib/search/search';
import type { Request, RequestOf, RequestType, Responses } from '@/lib/messages';
import { allEntries, bundleVersion, getEntry, getEntryBySurface, getNote, putUserEntry, replaceBundle, saveNote, type TifaDb } from './database';
import { foldTerm } from '@/lib/text/normalize';

interface Derived {
  version: string;
  byId: Map<string, Entry>;
  search: SearchIndex;
  matcher: MatcherData;
}

export class GlossaryService {
  private installing: Promise<void> | undefined;
  private derived: Promise<Derived> | undefined;

  constructor(
    private readonly db: Promise<TifaDb>,
    private readonly bundle: () => Promise<Bundle>,
    /** Shows an entry in the toolbar popup (a browser API: the service stays testable without one). */
    private readonly openInPopup: (id: string) => Promise<void> = async () => undefined,
  ) {}

  /** Loads the shipped bundle into the database unless that version is already there. */
  install(): Promise<void> {
    this.installing ??= (async () => {
      const [db, bundle] = await Promise.all([this.db, this.bundle()]);
      if ((await bundleVersion(db)) !== bundle.version) await replaceBundle(db, bundle);
    })();
    return this.installing;
  }

  private async ready(): Promise<boolean> {
    const [db, bundle] = await Promise.all([this.db, this.bundle()]);
    return (await bundleVersion(db)) === bundle.version;
  }

  /** Search index and matcher, built once per glossary version and again after the user's edits. */
  private derive(): Promise<Derived> {
    this.derived ??= (async () => {
      const bundle = await this.bundle();
      const db = await this.db;
      const bundled = (await this.ready()) ? await allEntries(db, 'bundled') : bundle.entries;
      const own = await allEntries(db, 'user');
      const entries = [...own, ...bundled];
      const version = own.length ? `${bundle.version}+${own.length}-${Date.now().toString(36)}` : bundle.version;
      return {
        version,
        byId: new Map(entries.map((e) => [e.id, e])),
        search: new SearchIndex(entries),
        matcher: buildMatcherData(matcherKeys(entries), version),
      };
    })();
    return this.derived;
  }

  async handle<T extends RequestType>(request: RequestOf<T>): Promise<Responses[T]>;
  async handle(request: Request): Promise<Responses[RequestType]> {
    switch (request.type) {
      case 'lookup':
        return (await this.ready()) ? ((await getEntry(await this.db, request.id)) ?? null) : ((await this.derive()).byId.get(request.id) ?? null);
      case 'lookupTerm':
        return this.lookupTerm(request.term);
      case 'search': {
        const { search, byId } = await this.derive();
        return search.search(request.query, request.limit).map((hit) => ({ entry: byId.get(hit.id)!, rank: hit.rank, field: hit.field }));
      }
      case 'matcher':
        return (await this.derive()).matcher;
      case 'addUserEntry':
        return this.addUserEntry(request.entry);
      case 'getNote':
        return getNote(await this.db, request.id);
      case 'saveNote':
        await saveNote(await this.db, request.id, request.text);
        return null;
      case 'openInPopup':
        await this.openInPopup(request.id);
        return null;
    }
  }

  private async lookupTerm(term: string): Promise<Entry | null> {
    if (await this.ready()) return (await getEntryBySurface(await this.db, term)) ?? null;
    const own = await getEntryBySurface(await this.db, term, ['user']);
    const key = foldTerm(term);
    return own ?? (await this.bundle()).entries.find((e) => [e.term, ...e.aliases].some((s) => foldTerm(s) === key)) ?? null;
  }

  /** Stores an entry the user wrote; a term the glossary already has is refused with a clear error. */
  private async addUserEntry(input: UserEntryInput): Promise<Entry> {
    const existing = await this.lookupTerm(input.term);
    if (existing) throw new Error(`“${input.term}” is already in the glossary (${existing.term}).`);
    const chinese = /[\u3400-\u9fff]/.test(input.definition);
    const entry: Entry = {
      id: `user-${crypto.randomUUID()}`,
      term: input.term,
      aliases: [],
      pinyin: '',
      english: input.english ?? '',
      definition: { zh: chinese ? input.definition : '', en: chinese ? '' : input.definition },
      category: 'slogan',
      level: 'other',
      region: '',
      related: [],
      examples: [],
      owner: 'user',
    };
    await putUserEntry(await this.db, entry);
    this.derived = undefined;
    return entry;
  }
}
