import { describe, expect, it } from 'vitest';
import { exportJson } from '@/lib/transfer/format';
import { Matcher } from '@/lib/matcher/matcher';
import { background, bundle, entry } from './background-harness';

const v1 = bundle('0000000000000001', [entry('bbzl', '八八战略')]);
const URL_A = 'https://team.example/pack.json';

function packFile(terms: string[], title = 'Newsroom'): string {
  const file = JSON.parse(exportJson({ entries: terms.map((term, i) => ({ ...entry(`e${i}`, term), owner: 'user' as const })), notes: [], overrides: [] }, new Date(0)));
  return JSON.stringify({ ...file, title });
}

/** A background whose fetch serves `files` by URL (a missing one is a 404). */
function withServer(files: Map<string, string>) {
  const fetcher = (async (input: string | URL | Request) => {
    const body = files.get(String(input));
    return body === undefined ? new Response('gone', { status: 404 }) : new Response(body, { status: 200 });
  }) as typeof fetch;
  const s = background(() => v1, undefined, undefined, fetcher);
  return { handler: s, changes: () => s.calls.glossaryChanged };
}

describe('shared glossary packs', () => {
  it('a subscribed pack’s entries are looked up, searched and matched, marked with the pack, under the user’s own', async () => {
    const files = new Map([[URL_A, packFile(['三抓三促', '五比五看'])]]);
    const { handler, changes } = withServer(files);
    const info = await handler.handle({ type: 'subscribePack', url: URL_A });
    expect(info).toMatchObject({ url: URL_A, title: 'Newsroom', count: 2, error: null });
    expect(changes()).toBe(1);
    const matcher = Matcher.load(await handler.handle({ type: 'matcher' }));
    const [hit] = matcher.find('开展三抓三促行动');
    const found = await handler.handle({ type: 'lookup', id: hit!.id });
    expect(found).toMatchObject({ term: '三抓三促', pack: 'Newsroom' });
    expect(found!.owner).toBeUndefined();

    // The user's own entry with the same term wins.
    await handler.handle({ type: 'restoreUserEntries', entries: [{ ...entry('user-1', '五比五看'), owner: 'user' }] });
    const again = Matcher.load(await handler.handle({ type: 'matcher' }));
    expect(again.find('五比五看').map((m) => m.id)).toEqual(['user-1']);
  });

  it('refuses a pack that cannot be fetched or read, storing nothing', async () => {
    const { handler } = withServer(new Map([['https://team.example/bad.json', '{"format":"tifa-glossary","version":1,"entries":[{"term":"<b>x</b>","definition":{"en":"y"}}]}']]));
    await expect(handler.handle({ type: 'subscribePack', url: 'https://team.example/missing.json' })).rejects.toThrow(/HTTP 404/);
    await expect(handler.handle({ type: 'subscribePack', url: 'https://team.example/bad.json' })).rejects.toThrow(/HTML or script/);
    expect(await handler.handle({ type: 'packs' })).toEqual([]);
  });

  it('a refresh replaces the pack whole; a failed one keeps the old entries and says why', async () => {
    const files = new Map([[URL_A, packFile(['三抓三促'])]]);
    const { handler } = withServer(files);
    await handler.handle({ type: 'subscribePack', url: URL_A });
    files.set(URL_A, packFile(['五比五看'], 'Newsroom v2'));
    const [refreshed] = await handler.handle({ type: 'refreshPacks' });
    expect(refreshed).toMatchObject({ title: 'Newsroom v2', count: 1, error: null });
    expect(Matcher.load(await handler.handle({ type: 'matcher' })).find('三抓三促 五比五看').length).toBe(1);

    files.delete(URL_A);
    const [failed] = await handler.handle({ type: 'refreshPacks' });
    expect(failed).toMatchObject({ title: 'Newsroom v2', count: 1 });
    expect(failed!.error).toMatch(/404/);
    expect(Matcher.load(await handler.handle({ type: 'matcher' })).find('五比五看').length).toBe(1);

    await handler.handle({ type: 'unsubscribePack', url: URL_A });
    expect(Matcher.load(await handler.handle({ type: 'matcher' })).find('五比五看').length).toBe(0);
  });
});
