/**
 * Shared glossary packs: a team publishes an export file at a URL, readers subscribe. A pack is
 * refreshed as a whole, like the bundle, without a preview; its entries sit between the user's own
 * (which win) and the bundled ones. A failed refresh keeps the entries the pack had.
 */
import { TifaError } from '@/lib/errors';
import type { Entry } from '@/lib/glossary/schema';
import { MAX_IMPORT_BYTES, parseImport } from '@/lib/transfer/parse-import';
import type { PackInfo } from '@/lib/transfer/pack-info';
import type { Pack, TifaDb } from './storage/database';

export function packInfo(pack: Pack): PackInfo {
  return { url: pack.url, title: pack.title, count: pack.entries.length, fetched: pack.fetched, error: pack.error };
}

/** A short stable tag for a URL, so that two packs' entry ids never collide. */
function tagOf(url: string): string {
  let hash = 2166136261;
  for (let i = 0; i < url.length; i++) hash = Math.imul(hash ^ url.charCodeAt(i), 16777619);
  return (hash >>> 0).toString(36);
}

/** Fetches and checks a pack: the same rules as an import file, problems joined in one message. */
export async function fetchPack(url: string, fetcher: typeof fetch = fetch): Promise<Pack> {
  const parsedUrl = new URL(url);
  if (parsedUrl.protocol !== 'https:' && parsedUrl.protocol !== 'http:') throw new TifaError('invalid', 'a pack URL starts with https:// or http://', 'url');
  const response = await fetcher(url, { cache: 'no-cache', credentials: 'omit' });
  if (!response.ok) throw new TifaError('invalid', `${url}: HTTP ${response.status}`, 'url');
  // A server that says the file is huge is not read at all.
  if (Number(response.headers.get('content-length') ?? 0) > MAX_IMPORT_BYTES) throw new TifaError('invalid', `${url}: larger than ${MAX_IMPORT_BYTES / 1048576} MB`, 'url');
  const text = await response.text();
  const parsed = parseImport('pack.json', text, new TextEncoder().encode(text).length);
  if (!parsed.ok) throw new TifaError('invalid', parsed.problems.slice(0, 3).map((p) => `${p.where} ${p.field}: ${p.message}`).join('; '), 'url');
  const title = parsed.title || parsedUrl.hostname;
  const tag = tagOf(url);
  const entries: Entry[] = parsed.data.entries.map((entry) => ({ ...entry, id: `pack-${tag}-${entry.id}`, owner: undefined, pack: title }));
  return { url, title, entries, fetched: Date.now(), error: null };
}

export class Packs {
  constructor(
    private readonly db: Promise<TifaDb>,
    private readonly changed: () => Promise<void>,
    private readonly fetcher: typeof fetch = (...args) => fetch(...args),
  ) {}

  async list(): Promise<PackInfo[]> {
    return (await (await this.db).getAll('packs')).map(packInfo);
  }

  /** Subscribes: the pack is fetched and checked first, and nothing is stored if that fails. */
  async subscribe(url: string): Promise<PackInfo> {
    const pack = await fetchPack(url, this.fetcher);
    await (await this.db).put('packs', pack);
    await this.changed();
    return packInfo(pack);
  }

  async unsubscribe(url: string): Promise<void> {
    await (await this.db).delete('packs', url);
    await this.changed();
  }

  /** Fetches every pack again; one that fails keeps its entries and records why. */
  async refresh(): Promise<PackInfo[]> {
    const db = await this.db;
    for (const old of await db.getAll('packs')) {
      const next = await fetchPack(old.url, this.fetcher).catch((error: unknown) => ({ ...old, error: error instanceof Error ? error.message : String(error) }));
      await db.put('packs', next);
    }
    await this.changed();
    return this.list();
  }
}
