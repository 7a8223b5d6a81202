import { SyncEngine, type SyncEngineOptions } from '@/lib/sync/engine';
import { decodeArea } from '@/lib/sync/codec';
import { FakeSyncArea, type FakeSyncHandle } from '@/lib/sync/testing/fake-area';
import { FakeClock } from '@/lib/sync/testing/fake-clock';
import { MemoryStore } from '@/lib/sync/testing/memory-store';
import type { SyncStore } from '@/lib/sync/ports';
import type { JsonValue, Stamp, StoredItem } from '@/lib/sync/types';

export const stampId = (s: Stamp) => `${s.counter}.${s.device}`;

/** An edit as the test saw it made: the version it created and the one it replaced on that device. */
export interface EditRecord {
  device: string;
  item: StoredItem;
  base: Stamp | null;
}

/** The store as one run of the engine sees it: once that run has died, every call fails. */
function storeOfOneLife(store: MemoryStore, life: { alive: boolean }): SyncStore {
  const check = () => {
    if (!life.alive) throw new Error('the engine that made this call is gone');
  };
  return {
    load: async () => (check(), store.load()),
    transact: async (keys, plan) => (check(), store.transact(keys, plan)),
    conflicts: async () => (check(), store.conflicts()),
  };
}

export class SimDevice {
  readonly store = new MemoryStore();
  handle!: FakeSyncHandle;
  engine!: SyncEngine;
  private life = { alive: true };

  constructor(
    readonly id: string,
    private readonly sim: Sim,
  ) {}

  /** Starts (or restarts, losing undelivered events) the engine over the same local store. */
  async boot(): Promise<void> {
    this.life.alive = false;
    this.engine?.stop();
    this.life = { alive: true };
    this.handle = this.sim.area.connect(this.id);
    const store = storeOfOneLife(this.store, this.life);
    this.engine = new SyncEngine({ store, area: this.handle, device: this.id, clock: this.sim.clock, ...this.sim.options });
    await this.engine.start();
  }

  /** Kills the engine `steps` microtasks into a flush (between any two awaits), then boots again. */
  async crash(steps: number): Promise<void> {
    const flushing = this.engine.flush().catch(() => undefined);
    for (let i = 0; i < steps; i++) await Promise.resolve();
    await this.boot();
    await flushing;
  }
}

export class Sim {
  readonly clock = new FakeClock();
  readonly area: FakeSyncArea;
  readonly devices: SimDevice[];
  readonly edits: EditRecord[] = [];

  constructor(
    count: number,
    readonly options: Partial<SyncEngineOptions> = {},
    area?: (clock: FakeClock) => FakeSyncArea,
  ) {
    this.area = area ? area(this.clock) : new FakeSyncArea(this.clock);
    this.devices = Array.from({ length: count }, (_, i) => new SimDevice(`dev${i}`, this));
  }

  async boot(): Promise<void> {
    for (const d of this.devices) await d.boot();
  }

  /** Waits until no engine has work queued (timers aside). */
  async idle(): Promise<void> {
    for (let round = 0; round < 10; round++) {
      for (const d of this.devices) await d.engine.idle();
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  async edit(device: number, key: string, value: JsonValue | null): Promise<void> {
    await this.idle();
    const d = this.devices[device]!;
    const base = d.store.items.get(key)?.stamp ?? null;
    const item = await d.engine.edit(key, value);
    if (item) this.edits.push({ device: d.id, item, base });
  }

  async advance(ms: number): Promise<void> {
    this.clock.advance(ms);
    await this.idle();
  }

  /** Delivers everything and flushes everywhere until nothing moves; returns the rounds it took. */
  async settle(maxRounds = 40): Promise<number> {
    for (let round = 1; round <= maxRounds; round++) {
      await this.idle();
      for (const d of this.devices) d.handle.deliverAll();
      await this.idle();
      await this.advance(61_000);
      for (const d of this.devices) await d.engine.flush();
      for (const d of this.devices) d.handle.deliverAll();
      await this.idle();
      const quiet = this.devices.every((d) => d.handle.inbox.length === 0 && [...d.store.items.values()].every((i) => !i.pending));
      if (quiet) return round;
    }
    throw new Error('the devices did not settle');
  }

  /** key → "stamp value" for one device, or for the area. */
  static summary(items: Iterable<{ key: string; stamp: Stamp; value: unknown }>): Record<string, string> {
    const out: Record<string, string> = {};
    for (const i of items) out[i.key] = `${stampId(i.stamp)} ${JSON.stringify(i.value)}`;
    return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
  }

  areaSummary(): Record<string, string> {
    return Sim.summary([...decodeArea(this.area.contents()).records.values()].map((r) => r.item));
  }
}
