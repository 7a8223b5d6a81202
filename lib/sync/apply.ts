import { expired, mergeIncoming } from './merge';
import { compareStamps } from './stamp';
import type { StoreWrite } from './ports';
import type { Conflict, Item, Stamp, StoredItem } from './types';

export interface ApplyContext {
  device: string;
  now: number;
  graceMs: number;
}

/**
 * The store write that applies versions read from the area to the local items. A tombstone past its
 * grace period is not brought back once collected here. With `whole`, the area was read whole, and
 * synced records it lost go pending again to be re-uploaded: absent ones (deletions only while young,
 * since other devices collect them), and ones it holds only in pieces under a stamp not newer than
 * ours (a race mixed two writes' parts; a newer head's own device repairs that one).
 */
export function applyIncoming(
  incoming: readonly Item[],
  current: ReadonlyMap<string, StoredItem>,
  clock: number,
  context: ApplyContext,
  whole?: { incomplete: ReadonlyMap<string, Stamp> },
): StoreWrite {
  const put: StoredItem[] = [];
  const conflicts: Conflict[] = [];
  let next = clock;
  for (const item of incoming) {
    next = Math.max(next, item.stamp.counter);
    const local = current.get(item.key);
    if (!local && expired(item, context.now, context.graceMs)) continue;
    const merged = mergeIncoming(local, item, context.device);
    if (!merged) continue;
    put.push(merged.item);
    if (merged.conflict) conflicts.push(merged.conflict);
  }
  if (whole) {
    const read = new Set(incoming.map((i) => i.key));
    for (const local of current.values()) {
      if (local.pending || read.has(local.key)) continue;
      const pieces = whole.incomplete.get(local.key);
      const lost = pieces ? compareStamps(pieces, local.stamp) <= 0 : local.value !== null || context.now - local.wall < context.graceMs / 2;
      if (lost) put.push({ ...local, pending: true });
    }
  }
  return { put, remove: [], conflicts, clock: next };
}

/** Marks uploaded versions synced, unless the local item changed meanwhile. */
export function markSynced(uploaded: readonly Item[], current: ReadonlyMap<string, StoredItem>, clock: number): StoreWrite {
  const put: StoredItem[] = [];
  for (const item of uploaded) {
    const local = current.get(item.key);
    if (local?.pending && local.stamp.counter === item.stamp.counter && local.stamp.device === item.stamp.device) {
      put.push({ ...local, pending: false });
    }
  }
  return { put, remove: [], conflicts: [], clock };
}

/** Removes the tombstones among `current` that are synced and past the grace period. */
export function collectTombstones(current: ReadonlyMap<string, StoredItem>, clock: number, now: number, graceMs: number): StoreWrite {
  const remove = [...current.values()].filter((i) => !i.pending && expired(i, now, graceMs)).map((i) => i.key);
  return { put: [], remove, conflicts: [], clock };
}
