import { describe, expect, it, vi } from 'vitest';
import { decodeArea } from '@/lib/sync/codec';
import { SYNC_QUOTA } from '@/lib/sync/quota';
import { Sim } from './sync-sim';

const DAY = 86_400_000;
const entry = (n: number, size: number) => ({ id: `e${n}`, term: `提法${n}`, definition: '解释'.repeat(Math.ceil(size / 6)) });

async function twoDevices() {
  const sim = new Sim(2);
  await sim.boot();
  const [a, b] = sim.devices as [NonNullable<(typeof sim.devices)[0]>, NonNullable<(typeof sim.devices)[1]>];
  return { sim, a, b };
}

describe('SyncEngine', () => {
  it('carries an edit to the other device and reports both synced', async () => {
    const { sim, a, b } = await twoDevices();
    await sim.edit(0, 'entry:bbzl', { term: '八八战略' });
    expect((await a.engine.status()).pending).toBe(1);
    await sim.advance(2_000); // the upload waits a little for more edits
    expect(b.handle.inbox).toHaveLength(1);
    b.handle.deliverAll();
    await sim.idle();
    expect(b.store.items.get('entry:bbzl')).toMatchObject({ value: { term: '八八战略' }, pending: false });
    const status = await a.engine.status();
    expect(status).toMatchObject({ state: 'synced', synced: 1, pending: 0, overQuota: 0, conflicts: 0, quotaBytes: 102_400, maxItems: 512 });
    expect(status.bytesInUse).toBe(sim.area.bytesInUse());
    expect(status.itemsInUse).toBe(1);
  });

  it('calls onApplied with what came from other devices', async () => {
    const applied = vi.fn();
    const sim = new Sim(2, { onApplied: applied });
    await sim.boot();
    await sim.edit(0, 'note:bbzl', '浙江的总纲');
    await sim.devices[0]!.engine.flush();
    sim.devices[1]!.handle.deliverAll();
    await sim.idle();
    // Device 0's own event changes nothing there; device 1 is told once.
    expect(applied).toHaveBeenCalledTimes(1);
    expect(applied.mock.calls[0]![0]).toMatchObject([{ key: 'note:bbzl', value: '浙江的总纲', stamp: { device: 'dev0' } }]);
    expect(applied.mock.calls[0]![1]).toEqual([]);
  });

  it('uploads many edits in one set() call', async () => {
    const { sim, a } = await twoDevices();
    const set = vi.spyOn(a.handle, 'set');
    for (let i = 0; i < 60; i++) await sim.edit(0, `note:e${i}`, `笔记${i}`);
    await sim.advance(2_000);
    expect(set).toHaveBeenCalledTimes(1);
    expect(Object.keys(set.mock.calls[0]![0])).toHaveLength(60);
    expect((await a.engine.status()).state).toBe('synced');
  });

  it('chunks an entry over 8 KB and removes the left-over parts once it shrinks', async () => {
    const { sim, a, b } = await twoDevices();
    await sim.edit(0, 'entry:big', entry(1, 20_000));
    await a.engine.flush();
    expect(Object.keys(sim.area.contents()).filter((k) => k.startsWith('t:entry:big#')).length).toBeGreaterThanOrEqual(3);
    b.handle.deliverAll();
    await sim.idle();
    expect(b.store.items.get('entry:big')?.value).toEqual(entry(1, 20_000));
    await sim.edit(0, 'entry:big', entry(1, 100));
    await a.engine.flush();
    await sim.advance(61_000);
    await a.engine.flush();
    expect(Object.keys(sim.area.contents())).toEqual(['t:entry:big']);
    await sim.settle();
    expect(b.store.items.get('entry:big')?.value).toEqual(entry(1, 100));
  });

  it('keeps writes under the limits however fast edits come, and catches up later', async () => {
    const { sim, a } = await twoDevices();
    const set = vi.spyOn(a.handle, 'set');
    let throttled = 0;
    for (let i = 0; i < 300; i++) {
      await sim.edit(0, 'note:fast', `第${i}次`);
      const report = await a.engine.flush();
      if (report.throttledUntil) throttled++;
      await sim.advance(100); // 300 edits in 30 seconds
    }
    expect(throttled).toBeGreaterThan(0);
    expect(set.mock.calls.length).toBeLessThanOrEqual(100);
    expect(a.handle.failures).toEqual([]);
    await sim.settle();
    expect(decodeArea(sim.area.contents()).records.get('note:fast')?.item.value).toBe('第299次');
  });

  it('keeps every entry local when the area is full, reports them over quota, and uploads them once room frees', async () => {
    const { sim, a, b } = await twoDevices();
    for (let i = 0; i < 16; i++) await sim.edit(0, `entry:e${i}`, entry(i, 7_000));
    await a.engine.flush();
    const status = await a.engine.status();
    expect(status.state).toBe('over-quota');
    expect(status.nearQuota).toBe(true);
    expect(status.overQuota).toBeGreaterThan(0);
    expect(status.synced + status.overQuota).toBe(16);
    expect(status.overQuotaKeys.every((o) => o.reason === 'bytes')).toBe(true);
    expect(status.bytesInUse).toBeLessThanOrEqual(SYNC_QUOTA.bytes);
    expect(a.handle.failures).toEqual([]);
    for (let i = 0; i < 16; i++) expect(a.store.items.get(`entry:e${i}`)?.value).toEqual(entry(i, 7_000));

    const waiting = status.overQuotaKeys.map((o) => o.key);
    const uploaded = [...a.store.items.values()].filter((i) => !i.pending).map((i) => i.key);
    for (const key of uploaded.slice(0, waiting.length)) await sim.edit(0, key, null);
    await sim.settle();
    expect((await a.engine.status()).state).toBe('synced');
    for (const key of waiting) expect(b.store.items.get(key)?.value).toEqual(a.store.items.get(key)?.value);
  });

  it('reports records past the item count and a record too large to store at all', async () => {
    const { sim, a } = await twoDevices();
    for (let i = 0; i < 515; i++) await sim.edit(0, `override:${i}`, 'x');
    await sim.edit(0, `entry:${'长'.repeat(3_000)}`, { a: 1 });
    await a.engine.flush();
    const status = await a.engine.status();
    expect(status.itemsInUse).toBe(512);
    expect(status.overQuotaKeys.filter((o) => o.reason === 'items')).toHaveLength(3);
    expect(status.overQuotaKeys.filter((o) => o.reason === 'item')).toHaveLength(1);
    expect(a.store.items.size).toBe(516);
  });

  it('keeps a concurrent losing edit as a conflict copy on its device', async () => {
    const { sim, a, b } = await twoDevices();
    await sim.edit(0, 'override:x', 'Eight-Eight Strategy');
    await sim.edit(1, 'override:x', 'Double-Eight Strategy');
    await a.engine.flush();
    await b.engine.flush();
    await sim.settle();
    expect(a.store.items.get('override:x')?.value).toBe(b.store.items.get('override:x')?.value);
    const conflicts = [...(await a.store.conflicts()), ...(await b.store.conflicts())];
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]!.value).not.toBe(a.store.items.get('override:x')?.value);
    const loser = conflicts[0]!.stamp.device === a.id ? a : b;
    expect((await loser.engine.status()).conflicts).toBe(1);
  });

  it('collects tombstones after the grace period on both sides, and a late event does not bring one back', async () => {
    const { sim, a, b } = await twoDevices();
    await sim.edit(0, 'note:gone', '要删除的笔记');
    await sim.settle();
    await sim.edit(1, 'note:gone', null);
    await sim.settle();
    expect(a.store.items.get('note:gone')?.value).toBeNull();
    expect(Object.keys(sim.area.contents())).toEqual(['t:note:gone']);
    const stale = { 't:note:gone': { newValue: sim.area.contents()['t:note:gone'] } };

    await sim.advance(29 * DAY);
    await sim.settle();
    expect(a.store.items.has('note:gone')).toBe(true);
    await sim.advance(2 * DAY);
    await sim.settle();
    expect(sim.area.contents()).toEqual({});
    expect(a.store.items.has('note:gone')).toBe(false);
    expect(b.store.items.has('note:gone')).toBe(false);

    a.handle.inbox.push(JSON.stringify(stale));
    a.handle.deliverAll();
    await sim.idle();
    expect(a.store.items.has('note:gone')).toBe(false);
  });

  it('keeps a pending edit across a restart and uploads it after', async () => {
    const { sim, a } = await twoDevices();
    await sim.edit(0, 'note:kept', '重启前的笔记');
    await a.boot();
    await sim.advance(0);
    expect(decodeArea(sim.area.contents()).records.get('note:kept')?.item.value).toBe('重启前的笔记');
  });

  it('re-uploads what the area lost (cleared by hand) and survives damaged items', async () => {
    const { sim, a, b } = await twoDevices();
    await sim.edit(0, 'note:a', '甲');
    await sim.settle();
    const other = sim.area.connect('tool');
    await other.remove(Object.keys(sim.area.contents()));
    await other.set({ 't:junk': 42, 't:entry:z#1': { s: [9, 'x'], c: 'zz' }, theme: 'dark' });
    await b.boot();
    await sim.settle();
    expect(decodeArea(sim.area.contents()).records.get('note:a')?.item.value).toBe('甲');
    expect((await a.engine.status()).lastError).toBeNull();
    expect(a.store.items.get('note:a')?.value).toBe('甲');
  });

  it('repairs a record whose parts two racing writes mixed', async () => {
    const { sim, a, b } = await twoDevices();
    await sim.edit(0, 'entry:big', entry(1, 20_000));
    await sim.settle();
    await sim.edit(1, 'entry:big', entry(2, 20_000));
    await b.engine.flush();
    // What per-key merging on the sync server can leave: device 1's head, some of device 0's parts.
    const { encodeItem } = await import('@/lib/sync/codec');
    const older = encodeItem(a.store.items.get('entry:big')!);
    if (!older.ok) throw new Error('not encodable');
    await sim.area.connect('server').set({ 't:entry:big#2': older.parts['t:entry:big#2'] });
    expect(decodeArea(sim.area.contents()).incomplete.has('entry:big')).toBe(true);
    await sim.settle();
    expect(decodeArea(sim.area.contents()).records.get('entry:big')?.item.value).toEqual(entry(2, 20_000));
    expect(a.store.items.get('entry:big')?.value).toEqual(entry(2, 20_000));
  });
});
