/**
 * Remembers the last write the database refused (a full disk, an exhausted quota) so the popup can
 * say so, and reports what is stored. The write's own caller gets the error too: the user's text
 * stays in the form it came from.
 */
import { classify, type TifaError } from '@/lib/errors';
import type { StorageStatus } from '@/lib/messages';
import type { TifaDb } from './storage/database';
import { bundleVersion } from './storage/entries';

export class StorageHealth {
  private lastError: StorageStatus['lastError'] = null;

  constructor(private readonly db: Promise<TifaDb>) {}

  /** Runs a write; a failure is classified, remembered and thrown on. A success clears the alarm. */
  async write<T>(operation: () => Promise<T>): Promise<T> {
    try {
      const value = await operation();
      this.lastError = null;
      return value;
    } catch (error) {
      const classified: TifaError = classify(error);
      if (classified.code === 'quota' || classified.code === 'storage') {
        this.lastError = { code: classified.code, message: classified.message, at: Date.now() };
      }
      throw classified;
    }
  }

  async status(): Promise<StorageStatus> {
    const db = await this.db;
    const [version, bundled, user, notes] = await Promise.all([bundleVersion(db), db.count('bundled'), db.count('user'), db.count('notes')]);
    // Node (the unit tests) has no navigator; browsers without the Storage API have no estimate.
    const estimate = await globalThis.navigator?.storage?.estimate?.().catch(() => undefined);
    return {
      bundleVersion: version ?? null,
      bundled,
      user,
      notes,
      lastError: this.lastError,
      usage: estimate?.usage ?? null,
      quota: estimate?.quota ?? null,
    };
  }
}
