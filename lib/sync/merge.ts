import { compareStamps, descends, extendSeen, sameJson } from './stamp';
import type { Conflict, Item, JsonValue, StoredItem } from './types';

export interface Merged {
  item: StoredItem;
  conflict?: Conflict;
}

/**
 * What a version read from the area does to the local one, or null when it changes nothing.
 * Last writer (by stamp) wins. When the local version this device made is replaced by one whose
 * maker had not seen it, and the values differ, the local version is returned as a conflict copy.
 * An older version in the area marks a synced local one pending again, so the area gets repaired.
 * Applying the same version twice, or two versions in either order, ends in the same item.
 */
export function mergeIncoming(current: StoredItem | undefined, incoming: Item, device: string): Merged | null {
  if (!current) return { item: { ...incoming, pending: false } };
  const order = compareStamps(incoming.stamp, current.stamp);
  if (order === 0) return current.pending ? { item: { ...current, pending: false } } : null;
  if (order < 0) return current.pending ? null : { item: { ...current, pending: true } };
  const item: StoredItem = { ...incoming, pending: false };
  const lost = current.stamp.device === device && !descends(incoming, current) && !sameJson(current.value, incoming.value);
  if (!lost) return { item };
  const { key, value, stamp, wall } = current;
  return { item, conflict: { key, value, stamp, wall, winner: incoming.stamp } };
}

/**
 * A change made on this device: its counter is above every counter the device has seen (`clock`)
 * and above the version it replaces. Returns null for deleting what is absent or already deleted.
 */
export function localEdit(
  current: StoredItem | undefined,
  key: string,
  value: JsonValue | null,
  device: string,
  clock: number,
  wall: number,
): StoredItem | null {
  if (value === null && (current === undefined || current.value === null)) return null;
  const stamp = { counter: Math.max(clock, current?.stamp.counter ?? 0) + 1, device };
  return { key, value, stamp, wall, seen: extendSeen(current?.seen, stamp), pending: true };
}

/** A tombstone whose grace period is over: every device has had time to see it. */
export function expired(item: Item, now: number, graceMs: number): boolean {
  return item.value === null && now - item.wall > graceMs;
}
