import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openTifaDb, bundleVersion } from '@/entrypoints/background/database';
import { GlossaryService } from '@/entrypoints/background/glossary-service';
import { Matcher } from '@/lib/matcher/matcher';
import type { Bundle, Entry } from '@/lib/glossary/schema';

function entry(id: string, term: string, aliases: string[] = []): Entry {
  return {
    id,
    term,
    aliases,
    pinyin: 'pin yin',
    english: `${id} in English`,
    definition: { zh: '释义。', en: 'Definition.' },
    category: 'campaign',
    level: 'yongkang',
    region: '浙江省金华市永康市',
    related: [],
    examples: [],
  };
}

function bundle(version: string, entries: Entry[]): Bundle {
  return { format: 1, version, entries };
}

let dbCount = 0;
function service(b: () => Bundle) {
  const db = openTifaDb(`test-${++dbCount}`);
  return { db, service: new GlossaryService(db, async () => b()) };
}

describe('GlossaryService', () => {
  const v1 = bundle('0000000000000001', [entry('wzsq', '五战双强', ['五战双强行动']), entry('bbzl', '八八战略')]);

  it('loads the bundle into IndexedDB on install and answers lookups from it', async () => {
    const { db, service: s } = service(() => v1);
    await s.install();
    expect(await bundleVersion(await db)).toBe(v1.version);
    expect((await s.handle({ type: 'lookup', id: 'bbzl' }))?.term).toBe('八八战略');
    expect((await s.handle({ type: 'lookupTerm', term: '“五战双强行动”' }))?.id).toBe('wzsq');
    expect(await s.handle({ type: 'lookup', id: 'missing' })).toBeNull();
  });

  it('answers from the bundle in memory before the database is filled', async () => {
    const { service: s } = service(() => v1);
    expect((await s.handle({ type: 'lookup', id: 'wzsq' }))?.term).toBe('五战双强');
    expect((await s.handle({ type: 'lookupTerm', term: '八八战略' }))?.id).toBe('bbzl');
  });

  it('replaces the bundled entries when a new version ships', async () => {
    let current = v1;
    const { db, service: first } = service(() => current);
    await first.install();
    current = bundle('0000000000000002', [entry('kmh', '开门红')]);
    const second = new GlossaryService(db, async () => current);
    await second.install();
    expect(await bundleVersion(await db)).toBe('0000000000000002');
    expect(await second.handle({ type: 'lookup', id: 'bbzl' })).toBeNull();
    expect((await second.handle({ type: 'lookup', id: 'kmh' }))?.term).toBe('开门红');
  });

  it('searches and hands out a matcher that finds the entries', async () => {
    const { service: s } = service(() => v1);
    await s.install();
    const results = await s.handle({ type: 'search', query: '八八' });
    expect(results.map((r) => r.entry.id)).toEqual(['bbzl']);
    const matcher = Matcher.load(await s.handle({ type: 'matcher' }));
    expect(matcher.version).toBe(v1.version);
    expect(matcher.find('忠实践行“八八战略”，打出“五战双强”行动组合拳').map((m) => m.id)).toEqual(['bbzl', 'wzsq']);
  });
});
