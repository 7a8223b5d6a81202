/**
 * Opens the toolbar popup's page the way a click on the button would show it: its own window,
 * with the reader's page still the active tab of the last focused browser window.
 */
import type { Page } from 'playwright-core';
import type { browser as extensionApi } from 'wxt/browser';
import type { ExtensionBrowser } from '@/demo/browser';

/** The extension API as the service worker sees it (evaluated code runs there, not here). */
type WorkerGlobals = { chrome: typeof extensionApi };

export async function openPopupFor(browser: ExtensionBrowser, page: Page): Promise<Page> {
  await page.bringToFront();
  const opened = browser.context.waitForEvent('page', (p) => p.url().includes('/popup.html'));
  await browser.worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as WorkerGlobals;
    await chrome.windows.create({ url: 'popup.html', type: 'popup', width: 420, height: 640 });
  });
  const popup = await opened;
  await popup.waitForLoadState();
  return popup;
}

/** The toolbar badge text of `page`'s tab (brought to the front to find it without tab permissions). */
export async function badgeText(browser: ExtensionBrowser, page: Page): Promise<string> {
  await page.bringToFront();
  return browser.worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as WorkerGlobals;
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id === undefined ? 'no tab' : chrome.action.getBadgeText({ tabId: tab.id });
  });
}
