/** The page the popup is about, and typed messages to its top frame. */
import { browser } from 'wxt/browser';
import type { TabMessage, TabReplies } from '@/lib/commands';

/** The reader's page as its content script describes it. */
export interface PageInfo extends Readonly<TabReplies['pageTerms']> {
  tabId: number;
}

type Asking = Extract<TabMessage, { type: keyof TabReplies }>;

/** Asks the tab's top frame; rejects where no content script runs (browser pages, the store). */
export async function askTab<M extends Asking>(tabId: number, message: M): Promise<TabReplies[M['type']]> {
  return (await browser.tabs.sendMessage(tabId, message, { frameId: 0 })) as TabReplies[M['type']];
}

/**
 * The active tab of the last focused browser window, asked this way rather than "current window"
 * so that the popup opened in a window or tab of its own still finds the reader's page. Its
 * address comes from its content script: no "tabs" permission needed. Null where none answers.
 */
export async function readPage(): Promise<PageInfo | null> {
  const window = await browser.windows.getLastFocused({ windowTypes: ['normal'] }).catch(() => undefined);
  const [tab] = await browser.tabs.query(window?.id === undefined ? { active: true, currentWindow: true } : { active: true, windowId: window.id });
  if (tab?.id === undefined) return null;
  const tabId = tab.id;
  return askTab(tabId, { type: 'pageTerms' }).then(
    (reply) => ({ ...reply, tabId }),
    () => null,
  );
}
