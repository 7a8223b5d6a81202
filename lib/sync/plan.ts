import { encodeItem } from './codec';
import { itemBytes, type SyncQuota } from './quota';
import { compareStamps } from './stamp';
import type { Item } from './types';

/** A pending record the area has no room for: a single part over the item limit, or the totals. */
export interface OverQuota {
  key: string;
  reason: 'item' | 'bytes' | 'items';
  /** Bytes the record would take in the area. */
  bytes: number;
}

export interface UploadPlan {
  /** One set() call's worth of storage items. */
  batch: Record<string, unknown>;
  uploaded: Item[];
  over: OverQuota[];
  /** The area's bytes and item count once the batch is written. */
  bytes: number;
  items: number;
}

/** Deletions first (they free room), then the oldest changes: the order records get the room left. */
function uploadOrder(a: Item, b: Item): number {
  if ((a.value === null) !== (b.value === null)) return a.value === null ? -1 : 1;
  return compareStamps(a.stamp, b.stamp);
}

/**
 * Which pending records fit in one set() on top of the area's current contents, all parts of a
 * record or none. What does not fit stays out, reported with the limit it hits; nothing is dropped.
 */
export function planUpload(area: Readonly<Record<string, unknown>>, pending: readonly Item[], quota: SyncQuota): UploadPlan {
  const sizes = new Map<string, number>();
  let bytes = 0;
  for (const [key, value] of Object.entries(area)) {
    const size = itemBytes(key, value);
    sizes.set(key, size);
    bytes += size;
  }
  const batch: Record<string, unknown> = {};
  const uploaded: Item[] = [];
  const over: OverQuota[] = [];
  for (const item of [...pending].sort(uploadOrder)) {
    const encoded = encodeItem(item, quota.bytesPerItem);
    if (!encoded.ok) {
      over.push({ key: item.key, reason: 'item', bytes: itemBytes(item.key, item.value) });
      continue;
    }
    let delta = 0;
    let added = 0;
    let total = 0;
    const partSizes = Object.entries(encoded.parts).map(([key, value]) => [key, itemBytes(key, value)] as const);
    for (const [key, size] of partSizes) {
      total += size;
      delta += size - (sizes.get(key) ?? 0);
      if (!sizes.has(key)) added++;
    }
    const reason = bytes + delta > quota.bytes ? 'bytes' : sizes.size + added > quota.maxItems ? 'items' : null;
    if (reason) {
      over.push({ key: item.key, reason, bytes: total });
      continue;
    }
    for (const [key, size] of partSizes) sizes.set(key, size);
    bytes += delta;
    Object.assign(batch, encoded.parts);
    uploaded.push(item);
  }
  return { batch, uploaded, over, bytes, items: sizes.size };
}
