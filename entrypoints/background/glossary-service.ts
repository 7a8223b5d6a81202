/**
 * The glossary as the background serves it. The shipped bundle is the source of the bundled
 * entries; IndexedDB holds them between service-worker restarts. While the database is being
 * filled (first install, update) answers come from the bundle in memory, so the first page after
 * an install is annotated too.
 */
import type { Bundle, Entry } from '@/lib/glossary/schema';
import { matcherKeys } from '@/lib/glossary/bundle';
import { buildMatcherData, type MatcherData } from '@/lib/matcher/matcher';
import { SearchIndex } from '@/lib/search/search';
import type { SearchResult } from '@/lib/messages';
import { foldTerm } from '@/lib/text/normalize';
import type { TifaDb } from './storage/database';
import { allEntries, bundleVersion, getEntryBySurface, replaceBundle } from './storage/entries';
import { allOverrides, withOverride } from './storage/overrides';

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
  ) {}

  /** Loads the shipped bundle into the database unless that version is already there. */
  install(): Promise<void> {
    this.installing ??= (async () => {
      const [db, bundle] = await Promise.all([this.db, this.bundle()]);
      if ((await bundleVersion(db)) !== bundle.version) await replaceBundle(db, bundle);
    })();
    // A failed install (a full disk, say) is tried again on the next request, not remembered.
    this.installing.catch(() => (this.installing = undefined));
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
      const [own, overrides, packs] = await Promise.all([allEntries(db, 'user'), allOverrides(db), db.getAll('packs')]);
      // Layers in the order they win: the user's entries, shared packs, the bundle.
      const shared = packs.flatMap((pack) => pack.entries);
      const entries = [...own, ...shared, ...bundled.map((entry) => withOverride(entry, overrides.get(entry.id)))];
      const version = own.length + shared.length ? `${bundle.version}+${own.length}.${shared.length}-${Date.now().toString(36)}` : bundle.version;
      return {
        version,
        byId: new Map(entries.map((e) => [e.id, e])),
        search: new SearchIndex(entries),
        matcher: buildMatcherData(matcherKeys(entries), version),
      };
    })();
    this.derived.catch(() => (this.derived = undefined));
    return this.derived;
  }

  /** An entry by id from every layer (the user's, packs, bundle with overrides), as pages see it. */
  async lookup(id: string): Promise<Entry | null> {
    return (await this.derive()).byId.get(id) ?? null;
  }

  async lookupMany(ids: readonly string[]): Promise<Entry[]> {
    const { byId } = await this.derive();
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  async lookupTerm(term: string): Promise<Entry | null> {
    if (await this.ready()) return (await getEntryBySurface(await this.db, term)) ?? null;
    const own = await getEntryBySurface(await this.db, term, ['user']);
    const key = foldTerm(term);
    return own ?? (await this.bundle()).entries.find((e) => [e.term, ...e.aliases].some((s) => foldTerm(s) === key)) ?? null;
  }

  async search(query: string, limit?: number): Promise<SearchResult[]> {
    const { search, byId } = await this.derive();
    return search.search(query, limit).map((hit) => ({ entry: byId.get(hit.id)!, rank: hit.rank, field: hit.field }));
  }

  async matcher(): Promise<MatcherData> {
    return (await this.derive()).matcher;
  }

  /** Every folded term and alias of the glossary as it is now, the user's entries first. */
  async surfaceIndex(): Promise<Map<string, Entry>> {
    const { byId } = await this.derive();
    const index = new Map<string, Entry>();
    for (const entry of byId.values()) {
      for (const surface of [entry.term, ...entry.aliases]) {
        const key = foldTerm(surface);
        if (!index.has(key)) index.set(key, entry);
      }
    }
    return index;
  }

  /** The user changed their glossary: search index and matcher are built again on next use. */
  invalidate(): void {
    this.derived = undefined;
  }
}
