import { splitText } from './chunk';
import { headKey, parseKey, partKey } from './keys';
import { itemBytes, SYNC_QUOTA } from './quota';
import { compareStamps, sameStamp } from './stamp';
import type { Item, JsonValue, Seen, Stamp } from './types';

/*
 * A head is {s: [counter, device], w: wall ms, h: seen, v: value} for a record stored whole,
 * {s, w, h, n: part count} for a chunked one, {s, w, h} for a tombstone. A part is
 * {s, c: a slice of the value's JSON text}: every part carries the stamp, so a reader that meets a
 * new head with old parts (or the reverse) sees the mismatch and waits for the rest.
 */
type Head = { s: [number, string]; w: number; h: Seen; v?: JsonValue; n?: number };
type Part = { s: [number, string]; c: string };

export type Encoded = { ok: true; parts: Record<string, Head | Part> } | { ok: false; reason: 'too-large' };

function packStamp(stamp: Stamp): [number, string] {
  return [stamp.counter, stamp.device];
}

/** The storage items for one record: one item, or a head and parts when over the per-item limit. */
export function encodeItem(item: Item, perItem: number = SYNC_QUOTA.bytesPerItem): Encoded {
  const key = headKey(item.key);
  const s = packStamp(item.stamp);
  const base = { s, w: item.wall, h: item.seen };
  const whole: Head = item.value === null ? base : { ...base, v: item.value };
  if (itemBytes(key, whole) <= perItem) return { ok: true, parts: { [key]: whole } };
  const emptyPart = (index: number) => itemBytes(partKey(key, index), { s, c: '' });
  const pieces = splitText(JSON.stringify(item.value), (index) => perItem - emptyPart(index));
  if (!pieces || pieces.length < 2) return { ok: false, reason: 'too-large' };
  const head: Head = { ...base, n: pieces.length };
  if (itemBytes(key, head) > perItem) return { ok: false, reason: 'too-large' };
  const parts: Record<string, Head | Part> = { [key]: head };
  pieces.forEach((c, i) => (parts[partKey(key, i + 1)] = { s, c }));
  return { ok: true, parts };
}

export interface AreaRecord {
  item: Item;
  /** Storage keys that make up this version: the head, then its parts. */
  keys: string[];
}

export interface Ignored {
  key: string;
  reason: 'foreign' | 'damaged' | 'incomplete' | 'no head' | 'newer part';
}

export interface DecodedArea {
  records: Map<string, AreaRecord>;
  /** Records whose head is there but not all its parts (being written, or mixed by a race): head stamps. */
  incomplete: Map<string, Stamp>;
  ignored: Ignored[];
  /** Parts older than their head, or beyond its count: safe to remove. */
  stale: string[];
}

function isStamp(x: unknown): x is [number, string] {
  return Array.isArray(x) && x.length === 2 && Number.isSafeInteger(x[0]) && x[0] > 0 && typeof x[1] === 'string' && x[1] !== '';
}

function isSeen(x: unknown): x is Seen {
  return typeof x === 'object' && x !== null && !Array.isArray(x) && Object.values(x).every((n) => Number.isSafeInteger(n) && n > 0);
}

function readHead(x: unknown): Head | null {
  if (typeof x !== 'object' || x === null) return null;
  const h = x as Record<string, unknown>;
  if (!isStamp(h.s) || typeof h.w !== 'number' || !Number.isFinite(h.w) || !isSeen(h.h)) return null;
  if ('n' in h && (!Number.isSafeInteger(h.n) || (h.n as number) < 2 || 'v' in h)) return null;
  if ('v' in h && h.v === null) return null;
  return h as Head;
}

function readPart(x: unknown): Part | null {
  if (typeof x !== 'object' || x === null) return null;
  const p = x as Record<string, unknown>;
  return isStamp(p.s) && typeof p.c === 'string' ? (p as Part) : null;
}

const unpack = (s: [number, string]): Stamp => ({ counter: s[0], device: s[1] });

/** Reads every record out of storage.sync's contents. Never throws: what it cannot use is listed with a reason. */
export function decodeArea(all: Readonly<Record<string, unknown>>): DecodedArea {
  const heads = new Map<string, { recordKey: string; head: Head }>();
  const parts = new Map<string, Map<number, { key: string; part: Part }>>();
  const ignored: Ignored[] = [];
  for (const [key, raw] of Object.entries(all)) {
    const parsed = parseKey(key);
    if (parsed.kind === 'foreign' || parsed.kind === 'damaged') {
      ignored.push({ key, reason: parsed.kind });
    } else if (parsed.kind === 'head') {
      const head = readHead(raw);
      if (head) heads.set(key, { recordKey: parsed.recordKey, head });
      else ignored.push({ key, reason: 'damaged' });
    } else {
      const part = readPart(raw);
      if (!part) ignored.push({ key, reason: 'damaged' });
      else {
        const group = parts.get(parsed.head) ?? new Map<number, { key: string; part: Part }>();
        group.set(parsed.index, { key, part });
        parts.set(parsed.head, group);
      }
    }
  }

  const records = new Map<string, AreaRecord>();
  const incomplete = new Map<string, Stamp>();
  const stale: string[] = [];
  for (const [key, { recordKey, head }] of heads) {
    const stamp = unpack(head.s);
    const group = parts.get(key) ?? new Map<number, { key: string; part: Part }>();
    parts.delete(key);
    const count = head.n ?? 0;
    for (const [index, { key: pk, part }] of group) {
      const order = compareStamps(unpack(part.s), stamp);
      if (order < 0 || (order === 0 && index > count)) stale.push(pk);
      else if (order > 0) ignored.push({ key: pk, reason: 'newer part' });
    }
    const base = { key: recordKey, stamp, wall: head.w, seen: head.h };
    if (count === 0) {
      records.set(recordKey, { item: { ...base, value: head.v ?? null }, keys: [key] });
      continue;
    }
    const mine: string[] = [];
    for (let i = 1; i <= count; i++) {
      const p = group.get(i);
      if (p && sameStamp(unpack(p.part.s), stamp)) mine.push(p.part.c);
    }
    if (mine.length < count) {
      ignored.push({ key, reason: 'incomplete' });
      incomplete.set(recordKey, stamp);
      continue;
    }
    const value = parseJson(mine.join(''));
    if (value === undefined || value === null) ignored.push({ key, reason: 'damaged' });
    else records.set(recordKey, { item: { ...base, value }, keys: [key, ...mine.map((_, i) => partKey(key, i + 1))] });
  }
  for (const group of parts.values()) for (const { key } of group.values()) ignored.push({ key, reason: 'no head' });
  return { records, incomplete, ignored, stale };
}

function parseJson(text: string): JsonValue | undefined {
  try {
    return JSON.parse(text) as JsonValue;
  } catch {
    return undefined;
  }
}
