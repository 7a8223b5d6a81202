import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyIncoming } from '@/lib/sync/apply';
import { expired, localEdit, mergeIncoming } from '@/lib/sync/merge';
import { compareStamps } from '@/lib/sync/stamp';
import type { Item, JsonValue, StoredItem } from '@/lib/sync/types';

const ME = 'dev-a';
const make = (value: JsonValue | null, counter: number, device: string, seen: Record<string, number> = {}, pending = false): StoredItem => ({
  key: 'entry:x',
  value,
  stamp: { counter, device },
  wall: 1_000,
  seen: { ...seen, [device]: counter },
  pending,
});

describe('stamps', () => {
  it('order by counter, then device id', () => {
    expect(compareStamps({ counter: 2, device: 'a' }, { counter: 10, device: 'a' })).toBe(-1);
    expect(compareStamps({ counter: 3, device: 'b' }, { counter: 3, device: 'a' })).toBe(1);
    expect(compareStamps({ counter: 3, device: 'a' }, { counter: 3, device: 'a' })).toBe(0);
  });
});

describe('local edits', () => {
  it('take a counter above everything seen and above the version they replace', () => {
    const edit = localEdit(make('old', 7, 'dev-b'), 'entry:x', 'new', ME, 4, 5_000)!;
    expect(edit.stamp).toEqual({ counter: 8, device: ME });
    expect(edit.seen).toEqual({ 'dev-b': 7, [ME]: 8 });
    expect(edit.pending).toBe(true);
    expect(localEdit(undefined, 'entry:x', 'v', ME, 12, 0)!.stamp.counter).toBe(13);
  });

  it('do nothing when deleting what is absent or already deleted', () => {
    expect(localEdit(undefined, 'entry:x', null, ME, 1, 0)).toBeNull();
    expect(localEdit(make(null, 2, 'dev-b'), 'entry:x', null, ME, 2, 0)).toBeNull();
  });
});

describe('merging a version from the area', () => {
  it('lets the later stamp win, ties broken by device', () => {
    expect(mergeIncoming(make('mine', 3, ME), make('theirs', 4, 'dev-b'), ME)?.item.value).toBe('theirs');
    expect(mergeIncoming(make('theirs', 3, 'dev-b'), make('other', 3, 'dev-c'), ME)?.item.value).toBe('other');
    expect(mergeIncoming(make('mine', 5, ME, {}, true), make('theirs', 4, 'dev-b'), ME)).toBeNull();
  });

  it('is idempotent: the same version twice changes nothing the second time', () => {
    const first = mergeIncoming(undefined, make('v', 4, 'dev-b'), ME)!.item;
    expect(mergeIncoming(first, make('v', 4, 'dev-b'), ME)).toBeNull();
  });

  it('marks a pending version synced when the area holds it', () => {
    expect(mergeIncoming(make('v', 4, ME, {}, true), make('v', 4, ME), ME)?.item.pending).toBe(false);
  });

  it('deletes on a remote tombstone', () => {
    expect(mergeIncoming(make('v', 1, 'dev-b'), make(null, 2, 'dev-b'), ME)?.item.value).toBeNull();
  });

  it('keeps a pending change that loses to a concurrent one as a conflict copy', () => {
    const mine = make('my definition', 3, ME, {}, true);
    const merged = mergeIncoming(mine, make('their definition', 4, 'dev-b'), ME)!;
    expect(merged.item.value).toBe('their definition');
    expect(merged.conflict).toEqual({ key: 'entry:x', value: 'my definition', stamp: mine.stamp, wall: mine.wall, winner: { counter: 4, device: 'dev-b' } });
  });

  it('keeps an uploaded change overwritten by a device that had not seen it as a conflict copy too', () => {
    expect(mergeIncoming(make('mine', 3, ME), make('theirs', 4, 'dev-b'), ME)?.conflict?.value).toBe('mine');
  });

  it('keeps a pending edit deleted concurrently elsewhere, and a pending deletion overruled by an edit', () => {
    expect(mergeIncoming(make('mine', 3, ME, {}, true), make(null, 4, 'dev-b'), ME)?.conflict?.value).toBe('mine');
    expect(mergeIncoming(make(null, 3, ME, {}, true), make('theirs', 4, 'dev-b'), ME)?.conflict?.value).toBeNull();
  });

  it('makes no conflict copy when the winner was made over this version, or says the same', () => {
    expect(mergeIncoming(make('mine', 3, ME), make('theirs', 4, 'dev-b', { [ME]: 3 }), ME)?.conflict).toBeUndefined();
    expect(mergeIncoming(make('same', 3, ME, {}, true), make('same', 4, 'dev-b'), ME)?.conflict).toBeUndefined();
    expect(mergeIncoming(make('theirs', 3, 'dev-c'), make('other', 4, 'dev-b'), ME)?.conflict).toBeUndefined();
  });

  it('marks a synced version pending again when the area holds an older one, so the area gets repaired', () => {
    expect(mergeIncoming(make('v', 5, ME), make('old', 4, 'dev-b'), ME)?.item).toMatchObject({ value: 'v', pending: true });
  });

  it('ends in the same item whatever order two versions arrive in', () => {
    const version = fc.record({
      value: fc.constantFrom<JsonValue | null>('a', 'b', null),
      counter: fc.integer({ min: 1, max: 4 }),
      device: fc.constantFrom(ME, 'dev-b', 'dev-c'),
      pending: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.option(version, { nil: undefined }), version, version, (local, x, y) => {
        const start = local && make(local.value, local.counter, local.device, {}, local.pending && local.device === ME);
        const a = make(x.value, x.counter, x.device);
        const b = make(y.value, y.counter, y.device);
        fc.pre(compareStamps(a.stamp, b.stamp) !== 0 || a.value === b.value);
        const apply = (current: StoredItem | undefined, incoming: Item) => mergeIncoming(current, incoming, ME)?.item ?? current;
        const ab = apply(apply(start, a), b)!;
        const ba = apply(apply(start, b), a)!;
        expect({ stamp: ab.stamp, value: ab.value }).toEqual({ stamp: ba.stamp, value: ba.value });
      }),
    );
  });
});

describe('applying the whole area', () => {
  const context = { device: ME, now: 100 * 86_400_000, graceMs: 30 * 86_400_000 };

  it('does not bring back a tombstone collected after its grace period', () => {
    const old: Item = { ...make(null, 2, 'dev-b'), wall: 0 };
    expect(applyIncoming([old], new Map(), 2, context).put).toEqual([]);
    expect(expired(old, context.now, context.graceMs)).toBe(true);
  });

  it('re-uploads synced records the area lost or holds only in pieces, but not a newer one being written', () => {
    const at = (key: string, value: JsonValue | null, counter: number, wall = context.now) => ({ ...make(value, counter, ME), key, wall });
    const lost = at('entry:lost', 'v', 2);
    const mixed = at('entry:mixed', 'v', 5);
    const writing = at('entry:writing', 'v', 5);
    const youngTombstone = at('entry:young', null, 5);
    const oldTombstone = at('entry:old', null, 5, context.now - 20 * 86_400_000);
    const current = new Map([lost, mixed, writing, youngTombstone, oldTombstone].map((i) => [i.key, i]));
    const incomplete = new Map([
      ['entry:mixed', { counter: 5, device: ME }],
      ['entry:writing', { counter: 6, device: 'dev-b' }],
    ]);
    const write = applyIncoming([], current, 6, context, { incomplete });
    expect(write.put.map((i) => i.key).sort()).toEqual(['entry:lost', 'entry:mixed', 'entry:young']);
    expect(write.put.every((i) => i.pending)).toBe(true);
  });

  it('raises the Lamport counter to the highest one seen', () => {
    expect(applyIncoming([make('v', 41, 'dev-b')], new Map(), 3, context).clock).toBe(41);
  });
});
