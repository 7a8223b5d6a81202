import { describe, expect, it } from 'vitest';
import type { browser as extensionApi } from 'wxt/browser';
import { underlinedTexts, waitForAnnotation } from '@/demo/probe';
import { encodeItem } from '@/lib/sync';
import { useExtension } from './setup';

const harness = useExtension();
type WorkerGlobals = { chrome: typeof extensionApi };

/** The extension's storage.sync as the browser holds it. */
function syncContents(): Promise<Record<string, unknown>> {
  return harness.browser.worker.evaluate(() => (globalThis as unknown as WorkerGlobals).chrome.storage.sync.get(null));
}

describe('sync on the browser’s own storage.sync', () => {
  it('an entry written in the options page reaches storage.sync, and the page reports it synced', async () => {
    const { page } = await harness.open(`chrome-extension://${harness.browser.extensionId}/options.html`);
    await page.getByRole('button', { name: 'New entry' }).click();
    await page.getByLabel('Term (required)').fill('三抓三促');
    await page.getByLabel('Definition in Chinese').fill('一项作风建设行动。');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.locator('.entry-row', { hasText: '三抓三促' }).waitFor();

    await expect.poll(async () => JSON.stringify(await syncContents()), { timeout: 15_000 }).toContain('三抓三促');
    // The panel reads the status again every few seconds.
    await expect.poll(() => page.locator('.sync-numbers li').first().textContent(), { timeout: 15_000 }).toBe('1 synced, 0 waiting, 0 over quota');
    expect(await page.locator('.sync-state').textContent()).toMatch(/^Synced/);
  });

  it('an entry another browser put in storage.sync is underlined on open pages', async () => {
    const news = (await harness.open(harness.server.url('pages', 'yongkang-daily-000.html'))).page;
    await waitForAnnotation(news);
    expect(await underlinedTexts(news)).not.toContain('项目建设');
    const entry = {
      id: 'user-from-laptop',
      term: '项目建设',
      aliases: [],
      pinyin: 'xiàng mù jiàn shè',
      english: 'project construction',
      definition: { zh: '重点项目的推进工作。', en: '' },
      category: 'campaign',
      level: 'yongkang',
      region: '',
      related: [],
      examples: [],
      owner: 'user',
    };
    const encoded = encodeItem({ key: `entry:${entry.id}`, value: entry, stamp: { counter: 1000, device: 'laptop' }, wall: Date.now(), seen: { laptop: 1000 } });
    if (!encoded.ok) throw new Error('could not encode');
    // Handed over as JSON text: Playwright's argument types cannot follow the recursive JSON type.
    await harness.browser.worker.evaluate((parts) => (globalThis as unknown as WorkerGlobals).chrome.storage.sync.set(JSON.parse(parts)), JSON.stringify(encoded.parts));
    await expect.poll(() => underlinedTexts(news), { timeout: 15_000 }).toContain('项目建设');
  });
});
