import type { OverQuota } from './plan';
import type { SyncQuota } from './quota';
import type { StoredItem } from './types';

export interface SyncStatus {
  state: 'synced' | 'pending' | 'over-quota';
  /** Records (deletions not counted) the area holds as this device does. */
  synced: number;
  /** Changes waiting for upload that fit. */
  pending: number;
  /** Changes waiting for upload that do not fit; they stay local. */
  overQuota: number;
  overQuotaKeys: OverQuota[];
  bytesInUse: number;
  quotaBytes: number;
  itemsInUse: number;
  maxItems: number;
  /** 90% of bytes or items in use, or something over quota: time to suggest an export. */
  nearQuota: boolean;
  conflicts: number;
  lastSyncAt: number | null;
  lastError: string | null;
}

export interface StatusInputs {
  items: readonly StoredItem[];
  conflicts: number;
  /** What the last upload plan could not fit. */
  over: readonly OverQuota[];
  bytesInUse: number;
  itemsInUse: number;
  quota: SyncQuota;
  lastSyncAt: number | null;
  lastError: string | null;
}

/** The numbers the options page shows. A record over quota stops counting once it is no longer pending. */
export function summarize(inputs: StatusInputs): SyncStatus {
  const { items, quota, bytesInUse, itemsInUse } = inputs;
  const waiting = new Set(items.filter((i) => i.pending).map((i) => i.key));
  const overQuotaKeys = inputs.over.filter((o) => waiting.has(o.key));
  const pending = waiting.size - overQuotaKeys.length;
  return {
    state: overQuotaKeys.length ? 'over-quota' : pending ? 'pending' : 'synced',
    synced: items.filter((i) => !i.pending && i.value !== null).length,
    pending,
    overQuota: overQuotaKeys.length,
    overQuotaKeys,
    bytesInUse,
    quotaBytes: quota.bytes,
    itemsInUse,
    maxItems: quota.maxItems,
    nearQuota: overQuotaKeys.length > 0 || bytesInUse >= 0.9 * quota.bytes || itemsInUse >= 0.9 * quota.maxItems,
    conflicts: inputs.conflicts,
    lastSyncAt: inputs.lastSyncAt,
    lastError: inputs.lastError,
  };
}
