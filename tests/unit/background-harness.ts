/** The background's request handling over fake-indexeddb, with browser hooks that record calls. */
import 'fake-indexeddb/auto';
import { GlossaryService } from '@/entrypoints/background/glossary-service';
import { RequestHandler, type Sender } from '@/entrypoints/background/requests';
import { StorageHealth } from '@/entrypoints/background/storage-health';
import { openTifaDb, type TifaDb } from '@/entrypoints/background/storage/database';
import type { Bundle, Entry } from '@/lib/glossary/schema';
import type { RequestOf, RequestType, Responses } from '@/lib/messages';

export function entry(id: string, term: string, aliases: string[] = [], pinyin = 'pin yin'): Entry {
  return {
    id,
    term,
    aliases,
    pinyin,
    english: `${id} in English`,
    definition: { zh: '释义。', en: 'Definition.' },
    category: 'campaign',
    level: 'yongkang',
    region: '浙江省金华市永康市',
    related: [],
    examples: [],
  };
}

export function bundle(version: string, entries: Entry[]): Bundle {
  return { format: 1, version, entries };
}

let dbCount = 0;
export function freshDbName(): string {
  return `test-${++dbCount}`;
}

export function background(currentBundle: () => Bundle, db: Promise<TifaDb> = openTifaDb(freshDbName())) {
  const calls = { badges: [] as [number, number][], settingsChanged: 0, glossaryChanged: 0, opened: [] as string[] };
  const glossary = new GlossaryService(db, async () => currentBundle());
  const handler = new RequestHandler(db, glossary, new StorageHealth(db), {
    openInPopup: async (id) => void calls.opened.push(id),
    settingsChanged: async () => void calls.settingsChanged++,
    glossaryChanged: async () => void calls.glossaryChanged++,
    setBadge: async (tabId, count) => void calls.badges.push([tabId, count]),
  });
  return {
    db,
    calls,
    install: () => glossary.install(),
    handle: <T extends RequestType>(request: RequestOf<T>, sender?: Sender): Promise<Responses[T]> => handler.handle(request, sender),
  };
}
