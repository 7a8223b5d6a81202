import { describe, expect, it } from 'vitest';
import { bundleVersion } from '@/entrypoints/background/storage/entries';
import { Matcher } from '@/lib/matcher/matcher';
import { background, bundle, entry } from './background-harness';

describe('GlossaryService', () => {
  const v1 = bundle('0000000000000001', [entry('wzsq', '五战双强', ['五战双强行动']), entry('bbzl', '八八战略')]);

  it('loads the bundle into IndexedDB on install and answers lookups from it', async () => {
    const { db, ...s } = background(() => v1);
    await s.install();
    expect(await bundleVersion(await db)).toBe(v1.version);
    expect((await s.handle({ type: 'lookup', id: 'bbzl' }))?.term).toBe('八八战略');
    expect((await s.handle({ type: 'lookupTerm', term: '“五战双强行动”' }))?.id).toBe('wzsq');
    expect(await s.handle({ type: 'lookup', id: 'missing' })).toBeNull();
  });

  it('answers from the bundle in memory before the database is filled', async () => {
    const s = background(() => v1);
    expect((await s.handle({ type: 'lookup', id: 'wzsq' }))?.term).toBe('五战双强');
    expect((await s.handle({ type: 'lookupTerm', term: '八八战略' }))?.id).toBe('bbzl');
  });

  it('replaces the bundled entries when a new version ships', async () => {
    let current = v1;
    const { db, ...first } = background(() => current);
    await first.install();
    current = bundle('0000000000000002', [entry('kmh', '开门红')]);
    const second = background(() => current, db);
    await second.install();
    expect(await bundleVersion(await db)).toBe('0000000000000002');
    expect(await second.handle({ type: 'lookup', id: 'bbzl' })).toBeNull();
    expect((await second.handle({ type: 'lookup', id: 'kmh' }))?.term).toBe('开门红');
  });

  it('searches and hands out a matcher that finds the entries', async () => {
    const s = background(() => v1);
    await s.install();
    const results = await s.handle({ type: 'search', query: '八八' });
    expect(results.map((r) => r.entry.id)).toEqual(['bbzl']);
    expect(results[0]).toMatchObject({ rank: 1, field: 'term' });
    const matcher = Matcher.load(await s.handle({ type: 'matcher' }));
    expect(matcher.version).toBe(v1.version);
    expect(matcher.find('忠实践行“八八战略”，打出“五战双强”行动组合拳').map((m) => m.id)).toEqual(['bbzl', 'wzsq']);
  });
});

describe('the user’s own entries', () => {
  const v1 = bundle('0000000000000001', [entry('bbzl', '八八战略')]);

  it('are stored, found by id and term, searched and matched', async () => {
    const s = background(() => v1);
    await s.install();
    const added = await s.handle({ type: 'addUserEntry', entry: { term: '三抓三促', definition: '一项作风建设行动。', english: 'Three Grasps' } });
    expect(added).toMatchObject({ term: '三抓三促', owner: 'user', english: 'Three Grasps', definition: { zh: '一项作风建设行动。', en: '' } });
    expect((await s.handle({ type: 'lookup', id: added.id }))?.term).toBe('三抓三促');
    expect((await s.handle({ type: 'lookupTerm', term: '三抓三促' }))?.id).toBe(added.id);
    expect((await s.handle({ type: 'search', query: '三抓' })).map((r) => r.entry.id)).toEqual([added.id]);
    const matcher = Matcher.load(await s.handle({ type: 'matcher' }));
    expect(matcher.find('开展三抓三促行动，践行八八战略').map((m) => m.id)).toEqual([added.id, 'bbzl']);
  });

  it('refuse a term the glossary already has, and change nothing', async () => {
    const { db, ...s } = background(() => v1);
    await s.install();
    await expect(s.handle({ type: 'addUserEntry', entry: { term: '“八八战略”', definition: 'x' } })).rejects.toThrow(/already in the glossary/);
    expect(await (await db).count('user')).toBe(0);
  });

  it('put an English definition in the English field', async () => {
    const s = background(() => v1);
    const added = await s.handle({ type: 'addUserEntry', entry: { term: '五比五看', definition: 'A work-style campaign.' } });
    expect(added.definition).toEqual({ zh: '', en: 'A work-style campaign.' });
  });
});

describe('notes', () => {
  it('are saved per entry, replaced, and deleted when emptied', async () => {
    const s = background(() => bundle('0000000000000001', [entry('bbzl', '八八战略')]));
    expect(await s.handle({ type: 'getNote', id: 'bbzl' })).toBeNull();
    await s.handle({ type: 'saveNote', id: 'bbzl', text: '2003年提出。' });
    expect(await s.handle({ type: 'getNote', id: 'bbzl' })).toBe('2003年提出。');
    await s.handle({ type: 'saveNote', id: 'bbzl', text: '  ' });
    expect(await s.handle({ type: 'getNote', id: 'bbzl' })).toBeNull();
  });
});
