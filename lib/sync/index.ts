/** The sync engine's public surface; `testing/` (fakes for tests) is deliberately not exported. */
export { SyncEngine, type FlushReport, type SyncEngineOptions, type SyncStatus } from './engine';
export type { ChangeListener, StorageChange, StoreWrite, SyncArea, SyncClock, SyncStore } from './ports';
export type { OverQuota } from './plan';
export type { WriteLimits } from './throttle';
export type { Conflict, Item, JsonValue, Seen, Stamp, StoredItem } from './types';
export { SYNC_QUOTA, itemBytes, type SyncQuota } from './quota';
export { compareStamps } from './stamp';
export { decodeArea, encodeItem, type DecodedArea, type Ignored } from './codec';
