import { describe, expect, it } from 'vitest';
import { Matcher } from '@/lib/matcher/matcher';
import { TifaError } from '@/lib/errors';
import { background, bundle, entry } from './background-harness';

const v1 = bundle('0000000000000001', [entry('bbzl', '八八战略', ['“八八战略”'])]);

async function fresh() {
  const s = background(() => v1);
  await s.install();
  return s;
}

describe('the user’s glossary', () => {
  it('creates an entry from a form with only a term and a definition, and edits it in place', async () => {
    const s = await fresh();
    const created = await s.handle({ type: 'saveUserEntry', form: { term: '五比五看', definition: { zh: '一项作风建设行动。' } } });
    expect(created).toMatchObject({ term: '五比五看', owner: 'user', category: 'slogan', level: 'other', aliases: [], english: '' });
    expect(s.calls.glossaryChanged).toBe(1);
    const edited = await s.handle({
      type: 'saveUserEntry',
      id: created.id,
      form: { term: '五比五看', aliases: ['“五比五看”'], english: 'Five Comparisons', definition: { zh: '改过的。', en: 'Edited.' }, level: 'yongkang' },
    });
    expect(edited.id).toBe(created.id);
    expect(await s.handle({ type: 'userEntries' })).toEqual([edited]);
    const matcher = Matcher.load(await s.handle({ type: 'matcher' }));
    expect(matcher.find('开展五比五看活动').map((m) => m.id)).toEqual([created.id]);
  });

  it('refuses a term another entry has, naming that entry so the form can offer to edit it', async () => {
    const s = await fresh();
    const failure = (await s.handle({ type: 'saveUserEntry', form: { term: '八八战略', definition: { en: 'x' } } }).catch((e: unknown) => e)) as TifaError;
    expect(failure).toBeInstanceOf(TifaError);
    expect(failure).toMatchObject({ code: 'duplicate', subject: '八八战略', entryId: 'bbzl' });
    // An alias counts too, folded: full-width quotation marks and spaces do not hide it.
    const mine = await s.handle({ type: 'saveUserEntry', form: { term: '三抓三促', definition: { zh: '行动。' } } });
    await expect(s.handle({ type: 'saveUserEntry', form: { term: '另一个', aliases: ['三 抓三促'], definition: { zh: 'x' } } })).rejects.toMatchObject({
      code: 'duplicate',
      entryId: mine.id,
    });
    expect((await s.handle({ type: 'userEntries' })).length).toBe(1);
  });

  it('refuses a form without any definition, saying which field', async () => {
    const s = await fresh();
    await expect(s.handle({ type: 'saveUserEntry', form: { term: '空', definition: { zh: '  ', en: '' } } })).rejects.toMatchObject({
      code: 'invalid',
      subject: 'definition',
    });
  });

  it('deletes an entry and puts it back unchanged (undo)', async () => {
    const s = await fresh();
    const created = await s.handle({ type: 'saveUserEntry', form: { term: '三抓三促', definition: { zh: '行动。' } } });
    const removed = await s.handle({ type: 'deleteUserEntry', id: created.id });
    expect(removed).toEqual(created);
    expect(await s.handle({ type: 'lookup', id: created.id })).toBeNull();
    await s.handle({ type: 'restoreUserEntries', entries: [removed!] });
    expect(await s.handle({ type: 'lookup', id: created.id })).toEqual(created);
    expect(await s.handle({ type: 'deleteUserEntry', id: 'user-missing' })).toBeNull();
  });

  it('restores many entries all or nothing: one duplicate and none is written', async () => {
    const s = await fresh();
    const a = { ...entry('user-a', '甲方案'), owner: 'user' as const };
    const b = { ...entry('user-b', '八八战略'), owner: 'user' as const };
    await expect(s.handle({ type: 'restoreUserEntries', entries: [a, b] })).rejects.toMatchObject({ code: 'duplicate' });
    expect(await s.handle({ type: 'userEntries' })).toEqual([]);
  });

  it('an English override shows in lookups and search, marked, and an empty one brings the bundle’s back', async () => {
    const s = await fresh();
    await s.handle({ type: 'setEnglish', id: 'bbzl', english: 'Eight-Eight Strategy' });
    expect(await s.handle({ type: 'lookup', id: 'bbzl' })).toMatchObject({ english: 'Eight-Eight Strategy', englishOriginal: 'bbzl in English' });
    expect((await s.handle({ type: 'search', query: '八八战略' }))[0]?.entry.english).toBe('Eight-Eight Strategy');
    await s.handle({ type: 'setEnglish', id: 'bbzl', english: '' });
    expect((await s.handle({ type: 'lookup', id: 'bbzl' }))?.english).toBe('bbzl in English');
  });
});
