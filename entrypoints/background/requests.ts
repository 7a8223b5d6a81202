/**
 * Answers every request from content scripts and extension pages: one switch over the request
 * types that lib/messages.ts declares. Browser APIs come in as hooks, so this stays testable in
 * Node with fake-indexeddb.
 */
import type { ParsedRequest, ParsedRequestOf, RequestType, Responses } from '@/lib/messages';
import type { GlossaryService } from './glossary-service';
import { UserGlossary } from './user-glossary';
import { Packs } from './packs';
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
  readonly packs: Packs;

  constructor(
    private readonly db: Promise<TifaDb>,
    private readonly glossary: GlossaryService,
    private readonly health: StorageHealth,
    private readonly hooks: BrowserHooks,
    fetcher?: typeof fetch,
  ) {
    const changed = async () => {
      glossary.invalidate();
      await hooks.glossaryChanged();
    };
    this.user = new UserGlossary(db, glossary, changed);
    this.packs = new Packs(db, changed, fetcher);
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
        return this.health.write(() => this.user.add(request.entry));
      case 'getNote':
        return getNote(await this.db, request.id);
      case 'saveNote':
        await this.health.write(async () => saveNote(await this.db, request.id, request.text));
        return null;
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
        return this.health.write(() => this.user.applyImport(request.data));
      case 'userEntries':
        return this.user.list();
      case 'saveUserEntry':
        return this.health.write(() => this.user.save(request.form, request.id));
      case 'deleteUserEntry':
        return this.health.write(() => this.user.delete(request.id));
      case 'restoreUserEntries':
        await this.health.write(() => this.user.restore(request.entries));
        return null;
      case 'setEnglish':
        await this.health.write(() => this.user.setEnglish(request.id, request.english));
        return null;
    }
  }
}
