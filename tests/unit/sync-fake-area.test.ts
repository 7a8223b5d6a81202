import { describe, expect, it } from 'vitest';
import { FakeSyncArea } from '@/lib/sync/testing/fake-area';
import { FakeClock } from '@/lib/sync/testing/fake-clock';

function setup() {
  const clock = new FakeClock();
  const area = new FakeSyncArea(clock);
  return { clock, area, a: area.connect('a'), b: area.connect('b') };
}

describe('FakeSyncArea, the storage.sync test double', () => {
  it('rejects an item over 8,192 bytes, measured as key plus JSON in UTF-8, with Chrome\'s message', async () => {
    const { a } = setup();
    const fits = '中'.repeat(2_729) + 'xx'; // key "k" 1 + quotes 2 + 2,729 × 3 + 2 = 8,192 bytes
    await expect(a.set({ k: fits })).resolves.toBeUndefined();
    await expect(a.set({ k: fits + 'x' })).rejects.toThrow('QUOTA_BYTES_PER_ITEM quota exceeded');
  });

  it('rejects going over 102,400 bytes in all or 512 items, and keeps the old contents', async () => {
    const { a } = setup();
    const block = 'x'.repeat(8_000);
    await a.set(Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`k${i}`, block])));
    await expect(a.set({ k12: block, k13: block })).rejects.toThrow('QUOTA_BYTES quota exceeded');
    expect(Object.keys(await a.get(null))).toHaveLength(12);
    await a.remove(Array.from({ length: 12 }, (_, i) => `k${i}`));
    await a.set(Object.fromEntries(Array.from({ length: 512 }, (_, i) => [`n${i}`, 1])));
    await expect(a.set({ one: 1 })).rejects.toThrow('MAX_ITEMS quota exceeded');
  });

  it('counts calls, not keys, against 120 writes a minute and 1,800 an hour', async () => {
    const { a, b, clock } = setup();
    await a.set(Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`k${i}`, i])));
    for (let i = 1; i < 120; i++) await a.set({ k: i });
    await expect(a.set({ k: 'one too many' })).rejects.toThrow('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.');
    await expect(a.remove(['k'])).rejects.toThrow('MAX_WRITE_OPERATIONS_PER_MINUTE');
    await expect(b.set({ other: 'device' })).resolves.toBeUndefined();
    clock.advance(60_000);
    await expect(a.set({ k: 'next minute' })).resolves.toBeUndefined();
    // 121 writes so far in this hour; 13 more full minutes and 119 bring it to 1,800.
    for (let minute = 0; minute < 14; minute++) {
      clock.advance(60_000);
      for (let i = 0; i < (minute < 13 ? 120 : 119); i++) await a.set({ k: `${minute}.${i}` });
    }
    clock.advance(60_000);
    await expect(a.set({ k: 'hour' })).rejects.toThrow('This request exceeds the MAX_WRITE_OPERATIONS_PER_HOUR quota.');
    expect(a.failures.length).toBe(3);
  });

  it('queues onChanged for every device, the writer too, with old and new values of changed keys only', async () => {
    const { a, b } = setup();
    const seenA: unknown[] = [];
    const seenB: unknown[] = [];
    a.onChanged.addListener((c) => seenA.push(c));
    b.onChanged.addListener((c) => seenB.push(c));
    await a.set({ x: 1, y: { z: '中' } });
    expect(seenB).toEqual([]); // nothing fires inside set()
    await a.set({ x: 1, y: { z: '文' } });
    await a.set({ x: 1 });
    await b.remove(['x', 'missing']);
    expect(b.inbox).toHaveLength(3);
    b.deliverAll();
    a.deliverAll();
    const expected = [
      { x: { newValue: 1 }, y: { newValue: { z: '中' } } },
      { y: { oldValue: { z: '中' }, newValue: { z: '文' } } },
      { x: { oldValue: 1 } },
    ];
    expect(seenB).toEqual(expected);
    expect(seenA).toEqual(expected);
  });

  it('delivers in any order, again when kept, and drops a restarted device\'s queue', async () => {
    const { area, a, b } = setup();
    const seen: unknown[] = [];
    b.onChanged.addListener((c) => seen.push(Object.keys(c)[0]));
    await a.set({ first: 1 });
    await a.set({ second: 2 });
    b.deliver(1, { keep: true });
    b.deliver(1);
    b.deliver(0);
    expect(seen).toEqual(['second', 'second', 'first']);
    await a.set({ third: 3 });
    const restarted = area.connect('b');
    expect(b.inbox).toEqual([]);
    expect(b.deliver()).toBe(false);
    expect(restarted.inbox).toEqual([]);
    expect(await restarted.get(null)).toEqual({ first: 1, second: 2, third: 3 });
  });
});
