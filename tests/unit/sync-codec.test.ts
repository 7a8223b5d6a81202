import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeArea, encodeItem } from '@/lib/sync/codec';
import { headKey, parseKey, partKey } from '@/lib/sync/keys';
import { itemBytes, SYNC_QUOTA } from '@/lib/sync/quota';
import type { Item, JsonValue } from '@/lib/sync/types';

const item = (key: string, value: JsonValue | null, counter = 3, device = 'dev-a'): Item => ({
  key,
  value,
  stamp: { counter, device },
  wall: 1_767_225_600_000,
  seen: { [device]: counter, 'dev-b': 1 },
});

function encode(i: Item): Record<string, unknown> {
  const encoded = encodeItem(i);
  if (!encoded.ok) throw new Error('not encodable');
  return encoded.parts;
}

/** A user entry with a long Chinese definition: about 3 bytes a character, well over 8 KB. */
const longEntry = {
  id: 'bbzl',
  term: '八八战略',
  definition: '2003年7月，中共浙江省委提出面向未来发展的八项举措，即进一步发挥八个方面的优势、推进八个方面的举措。'.repeat(90),
};

describe('sizes, as Chrome measures them', () => {
  it('counts the key and the JSON text in UTF-8 bytes', () => {
    expect(itemBytes('k', '中')).toBe(1 + 5);
    expect(itemBytes('键', { a: 1 })).toBe(3 + 7);
  });

  it('counts < and the line separators as Chrome escapes them', () => {
    expect(itemBytes('k', '<')).toBe(1 + 8);
    expect(itemBytes('k', '\u2028')).toBe(1 + 8);
  });
});

describe('storage keys', () => {
  it('escapes # and % so a head never reads as a part', () => {
    for (const key of ['entry:abc', 'override:#1', 'note:50%', 'a%23b']) {
      const head = headKey(key);
      expect(head.includes('#')).toBe(false);
      expect(parseKey(head)).toEqual({ kind: 'head', head, recordKey: key });
      expect(parseKey(partKey(head, 2))).toEqual({ kind: 'part', head, index: 2 });
    }
    expect(parseKey('settings').kind).toBe('foreign');
    expect(parseKey('t:a#x').kind).toBe('damaged');
    expect(parseKey('t:a%zz').kind).toBe('damaged');
  });
});

describe('encoding records', () => {
  it('stores a small record as one item and reads it back', () => {
    const small = item('note:bbzl', '我的笔记：这个提法2003年提出。');
    const parts = encode(small);
    expect(Object.keys(parts)).toEqual(['t:note:bbzl']);
    expect(decodeArea(parts).records.get('note:bbzl')?.item).toEqual(small);
  });

  it('stores a tombstone as a head without a value', () => {
    const gone = item('entry:x', null);
    const parts = encode(gone);
    expect(parts['t:entry:x']).not.toHaveProperty('v');
    expect(decodeArea(parts).records.get('entry:x')?.item.value).toBeNull();
  });

  it('chunks an entry over 8 KB of Chinese text into parts that each fit, and reassembles it', () => {
    expect(itemBytes('t:entry:bbzl', longEntry)).toBeGreaterThan(SYNC_QUOTA.bytesPerItem);
    const big = item('entry:bbzl', longEntry);
    const parts = encode(big);
    const keys = Object.keys(parts);
    expect(keys[0]).toBe('t:entry:bbzl');
    expect(keys.slice(1)).toEqual(keys.slice(1).map((_, i) => `t:entry:bbzl#${i + 1}`));
    expect((parts['t:entry:bbzl'] as { n: number }).n).toBe(keys.length - 1);
    for (const [key, value] of Object.entries(parts)) expect(itemBytes(key, value)).toBeLessThanOrEqual(SYNC_QUOTA.bytesPerItem);
    // Parts are filled close to the limit: no more of them than the size needs.
    expect(keys.length - 1).toBe(Math.ceil(itemBytes('', JSON.stringify(longEntry)) / 8_100));
    expect(decodeArea(parts).records.get('entry:bbzl')?.item).toEqual(big);
  });

  it('keeps every part under the limit for text that Chrome escapes, and never splits a surrogate pair', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('<', '"', '\\', '\n', '\u2028', '中', '😀', 'a', '\u0001'), { minLength: 3000, maxLength: 6000 }), (chars) => {
        const text = chars.join('');
        const parts = encode(item('entry:t', { text }));
        for (const [key, value] of Object.entries(parts)) expect(itemBytes(key, value)).toBeLessThanOrEqual(SYNC_QUOTA.bytesPerItem);
        for (const value of Object.values(parts)) {
          const c = (value as { c?: string }).c;
          if (c) expect(/^[\udc00-\udfff]|[\ud800-\udbff]$/.test(c)).toBe(false);
        }
        expect(decodeArea(parts).records.get('entry:t')?.item.value).toEqual({ text });
      }),
      { numRuns: 30 },
    );
  });

  it('refuses a record whose head alone is over the limit', () => {
    expect(encodeItem(item('entry:' + 'x'.repeat(9000), { a: 1 }))).toEqual({ ok: false, reason: 'too-large' });
  });
});

describe('reading storage.sync', () => {
  it('does not assemble a record from a new head and old parts, or the reverse', () => {
    const v1 = encode(item('entry:bbzl', longEntry, 1));
    const v2 = encode(item('entry:bbzl', { ...longEntry, term: '八八战略（新）' }, 2));
    const newHead = decodeArea({ ...v1, 't:entry:bbzl': v2['t:entry:bbzl'] });
    expect(newHead.records.has('entry:bbzl')).toBe(false);
    expect(newHead.ignored).toContainEqual({ key: 't:entry:bbzl', reason: 'incomplete' });
    const { 't:entry:bbzl': _, ...newParts } = v2;
    const oldHead = decodeArea({ ...newParts, 't:entry:bbzl': v1['t:entry:bbzl'] });
    expect(oldHead.records.has('entry:bbzl')).toBe(false);
    expect(oldHead.ignored.filter((i) => i.reason === 'newer part').length).toBeGreaterThan(0);
    expect(decodeArea({ ...v1, ...v2 }).records.get('entry:bbzl')?.item.stamp.counter).toBe(2);
  });

  it('lists parts left over from an older, longer version as stale', () => {
    const v1 = encode(item('entry:bbzl', longEntry, 1));
    const v2 = encode(item('entry:bbzl', { term: '八八战略' }, 2));
    const decoded = decodeArea({ ...v1, ...v2 });
    expect(decoded.records.get('entry:bbzl')?.item.value).toEqual({ term: '八八战略' });
    expect(decoded.stale.sort()).toEqual(Object.keys(v1).filter((k) => k.includes('#')).sort());
  });

  it('ignores foreign and damaged items with a reason', () => {
    const good = encode(item('note:a', 'ok'));
    const decoded = decodeArea({
      ...good,
      theme: 'dark',
      't:bad-stamp': { s: [0, ''], w: 1, h: {}, v: 1 },
      't:no-wall': { s: [1, 'd'], h: {}, v: 1 },
      't:both': { s: [1, 'd'], w: 1, h: {}, v: 1, n: 2 },
      't:null': { s: [1, 'd'], w: 1, h: {}, v: null },
      't:orphan#1': { s: [1, 'd'], c: 'x' },
      't:broken': { s: [1, 'd'], w: 1, h: {}, n: 2 },
      't:broken#1': { s: [1, 'd'], c: '{"a' },
      't:broken#2': { s: [1, 'd'], c: '' },
      't:x#0': 5,
      't:y': 'text',
    });
    expect([...decoded.records.keys()]).toEqual(['note:a']);
    const reasons = Object.fromEntries(decoded.ignored.map((i) => [i.key, i.reason]));
    expect(reasons).toEqual({
      theme: 'foreign',
      't:bad-stamp': 'damaged',
      't:no-wall': 'damaged',
      't:both': 'damaged',
      't:null': 'damaged',
      't:orphan#1': 'no head',
      't:broken': 'damaged',
      't:x#0': 'damaged',
      't:y': 'damaged',
    });
  });

  it('never throws, and accounts for every key, whatever the area holds', () => {
    const key = fc.oneof(fc.string(), fc.constantFrom('t:a', 't:a#1', 't:a#2', 't:b'));
    const stamp = fc.tuple(fc.integer({ min: 0, max: 3 }), fc.constantFrom('d', ''));
    const head = fc.record({ s: stamp, w: fc.constant(1), h: fc.constant({}), n: fc.integer({ min: 1, max: 3 }) }, { requiredKeys: ['s', 'w', 'h'] });
    const part = fc.record({ s: stamp, c: fc.constantFrom('"x', '"', '1', '{}') });
    fc.assert(
      fc.property(fc.dictionary(key, fc.oneof(fc.jsonValue(), head, part)), (all) => {
        const decoded = decodeArea(all);
        const accounted = new Set([...[...decoded.records.values()].flatMap((r) => r.keys), ...decoded.ignored.map((i) => i.key), ...decoded.stale]);
        const unreadHeads = new Set(decoded.ignored.filter((i) => i.reason === 'incomplete' || i.reason === 'damaged').map((i) => i.key));
        for (const k of Object.keys(all)) {
          const parsed = parseKey(k);
          expect(accounted.has(k) || (parsed.kind === 'part' && unreadHeads.has(parsed.head)), k).toBe(true);
        }
      }),
    );
  });
});
