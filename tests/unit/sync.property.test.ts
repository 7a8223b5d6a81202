import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeArea } from '@/lib/sync/codec';
import type { JsonValue, Stamp } from '@/lib/sync/types';
import { type EditRecord, Sim, stampId } from './sync-sim';

const KEYS = ['entry:e1', 'note:e1', 'override:#7%'];
/** Definitions long enough that an entry needs several parts (the per-item limit is 8,192 bytes). */
const LONG = ['习近平新时代中国特色社会主义思想'.repeat(200), '“八八战略”是<浙江>的总纲。\n'.repeat(260)];

const TEXTS = ['高质量发展', '五战双强', '两个确立', ...LONG];
/** Values by index, so a counterexample stays readable; few of them, so equal concurrent edits happen. */
const value = fc.record({ text: fc.nat(TEXTS.length - 1), n: fc.nat(2) });
const materialize = (v: { text: number; n: number }): JsonValue => ({ zh: TEXTS[v.text]!, n: v.n });

const device = fc.nat(2);
const action = fc.oneof(
  { weight: 5, arbitrary: fc.record({ t: fc.constant('edit' as const), d: device, k: fc.nat(KEYS.length - 1), v: value }) },
  { weight: 3, arbitrary: fc.record({ t: fc.constant('delete' as const), d: device, k: fc.nat(KEYS.length - 1) }) },
  { weight: 3, arbitrary: fc.record({ t: fc.constant('flush' as const), d: device }) },
  { weight: 5, arbitrary: fc.record({ t: fc.constant('deliver' as const), d: device, pick: fc.nat(5), keep: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('tick' as const), ms: fc.constantFrom(300, 2_500, 61_000) }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('restart' as const), d: device }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('crash' as const), d: device, steps: fc.nat(30) }) },
);
type Action = typeof action extends fc.Arbitrary<infer A> ? A : never;

async function play(sim: Sim, actions: Action[]): Promise<void> {
  for (const a of actions) {
    if (a.t === 'edit') await sim.edit(a.d, KEYS[a.k]!, materialize(a.v));
    else if (a.t === 'delete') await sim.edit(a.d, KEYS[a.k]!, null);
    else if (a.t === 'flush') await sim.devices[a.d]!.engine.flush();
    else if (a.t === 'deliver') {
      const { handle } = sim.devices[a.d]!;
      if (handle.inbox.length) handle.deliver(a.pick % handle.inbox.length, { keep: a.keep });
    } else if (a.t === 'tick') await sim.advance(a.ms);
    else if (a.t === 'crash') await sim.devices[a.d]!.crash(a.steps);
    else await sim.devices[a.d]!.boot();
    await sim.idle();
  }
}

/** Every edit ends as the final version, or in the history of the final version, or as a conflict copy on its device. */
async function checkNothingLost(sim: Sim): Promise<void> {
  const byStamp = new Map<string, EditRecord>(sim.edits.map((e) => [stampId(e.item.stamp), e]));
  const final = sim.devices[0]!.store.items;
  const history = (stamp: Stamp): string[] => {
    const out: string[] = [];
    for (let e = byStamp.get(stampId(stamp)); e; e = e.base ? byStamp.get(stampId(e.base)) : undefined) out.push(stampId(e.item.stamp));
    return out;
  };
  for (const d of sim.devices) {
    for (const c of await d.store.conflicts()) {
      const made = byStamp.get(stampId(c.stamp));
      expect(made?.device, 'a conflict copy is an edit of its own device').toBe(d.id);
      expect(c.value).toEqual(made!.item.value);
      expect(stampId(final.get(c.key)!.stamp) === stampId(c.stamp), 'the final version is no conflict').toBe(false);
    }
  }
  // Kept: in the history of the final version or of a conflict copy (what an edit replaced on
  // purpose is not lost); an edit whose value equals a kept one's lost nothing either, nor did its history.
  const kept = new Set<string>();
  for (const item of final.values()) for (const id of history(item.stamp)) kept.add(id);
  for (const d of sim.devices) for (const c of await d.store.conflicts()) for (const id of history(c.stamp)) kept.add(id);
  for (let grew = true; grew; ) {
    grew = false;
    for (const e of sim.edits) {
      if (kept.has(stampId(e.item.stamp))) continue;
      const twin = sim.edits.some((k) => k.item.key === e.item.key && kept.has(stampId(k.item.stamp)) && JSON.stringify(k.item.value) === JSON.stringify(e.item.value));
      if (!twin) continue;
      for (const id of history(e.item.stamp)) {
        if (!kept.has(id)) grew = true;
        kept.add(id);
      }
    }
  }
  for (const e of sim.edits) expect(kept.has(stampId(e.item.stamp)), `edit ${stampId(e.item.stamp)} of ${e.item.key} was lost`).toBe(true);
}

function checkConverged(sim: Sim): Record<string, string> {
  const area = sim.areaSummary();
  for (const d of sim.devices) {
    expect(Sim.summary(d.store.items.values()), `${d.id} matches the area`).toEqual(area);
    expect([...d.store.items.values()].filter((i) => i.pending)).toEqual([]);
    expect(d.handle.failures, `${d.id} never had a write rejected`).toEqual([]);
  }
  expect(decodeArea(sim.area.contents()).ignored).toEqual([]);
  return area;
}

describe('sync on three devices, property-based', () => {
  it('converges after any interleaving of edits, deletions, uploads, deliveries, restarts and crashes, losing no edit', async () => {
    const seen = { conflicts: 0, chunked: 0, tombstones: 0 };
    await fc.assert(
      fc.asyncProperty(fc.array(action, { maxLength: 60 }), async (actions) => {
        const sim = new Sim(3, { graceMs: 10 * 86_400_000 });
        await sim.boot();
        await play(sim, actions);
        await sim.settle();
        const live = checkConverged(sim);
        await checkNothingLost(sim);
        if ((await Promise.all(sim.devices.map((d) => d.store.conflicts()))).flat().length) seen.conflicts++;
        if (Object.keys(sim.area.contents()).some((k) => k.includes('#'))) seen.chunked++;
        if (Object.values(live).some((v) => v.endsWith(' null'))) seen.tombstones++;

        // After the grace period every tombstone is collected, on every device and in the area.
        await sim.advance(11 * 86_400_000);
        await sim.settle();
        const after = checkConverged(sim);
        expect(after).toEqual(Object.fromEntries(Object.entries(live).filter(([, v]) => !v.endsWith(' null'))));
      }),
      { numRuns: 300 },
    );
    // The runs must have exercised conflicts, chunked records and deletions, or they proved little.
    expect(seen.conflicts).toBeGreaterThan(15);
    expect(seen.chunked).toBeGreaterThan(30);
    expect(seen.tombstones).toBeGreaterThan(5);
  });
});
