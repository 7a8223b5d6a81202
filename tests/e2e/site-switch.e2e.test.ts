import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension } from '@/demo/browser';
import { highlightSize, waitForAnnotation } from '@/demo/probe';
import { startServer, type PageServer } from '@/demo/server';
import { openPopupFor } from './popup-window';

const PAGE = 'yongkang-daily-001.html';
let server: PageServer;
const profileDir = mkdtempSync(join(tmpdir(), 'tifa-restart-'));

beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.close();
  rmSync(profileDir, { recursive: true, force: true });
});

describe('the per-site switch', () => {
  it('turns Tifa off on this site at once, stays off after a browser restart, and back on without a reload', async () => {
    const first = await launchWithExtension({ profileDir });
    try {
      const page = await first.context.newPage();
      await page.goto(server.url('pages', PAGE));
      await waitForAnnotation(page);
      expect(await highlightSize(page)).toBeGreaterThan(0);
      const popup = await openPopupFor(first, page);
      const siteSwitch = popup.locator('.switch', { hasText: '127.0.0.1' }).locator('input');
      expect(await siteSwitch.isChecked()).toBe(true);
      await siteSwitch.uncheck();
      await page.waitForFunction(() => (CSS.highlights.get('tifa-term')?.size ?? 0) === 0);
    } finally {
      await first.close();
    }

    const second = await launchWithExtension({ profileDir });
    try {
      const page = await second.context.newPage();
      await page.goto(server.url('pages', PAGE));
      const popup = await openPopupFor(second, page);
      // The content script answered and says it is off: not merely slow to start.
      await popup.locator('.on-page .hint').waitFor();
      expect(await popup.locator('.on-page .hint').textContent()).toMatch(/off on this page/);
      expect(await highlightSize(page)).toBe(0);
      const siteSwitch = popup.locator('.switch', { hasText: '127.0.0.1' }).locator('input');
      expect(await siteSwitch.isChecked()).toBe(false);
      await siteSwitch.check();
      await waitForAnnotation(page);
      expect(await highlightSize(page)).toBeGreaterThan(0);
    } finally {
      await second.close();
    }
  });

  it('the global switch turns every site off', async () => {
    const browser = await launchWithExtension();
    try {
      const page = await browser.context.newPage();
      await page.goto(server.url('pages', PAGE));
      await waitForAnnotation(page);
      const popup = await openPopupFor(browser, page);
      await popup.locator('.switch', { hasText: 'all sites' }).locator('input').uncheck();
      await page.waitForFunction(() => (CSS.highlights.get('tifa-term')?.size ?? 0) === 0);
      const other = await browser.context.newPage();
      await other.goto(server.url('pages', 'yongkang-daily-002.html'));
      const second = await openPopupFor(browser, other);
      await second.locator('.on-page .hint').waitFor();
      expect(await second.locator('.on-page .hint').textContent()).toMatch(/off on this page/);
      expect(await highlightSize(other)).toBe(0);
    } finally {
      await browser.close();
    }
  });
});
