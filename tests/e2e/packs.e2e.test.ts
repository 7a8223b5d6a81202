import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { findTerm, hover, underlinedTexts, waitForAnnotation, waitForCard } from '@/demo/probe';
import { useExtension } from './setup';

const harness = useExtension();
let packServer: Server;
let packUrl = '';
let body = '';

beforeAll(async () => {
  // A team's server on 127.0.0.1: plain JSON, no CORS headers.
  packServer = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
    res.end(body);
  });
  await new Promise<void>((done) => packServer.listen(0, '127.0.0.1', done));
  packUrl = `http://127.0.0.1:${(packServer.address() as AddressInfo).port}/newsroom.json`;
});
afterAll(() => new Promise<void>((done) => packServer.close(() => done())));

function pack(definition: string): string {
  return JSON.stringify({
    format: 'tifa-glossary',
    version: 1,
    title: 'Newsroom pack',
    entries: [{ id: 'xmjs', term: '项目建设', english: 'project construction', definition: { zh: definition } }],
  });
}

describe('a shared glossary pack', () => {
  it('subscribed in the options page, underlines its terms on open pages, and a refresh brings its changes', async () => {
    body = pack('第一版释义。');
    const news = (await harness.open(harness.server.url('pages', 'yongkang-daily-000.html'))).page;
    await waitForAnnotation(news);
    expect(await underlinedTexts(news)).not.toContain('项目建设');

    const { page } = await harness.open(`chrome-extension://${harness.browser.extensionId}/options.html`);
    await page.getByLabel('Address of a glossary pack').fill(packUrl);
    await page.getByRole('button', { name: 'Subscribe' }).click();
    await page.locator('.notice', { hasText: 'Subscribed to “Newsroom pack”: 1 entries.' }).waitFor();

    await expect.poll(() => underlinedTexts(news)).toContain('项目建设');
    await hover(news, (await findTerm(news, '项目建设'))!);
    const card = await waitForCard(news, '项目建设');
    expect(card.text).toContain('Pack: Newsroom pack');
    expect(card.text).toContain('第一版释义。');
    await news.keyboard.press('Escape');

    body = pack('第二版释义。');
    await page.getByRole('button', { name: 'Refresh all now' }).click();
    await page.locator('.notice', { hasText: 'Packs refreshed.' }).waitFor();
    await news.mouse.move(5, 5);
    await hover(news, (await findTerm(news, '项目建设'))!);
    expect((await waitForCard(news, '项目建设')).text).toContain('第二版释义。');

    const alarm = await harness.browser.worker.evaluate(() => (globalThis as unknown as { chrome: { alarms: { get: (n: string) => Promise<{ periodInMinutes?: number } | undefined> } } }).chrome.alarms.get('tifa-refresh-packs'));
    expect(alarm?.periodInMinutes).toBe(360);
  });
});
