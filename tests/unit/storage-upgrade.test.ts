import 'fake-indexeddb/auto';
import { openDB, type IDBPDatabase } from 'idb';
import { describe, expect, it } from 'vitest';
import { DB_VERSION, openTifaDb } from '@/entrypoints/background/storage/database';
import { bundleVersion, replaceBundle } from '@/entrypoints/background/storage/entries';
import { getNote } from '@/entrypoints/background/storage/notes';
import { bundle, entry, freshDbName } from './background-harness';

/** Each earlier schema as its build created it; records then had no headword or pinyin keys. */
function createVersion(db: IDBPDatabase, version: number): void {
  db.createObjectStore('bundled', { keyPath: 'id' }).createIndex('surface', 'surfaces', { multiEntry: true });
  db.createObjectStore('meta');
  if (version >= 2) db.createObjectStore('user', { keyPath: 'id' }).createIndex('surface', 'surfaces', { multiEntry: true });
  if (version >= 3) db.createObjectStore('notes', { keyPath: 'id' });
}

const bbzl = entry('bbzl', '八八战略', [], 'bā bā zhàn lüè');
const mine = { ...entry('user-1', '三抓三促', [], 'sān zhuā sān cù'), owner: 'user' as const };

async function oldDatabase(version: number): Promise<string> {
  const name = freshDbName();
  const old = await openDB(name, version, { upgrade: (db) => createVersion(db, version) });
  await old.put('bundled', { id: 'bbzl', surfaces: ['八八战略'], entry: bbzl });
  await old.put('meta', '0000000000000001', 'bundleVersion');
  if (version >= 2) await old.put('user', { id: mine.id, surfaces: ['三抓三促'], entry: mine });
  if (version >= 3) await old.put('notes', { id: 'bbzl', text: '2003年提出。', updated: 1 });
  old.close();
  return name;
}

describe.each([1, 2, 3])('a version %i database', (version) => {
  it(`opens at version ${DB_VERSION} with every store, keeping its data`, async () => {
    const db = await openTifaDb(await oldDatabase(version));
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['bundled', 'meta', 'notes', 'settings', 'sites', 'user']);
    expect((await db.get('bundled', 'bbzl'))?.entry).toEqual(bbzl);
    expect(await bundleVersion(db)).toBe('0000000000000001');
    if (version >= 2) expect((await db.get('user', mine.id))?.entry).toEqual(mine);
    if (version >= 3) expect(await getNote(db, 'bbzl')).toBe('2003年提出。');
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
