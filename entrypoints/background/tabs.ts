/** What the background does to tabs and the toolbar button: browser APIs only, no glossary logic. */
import { browser } from 'wxt/browser';
import { isCommand, type TabMessage } from '@/lib/commands';

/**
 * Shows an entry in the toolbar popup; where the browser will not open the popup for us
 * (openPopup needs a focused window, and some browsers lack it) the entry opens in a tab.
 */
export async function openInPopup(id: string): Promise<void> {
  const query = `?entry=${encodeURIComponent(id)}`;
  try {
    await browser.action.setPopup({ popup: `popup.html${query}` });
    await browser.action.openPopup();
  } catch {
    await browser.tabs.create({ url: browser.runtime.getURL(`/popup.html${query}`) });
  } finally {
    await browser.action.setPopup({ popup: 'popup.html' });
  }
}

/**
 * Forwards a keyboard command to the tab: the toggle to every frame (each frame underlines its own
 * text), next and previous to the top frame, which walks the page's terms.
 */
export async function forwardCommand(command: string, tabId: number | undefined): Promise<void> {
  if (!isCommand(command)) return;
  const id = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (id === undefined) return;
  const message: TabMessage = { type: 'command', command };
  const frames = command === 'toggle-tifa' ? {} : { frameId: 0 };
  await browser.tabs.sendMessage(id, message, frames).catch(() => undefined);
}

/** Sends a message to every frame of every tab; tabs without Tifa (browser pages) are skipped. */
export async function broadcast(message: TabMessage): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : browser.tabs.sendMessage(tab.id, message).catch(() => undefined))));
}

export async function setBadge(tabId: number, count: number): Promise<void> {
  const text = count === 0 ? '' : count > 999 ? '999+' : String(count);
  await browser.action.setBadgeText({ tabId, text }).catch(() => undefined);
  await browser.action.setBadgeBackgroundColor({ tabId, color: '#8a3a1c' }).catch(() => undefined);
}
