import { describe, expect, it } from 'vitest';
import { siteOf } from '@/lib/settings';
import { background, bundle, entry } from './background-harness';

const v1 = bundle('0000000000000001', [entry('bbzl', '八八战略')]);

describe('per-site and global switches', () => {
  it('default to on, in the browser’s language', async () => {
    const s = background(() => v1);
    expect(await s.handle({ type: 'pageState', url: 'https://news.example.cn/a.html' })).toEqual({
      enabled: true,
      site: 'news.example.cn',
      siteEnabled: true,
      settings: { enabled: true, readerLanguage: 'auto' },
    });
  });

  it('turn Tifa off on one site only, remembered in the database, and tell open pages', async () => {
    const s = background(() => v1);
    await s.handle({ type: 'setSiteEnabled', site: 'news.example.cn', enabled: false });
    expect(s.calls.settingsChanged).toBe(1);
    expect(await s.handle({ type: 'pageState', url: 'https://news.example.cn/b.html?x=1' })).toMatchObject({ enabled: false, siteEnabled: false });
    expect((await s.handle({ type: 'pageState', url: 'http://other.example.cn/' })).enabled).toBe(true);

    // A new background (a browser restart) over the same database reads the same switch.
    const restarted = background(() => v1, s.db);
    expect((await restarted.handle({ type: 'pageState', url: 'https://news.example.cn/' })).enabled).toBe(false);
    await restarted.handle({ type: 'setSiteEnabled', site: 'news.example.cn', enabled: true });
    expect((await restarted.handle({ type: 'pageState', url: 'https://news.example.cn/' })).enabled).toBe(true);
    expect(await (await s.db).count('sites')).toBe(0);
  });

  it('the global switch turns every site off, and the reader language is kept with it', async () => {
    const s = background(() => v1);
    expect(await s.handle({ type: 'updateSettings', change: { enabled: false } })).toEqual({ enabled: false, readerLanguage: 'auto' });
    expect(await s.handle({ type: 'updateSettings', change: { readerLanguage: 'zh' } })).toEqual({ enabled: false, readerLanguage: 'zh' });
    const state = await s.handle({ type: 'pageState', url: 'https://a.example/' });
    expect(state).toMatchObject({ enabled: false, siteEnabled: true, settings: { enabled: false, readerLanguage: 'zh' } });
  });

  it('a damaged settings record falls back to the defaults', async () => {
    const s = background(() => v1);
    await (await s.db).put('settings', { enabled: 'yes', readerLanguage: 'fr' } as never, 'settings');
    expect((await s.handle({ type: 'pageState', url: 'https://a.example/' })).settings).toEqual({ enabled: true, readerLanguage: 'auto' });
  });
});

describe('siteOf', () => {
  it('names web pages by host, local files as one site, and has no switch elsewhere', () => {
    expect(siteOf('https://www.ykrb.cn:8443/news/1.html')).toBe('www.ykrb.cn');
    expect(siteOf('http://127.0.0.1:3000/')).toBe('127.0.0.1');
    expect(siteOf('file:///home/me/paper.html')).toBe('file');
    expect(siteOf('about:blank')).toBeNull();
    expect(siteOf('chrome://extensions/')).toBeNull();
    expect(siteOf('not a url')).toBeNull();
  });
});

describe('the toolbar badge', () => {
  it('counts what a tab’s top frame reports, not its iframes or extension pages', async () => {
    const s = background(() => v1);
    await s.handle({ type: 'reportTerms', count: 12 }, { tabId: 7, frameId: 0 });
    await s.handle({ type: 'reportTerms', count: 3 }, { tabId: 7, frameId: 2 });
    await s.handle({ type: 'reportTerms', count: 5 }, {});
    expect(s.calls.badges).toEqual([[7, 12]]);
  });
});
