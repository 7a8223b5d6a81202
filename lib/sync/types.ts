/** The records that sync, and what the engine keeps about each. Pure data, no browser types. */

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/**
 * A Lamport stamp: `counter` is one more than the highest counter the device had seen when it made
 * the change; `device` breaks ties so that every two stamps are ordered.
 */
export interface Stamp {
  counter: number;
  device: string;
}

/**
 * For each device, the highest counter among that device's changes in this version's history
 * (the chain of versions each change replaced, itself included). It tells whether a version was
 * made by someone who had seen another one: see `descends` in stamp.ts.
 */
export type Seen = Readonly<Record<string, number>>;

/** One version of one record. `value: null` is a tombstone (the record was deleted). */
export interface Item {
  key: string;
  value: JsonValue | null;
  stamp: Stamp;
  /** Wall-clock ms of the change, used only to collect tombstones after the grace period. */
  wall: number;
  seen: Seen;
}

/** A record as the local store holds it: `pending` while the area does not yet hold this version. */
export interface StoredItem extends Item {
  pending: boolean;
}

/** A version made on this device that lost to a concurrent one from another device. */
export interface Conflict {
  key: string;
  /** The losing value; null when what lost was a deletion. */
  value: JsonValue | null;
  stamp: Stamp;
  wall: number;
  /** The stamp of the version that won. */
  winner: Stamp;
}
