import { describe, expect, it } from 'vitest';
import { Matcher } from '@/lib/matcher/matcher';
import { background, bundle, entry, syncWorld } from './background-harness';

const v1 = bundle('0000000000000001', [entry('bbzl', '八八战略')]);

/** Two browsers of one user, sharing storage.sync. */
async function twoDevices() {
  const world = syncWorld();
  const a = background(() => v1, undefined, world);
  const b = background(() => v1, undefined, world);
  await Promise.all([a.install(), b.install(), a.sync.idle(), b.sync.idle()]);
  /** Lets the upload timers run and every device hear every change. */
  const settle = async () => {
    for (let round = 0; round < 4; round++) {
      world.clock.advance(65_000);
      await Promise.all([a.sync.idle(), b.sync.idle()]);
      a.area.deliverAll();
      b.area.deliverAll();
      await Promise.all([a.sync.idle(), b.sync.idle()]);
    }
  };
  return { a, b, settle };
}

describe('sync between two browsers', () => {
  it('an entry, a note and an English override written on one reach the other, and its pages', async () => {
    const { a, b, settle } = await twoDevices();
    const created = await a.handle({ type: 'saveUserEntry', form: { term: '三抓三促', definition: { zh: '作风建设行动。' } } });
    await a.handle({ type: 'saveNote', id: 'bbzl', text: '2003年提出。' });
    await a.handle({ type: 'setEnglish', id: 'bbzl', english: 'Eight-Eight' });
    await settle();
    expect(await b.handle({ type: 'lookup', id: created.id })).toEqual(created);
    expect(await b.handle({ type: 'getNote', id: 'bbzl' })).toBe('2003年提出。');
    expect((await b.handle({ type: 'lookup', id: 'bbzl' }))?.english).toBe('Eight-Eight');
    expect(b.calls.applied).toBeGreaterThan(0);
    expect(Matcher.load(await b.handle({ type: 'matcher' })).find('三抓三促').map((m) => m.id)).toEqual([created.id]);
    expect(await b.handle({ type: 'syncStatus' })).toMatchObject({ state: 'synced', pending: 0, overQuota: 0 });

    await b.handle({ type: 'deleteUserEntry', id: created.id });
    await settle();
    expect(await a.handle({ type: 'lookup', id: created.id })).toBeNull();
  });

  it('concurrent edits converge, and the losing edit is kept as a conflict copy the user can restore', async () => {
    const { a, b, settle } = await twoDevices();
    await a.handle({ type: 'saveNote', id: 'bbzl', text: 'start' });
    await settle();
    await a.handle({ type: 'saveNote', id: 'bbzl', text: 'from A' });
    await b.handle({ type: 'saveNote', id: 'bbzl', text: 'from B' });
    await settle();
    const [noteA, noteB] = [await a.handle({ type: 'getNote', id: 'bbzl' }), await b.handle({ type: 'getNote', id: 'bbzl' })];
    expect(noteA).toBe(noteB);
    const copies = [...(await a.handle({ type: 'syncConflicts' })), ...(await b.handle({ type: 'syncConflicts' }))];
    expect(copies.map((c) => c.conflict.value)).toEqual([{ text: noteA === 'from A' ? 'from B' : 'from A' }]);

    const loser = (await a.handle({ type: 'syncConflicts' })).length ? a : b;
    const [copy] = await loser.handle({ type: 'syncConflicts' });
    await loser.handle({ type: 'resolveConflict', id: copy!.id, restore: true });
    await settle();
    const restored = (copy!.conflict.value as { text: string }).text;
    expect(await a.handle({ type: 'getNote', id: 'bbzl' })).toBe(restored);
    expect(await b.handle({ type: 'getNote', id: 'bbzl' })).toBe(restored);
    expect(await loser.handle({ type: 'syncConflicts' })).toEqual([]);
  });

  it('entries written before sync ran (an older version, an import) are sent once it starts', async () => {
    const world = syncWorld();
    const first = background(() => v1, undefined, world);
    await first.install();
    const mine = { ...entry('user-old', '五比五看'), owner: 'user' as const };
    await (await first.db).put('user', { id: mine.id, surfaces: ['五比五看'], headword: '五比五看', pinyin: [], entry: mine });
    // The same database opened by a new background (a restart) finds the entry unsynced.
    const restarted = background(() => v1, first.db, world);
    const other = background(() => v1, undefined, world);
    await Promise.all([restarted.sync.idle(), other.sync.idle(), other.install()]);
    for (let round = 0; round < 4; round++) {
      world.clock.advance(65_000);
      await restarted.sync.idle();
      other.area.deliverAll();
      await other.sync.idle();
    }
    expect(await other.handle({ type: 'lookup', id: 'user-old' })).toEqual(mine);
  });
});
