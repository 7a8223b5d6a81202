import { expired, mergeIncoming } from './merge';
import type { StoreWrite } from './ports';
import type { Conflict, Item, StoredItem } from './types';

export interface ApplyContext {
  device: string;
  now: number;
  graceMs: number;
}

/**
 * The store write that applies versions read from the area to the local items. A tombstone past its
 * grace period is not brought back once collected here. With `complete`, the area was read whole:
 * synced records it lacks (and is not in the middle of writing) go pending again, to be re-uploaded.
 */
export function applyIncoming(
  incoming: readonly Item[],
  current: ReadonlyMap<string, StoredItem>,
  clock: number,
  context: ApplyContext,
  complete?: { present: (key: string) => boolean },
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
  if (complete) {
    for (const local of current.values()) {
      if (local.pending || local.value === null || complete.present(local.key)) continue;
      put.push({ ...local, pending: true });
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
