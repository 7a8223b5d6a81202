/** What the engine needs from the outside: the local store, storage.sync, and time. */
import type { Conflict, StoredItem } from './types';

export interface StoreWrite {
  put: StoredItem[];
  remove: string[];
  conflicts: Conflict[];
  /** The Lamport counter to keep: never lower than before. */
  clock: number;
}

/**
 * The local source of truth (IndexedDB in the extension). `transact` must run `plan` and apply its
 * result in one transaction, so a user's edit cannot slip between the read and the write; `plan`
 * is synchronous.
 */
export interface SyncStore {
  load(): Promise<{ items: StoredItem[]; clock: number }>;
  transact(keys: readonly string[], plan: (current: ReadonlyMap<string, StoredItem>, clock: number) => StoreWrite): Promise<StoreWrite>;
  conflicts(): Promise<Conflict[]>;
}

export interface StorageChange {
  oldValue?: unknown;
  newValue?: unknown;
}

export type ChangeListener = (changes: Record<string, StorageChange>) => void;

/** The part of chrome.storage.sync (a StorageArea) the engine uses; `browser.storage.sync` fits. */
export interface SyncArea {
  get(keys: null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
  getBytesInUse(keys: null): Promise<number>;
  onChanged: {
    addListener(listener: ChangeListener): void;
    removeListener(listener: ChangeListener): void;
  };
}

/** Time, injected so tests run without real timers. `setTimer` returns a function that cancels it. */
export interface SyncClock {
  now(): number;
  setTimer(ms: number, run: () => void): () => void;
}
