/** The background's request handling over fake-indexeddb, with browser hooks that record calls. */
import 'fake-indexeddb/auto';
import { badRequest } from '@/entrypoints/background/bad-request';
import { GlossaryService } from '@/entrypoints/background/glossary-service';
import { RequestHandler, type Sender } from '@/entrypoints/background/requests';
import { StorageHealth } from '@/entrypoints/background/storage-health';
import { SyncBridge } from '@/entrypoints/background/sync/bridge';
import { FakeSyncArea } from '@/lib/sync/testing/fake-area';
import { FakeClock } from '@/lib/sync/testing/fake-clock';
import { openTifaDb, type TifaDb } from '@/entrypoints/background/storage/database';
import type { Bundle, Entry } from '@/lib/glossary/schema';
import { requestSchema, type ParsedRequestOf, type RequestOf, type RequestType, type Responses } from '@/lib/messages';

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

/** storage.sync shared by the simulated devices of one test, on a clock that moves when told. */
export function syncWorld() {
  const clock = new FakeClock();
  return { clock, area: new FakeSyncArea(clock) };
}

export function background(
  currentBundle: () => Bundle,
  db: Promise<TifaDb> = openTifaDb(freshDbName()),
  world: ReturnType<typeof syncWorld> = syncWorld(),
  fetcher?: typeof fetch,
) {
  const calls = { badges: [] as [number, number][], settingsChanged: 0, glossaryChanged: 0, applied: 0, opened: [] as string[] };
  const glossary = new GlossaryService(db, async () => currentBundle());
  const area = world.area.connect(freshDbName());
  const sync = new SyncBridge(db, area, () => {
    glossary.invalidate();
    calls.applied++;
  }, world.clock);
  const handler = new RequestHandler(
    db,
    glossary,
    new StorageHealth(db),
    {
      openInPopup: async (id) => void calls.opened.push(id),
      settingsChanged: async () => void calls.settingsChanged++,
      glossaryChanged: async () => void calls.glossaryChanged++,
      setBadge: async (tabId, count) => void calls.badges.push([tabId, count]),
    },
    sync,
    fetcher,
  );
  return {
    db,
    calls,
    area,
    sync,
    install: () => glossary.install(),
    // Checked as the background's message listener checks it: defaults filled, bad input refused.
    handle: async <T extends RequestType>(request: RequestOf<T>, sender?: Sender): Promise<Responses[T]> => {
      const parsed = requestSchema.safeParse(request);
      if (!parsed.success) throw badRequest(parsed.error);
      return handler.handle(parsed.data as ParsedRequestOf<T>, sender);
    },
  };
}
