import 'fake-indexeddb/auto';
import { openDB, type IDBPDatabase } from 'idb';
import { describe, expect, it } from 'vitest';
import { DB_VERSION, openTifaDb } from '@/entrypoints/background/storage/database';
import { bundleVersion, replaceBundle } from '@/entrypoints/background/storage/entries';
import { getNote } from '@/entrypoints/background/storage/notes';
import { bundle, entry, freshDbName } from './background-harness';

/** Each earlier schema as its build created it; before version 4 records had no headword or pinyin keys. */
function createVersion(db: IDBPDatabase, version: number): void {
  db.createObjectStore('meta');
  if (version >= 3) db.createObjectStore('notes', { keyPath: 'id' });
  for (const name of version >= 2 ? ['bundled', 'user'] : ['bundled']) {
    const store = db.createObjectStore(name, { keyPath: 'id' });
    store.createIndex('surface', 'surfaces', { multiEntry: true });
    if (version >= 4) {
      store.createIndex('headword', 'headword');
      store.createIndex('pinyin', 'pinyin', { multiEntry: true });
    }
  }
  if (version >= 4) {
    db.createObjectStore('settings');
    db.createObjectStore('sites', { keyPath: 'site' });
  }
  if (version >= 5) db.createObjectStore('overrides', { keyPath: 'id' });
  if (version >= 6) db.createObjectStore('packs', { keyPath: 'url' });
}

/** A record as version `version` stored it. */
function record(version: number, id: string, term: string, keys: string[], value: object) {
  return version >= 4 ? { id, surfaces: [term], headword: term, pinyin: keys, entry: value } : { id, surfaces: [term], entry: value };
}

const bbzl = entry('bbzl', '八八战略', [], 'bā bā zhàn lüè');
const mine = { ...entry('user-1', '三抓三促', [], 'sān zhuā sān cù'), owner: 'user' as const };

async function oldDatabase(version: number): Promise<string> {
  const name = freshDbName();
  const old = await openDB(name, version, { upgrade: (db) => createVersion(db, version) });
  await old.put('bundled', record(version, 'bbzl', '八八战略', ['babazhanlve', 'bbzl'], bbzl));
  await old.put('meta', '0000000000000001', 'bundleVersion');
  if (version >= 2) await old.put('user', record(version, mine.id, '三抓三促', ['sanzhuasancu', 'szsc'], mine));
  if (version >= 3) await old.put('notes', { id: 'bbzl', text: '2003年提出。', updated: 1 });
  if (version >= 6) await old.put('packs', { url: 'https://team.example/p.json', title: 'P', entries: [], fetched: 1, error: null });
  if (version >= 5) await old.put('overrides', { id: 'bbzl', english: 'Eight-Eight', updated: 1 });
  if (version >= 4) {
    await old.put('sites', { site: 'news.example.cn', enabled: false });
    await old.put('settings', { enabled: true, readerLanguage: 'zh' }, 'settings');
  }
  old.close();
  return name;
}

describe.each([1, 2, 3, 4, 5, 6])('a version %i database', (version) => {
  it(`opens at version ${DB_VERSION} with every store, keeping its data`, async () => {
    const db = await openTifaDb(await oldDatabase(version));
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['bundled', 'conflicts', 'meta', 'notes', 'overrides', 'packs', 'settings', 'sites', 'sync', 'user']);
    expect((await db.get('bundled', 'bbzl'))?.entry).toEqual(bbzl);
    expect(await bundleVersion(db)).toBe('0000000000000001');
    if (version >= 2) expect((await db.get('user', mine.id))?.entry).toEqual(mine);
    if (version >= 3) expect(await getNote(db, 'bbzl')).toBe('2003年提出。');
    if (version >= 6) expect((await db.get('packs', 'https://team.example/p.json'))?.title).toBe('P');
    if (version >= 5) expect((await db.get('overrides', 'bbzl'))?.english).toBe('Eight-Eight');
    if (version >= 4) {
      expect(await db.get('sites', 'news.example.cn')).toEqual({ site: 'news.example.cn', enabled: false });
      expect(await db.get('settings', 'settings')).toEqual({ enabled: true, readerLanguage: 'zh' });
    }
    db.close();
  });

  it('indexes the old records by headword and pinyin (full and initials)', async () => {
    const db = await openTifaDb(await oldDatabase(version));
    expect((await db.getFromIndex('bundled', 'headword', '八八战略'))?.id).toBe('bbzl');
    expect((await db.getFromIndex('bundled', 'pinyin', 'babazhanlve'))?.id).toBe('bbzl');
    expect((await db.getFromIndex('bundled', 'pinyin', 'bbzl'))?.id).toBe('bbzl');
    if (version >= 2) expect((await db.getFromIndex('user', 'pinyin', 'szsc'))?.id).toBe(mine.id);
    db.close();
  });

  it('then takes a new bundle without touching the user’s entries and notes', async () => {
    const db = await openTifaDb(await oldDatabase(version));
    await replaceBundle(db, bundle('0000000000000002', [entry('kmh', '开门红', [], 'kāi mén hóng')]));
    expect(await db.getAllKeys('bundled')).toEqual(['kmh']);
    expect(await bundleVersion(db)).toBe('0000000000000002');
    if (version >= 2) expect((await db.get('user', mine.id))?.entry).toEqual(mine);
    if (version >= 3) expect(await getNote(db, 'bbzl')).toBe('2003年提出。');
    db.close();
  });
});

describe('replacing the bundle', () => {
  it('is all or nothing: a failing write leaves the old bundle in place', async () => {
    const db = await openTifaDb(freshDbName());
    await replaceBundle(db, bundle('0000000000000001', [bbzl]));
    // A function cannot be stored: its put() throws in the middle of the transaction.
    const broken = { ...entry('bad', '坏'), related: [() => undefined] } as unknown as typeof bbzl;
    await expect(replaceBundle(db, bundle('0000000000000002', [entry('kmh', '开门红'), broken]))).rejects.toThrow();
    expect(await db.getAllKeys('bundled')).toEqual(['bbzl']);
    expect(await bundleVersion(db)).toBe('0000000000000001');
    db.close();
  });
});
