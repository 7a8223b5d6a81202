/**
 * Answers every request from content scripts and extension pages: one switch over the request
 * types that lib/messages.ts declares. Browser APIs come in as hooks, so this stays testable in
 * Node with fake-indexeddb.
 */
import type { ParsedRequest, ParsedRequestOf, RequestType, Responses } from '@/lib/messages';
import type { GlossaryService } from './glossary-service';
import { UserGlossary } from './user-glossary';
import { Packs } from './packs';
import type { SyncPort } from './sync/bridge';
import { recordKey } from './sync/records';
import type { StorageHealth } from './storage-health';
import type { TifaDb } from './storage/database';
import { getNote, saveNote } from './storage/notes';
import { disabledSites, pageState, setSiteEnabled, updateSettings } from './storage/settings';

export interface BrowserHooks {
  /** Shows an entry in the toolbar popup. */
  openInPopup: (id: string) => Promise<void>;
  /** Tells open pages that settings changed (they ask for their state again). */
  settingsChanged: () => Promise<void>;
  /** Tells open pages that the user's glossary changed (they fetch a new matcher). */
  glossaryChanged: () => Promise<void>;
  /** Shows a page's term count on the toolbar icon. */
  setBadge: (tabId: number, count: number) => Promise<void>;
}

/** Where a request came from: a tab's frame, or an extension page (no tab). */
export interface Sender {
  tabId?: number;
  frameId?: number;
}

export class RequestHandler {
  private readonly user: UserGlossary;
  private readonly changed: () => Promise<void>;
  readonly packs: Packs;

  constructor(
    private readonly db: Promise<TifaDb>,
    private readonly glossary: GlossaryService,
    private readonly health: StorageHealth,
    private readonly hooks: BrowserHooks,
    private readonly sync: SyncPort,
    fetcher?: typeof fetch,
  ) {
    this.changed = async () => {
      glossary.invalidate();
      await hooks.glossaryChanged();
    };
    this.user = new UserGlossary(db, glossary, this.changed);
    this.packs = new Packs(db, this.changed, fetcher);
  }

  /**
   * Hands the keys a write touched to sync, then answers. The write is done and kept whatever sync
   * says: a failure there shows in the sync status, not as a lost edit.
   */
  private async recorded<T>(value: T, keys: (value: T) => string[]): Promise<T> {
    await this.sync.record(keys(value)).catch((error: unknown) => console.error('Tifa: sync could not record a change', error));
    return value;
  }

  async handle<T extends RequestType>(request: ParsedRequestOf<T>, sender?: Sender): Promise<Responses[T]>;
  async handle(request: ParsedRequest, sender: Sender = {}): Promise<Responses[RequestType]> {
    switch (request.type) {
      case 'lookup':
        return this.glossary.lookup(request.id);
      case 'lookupMany':
        return this.glossary.lookupMany(request.ids);
      case 'lookupTerm':
        return this.glossary.lookupTerm(request.term);
      case 'search':
        return this.glossary.search(request.query, request.limit);
      case 'matcher':
        return this.glossary.matcher();
      case 'addUserEntry':
        return this.recorded(await this.health.write(() => this.user.add(request.entry)), (e) => [recordKey('entry', e.id)]);
      case 'getNote':
        return getNote(await this.db, request.id);
      case 'saveNote':
        await this.health.write(async () => saveNote(await this.db, request.id, request.text));
        return this.recorded(null, () => [recordKey('note', request.id)]);
      case 'openInPopup':
        await this.hooks.openInPopup(request.id);
        return null;
      case 'pageState':
        return pageState(await this.db, request.url);
      case 'updateSettings': {
        const settings = await this.health.write(async () => updateSettings(await this.db, request.change));
        await this.hooks.settingsChanged();
        return settings;
      }
      case 'setSiteEnabled':
        await this.health.write(async () => setSiteEnabled(await this.db, request.site, request.enabled));
        await this.hooks.settingsChanged();
        return null;
      case 'reportTerms':
        // Only a tab's top frame speaks for the page; iframes count their own text only.
        if (sender.tabId !== undefined && sender.frameId === 0) await this.hooks.setBadge(sender.tabId, request.count);
        return null;
      case 'status':
        return this.health.status();
      case 'disabledSites':
        return disabledSites(await this.db);
      case 'packs':
        return this.packs.list();
      case 'subscribePack':
        return this.health.write(() => this.packs.subscribe(request.url));
      case 'unsubscribePack':
        await this.packs.unsubscribe(request.url);
        return null;
      case 'refreshPacks':
        return this.packs.refresh();
      case 'exportData':
        return this.user.exportData();
      case 'planImport':
        return this.user.planImport(request.data);
      case 'applyImport':
        return this.recorded(await this.health.write(() => this.user.applyImport(request.data)), (plan) => [
          ...[...plan.added, ...plan.changed.map((c) => c.after)].map((e) => recordKey('entry', e.id)),
          ...plan.notes.map((n) => recordKey('note', n.id)),
          ...plan.overrides.map((o) => recordKey('override', o.id)),
        ]);
      case 'userEntries':
        return this.user.list();
      case 'saveUserEntry':
        return this.recorded(await this.health.write(() => this.user.save(request.form, request.id)), (e) => [recordKey('entry', e.id)]);
      case 'deleteUserEntry':
        return this.recorded(await this.health.write(() => this.user.delete(request.id)), () => [recordKey('entry', request.id)]);
      case 'restoreUserEntries':
        await this.health.write(() => this.user.restore(request.entries));
        return this.recorded(null, () => request.entries.map((e) => recordKey('entry', e.id)));
      case 'setEnglish':
        await this.health.write(() => this.user.setEnglish(request.id, request.english));
        return this.recorded(null, () => [recordKey('override', request.id)]);
      case 'syncStatus':
        return this.sync.status();
      case 'syncConflicts':
        return this.sync.conflicts();
      case 'resolveConflict':
        await this.sync.resolve(request.id, request.restore);
        await this.changed();
        return null;
    }
  }
}
