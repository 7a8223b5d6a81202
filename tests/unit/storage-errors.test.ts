import { afterEach, describe, expect, it } from 'vitest';
import { TifaError } from '@/lib/errors';
import { background, bundle, entry } from './background-harness';

const v1 = bundle('0000000000000001', [entry('bbzl', '八八战略')]);
const put = IDBObjectStore.prototype.put;

/** Makes writes to one store fail the way a full disk does. */
function fillStore(name: string): void {
  IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
    if (this.name === name) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return put.apply(this, args);
  };
}

afterEach(() => {
  IDBObjectStore.prototype.put = put;
});

describe('a full disk', () => {
  it('refuses a note with a quota error, keeps the old note, and the status says so until a write succeeds', async () => {
    const s = background(() => v1);
    await s.install();
    await s.handle({ type: 'saveNote', id: 'bbzl', text: 'first' });
    fillStore('notes');
    const failure = await s.handle({ type: 'saveNote', id: 'bbzl', text: 'second' }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(TifaError);
    expect((failure as TifaError).code).toBe('quota');
    expect(await s.handle({ type: 'getNote', id: 'bbzl' })).toBe('first');
    const status = await s.handle({ type: 'status' });
    expect(status.lastError?.code).toBe('quota');
    expect(status).toMatchObject({ bundleVersion: v1.version, bundled: 1, user: 0, notes: 1 });

    IDBObjectStore.prototype.put = put;
    await s.handle({ type: 'saveNote', id: 'bbzl', text: 'second' });
    expect(await s.handle({ type: 'getNote', id: 'bbzl' })).toBe('second');
    expect((await s.handle({ type: 'status' })).lastError).toBeNull();
  });

  it('refuses a new user entry and stores nothing', async () => {
    const s = background(() => v1);
    await s.install();
    fillStore('user');
    await expect(s.handle({ type: 'addUserEntry', entry: { term: '三抓三促', definition: '作风建设行动。' } })).rejects.toMatchObject({ code: 'quota' });
    expect(await (await s.db).count('user')).toBe(0);
    IDBObjectStore.prototype.put = put;
    expect((await s.handle({ type: 'search', query: '三抓三促' })).length).toBe(0);
  });

  it('an import that cannot write its notes writes none of its entries either', async () => {
    const s = background(() => v1);
    await s.install();
    const mine = { ...entry('user-1', '三抓三促'), owner: 'user' as const };
    fillStore('notes');
    await expect(s.handle({ type: 'applyImport', data: { entries: [mine], notes: [{ id: 'user-1', text: 'n' }], overrides: [] } })).rejects.toMatchObject({ code: 'quota' });
    expect(await (await s.db).count('user')).toBe(0);
    IDBObjectStore.prototype.put = put;
    const plan = await s.handle({ type: 'applyImport', data: { entries: [mine], notes: [{ id: 'user-1', text: 'n' }], overrides: [] } });
    expect(plan.added.map((e) => e.id)).toEqual(['user-1']);
    expect(await s.handle({ type: 'getNote', id: 'user-1' })).toBe('n');
  });

  it('a failed install is tried again, and lookups answer from the bundle meanwhile', async () => {
    const s = background(() => v1);
    fillStore('bundled');
    await expect(s.install()).rejects.toThrow(/quota/);
    expect((await s.handle({ type: 'lookup', id: 'bbzl' }))?.term).toBe('八八战略');
    IDBObjectStore.prototype.put = put;
    await s.install();
    expect(await (await s.db).count('bundled')).toBe(1);
  });
});
