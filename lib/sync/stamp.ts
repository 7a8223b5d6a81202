import type { Item, Seen, Stamp } from './types';

/** Total order: counter first, then device id. */
export function compareStamps(a: Stamp, b: Stamp): number {
  if (a.counter !== b.counter) return a.counter < b.counter ? -1 : 1;
  return a.device < b.device ? -1 : a.device > b.device ? 1 : 0;
}

export function sameStamp(a: Stamp, b: Stamp): boolean {
  return a.counter === b.counter && a.device === b.device;
}

/**
 * Whether `later` was made by someone who had `earlier` (or a later change of the same device) in
 * its history. A device's changes to one key carry increasing counters, so when `earlier` is the
 * version a device currently holds, this is exact: no later change of that device exists yet.
 */
export function descends(later: Pick<Item, 'seen'>, earlier: Pick<Item, 'stamp'>): boolean {
  return (later.seen[earlier.stamp.device] ?? 0) >= earlier.stamp.counter;
}

/** The history of a new change made on `device` over `base`. */
export function extendSeen(base: Seen | undefined, stamp: Stamp): Seen {
  return { ...base, [stamp.device]: stamp.counter };
}

/** Deep equality of JSON values, independent of key order. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.hasOwn(b, k) && sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
