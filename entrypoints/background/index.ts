import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { bundleSchema, type Bundle } from '@/lib/glossary/schema';
import { requestSchema, type Reply } from '@/lib/messages';
import { isCommand, type CommandMessage } from '@/lib/commands';
import { openTifaDb } from './database';
import { GlossaryService } from './glossary-service';

/**
 * Shows an entry in the toolbar popup; where the browser will not open the popup for us
 * (openPopup needs a focused window, and some browsers lack it) the entry opens in a tab.
 */
async function openInPopup(id: string): Promise<void> {
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
async function forwardCommand(command: string, tabId: number | undefined): Promise<void> {
  if (!isCommand(command)) return;
  const id = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (id === undefined) return;
  const message: CommandMessage = { type: 'command', command };
  const frames = command === 'toggle-tifa' ? {} : { frameId: 0 };
  await browser.tabs.sendMessage(id, message, frames).catch(() => undefined);
}

async function fetchBundle(): Promise<Bundle> {
  const response = await fetch(browser.runtime.getURL('/glossary.json'));
  return bundleSchema.parse(await response.json());
}

export default defineBackground(() => {
  let bundle: Promise<Bundle> | undefined;
  const service = new GlossaryService(openTifaDb(), () => (bundle ??= fetchBundle()), openInPopup);

  browser.commands.onCommand.addListener((command, tab) => void forwardCommand(command, tab?.id));

  browser.runtime.onInstalled.addListener(() => {
    service.install().catch((error: unknown) => console.error('Tifa: could not load the glossary', error));
  });
  // A browser restart does not fire onInstalled; a database cleared by the user is refilled here.
  service.install().catch((error: unknown) => console.error('Tifa: could not load the glossary', error));

  browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse: (reply: Reply<unknown>) => void) => {
    const parsed = requestSchema.safeParse(message);
    if (!parsed.success) {
      sendResponse({ ok: false, error: `bad request: ${parsed.error.message}` });
      return false;
    }
    service.handle(parsed.data).then(
      (value) => sendResponse({ ok: true, value }),
      (error: unknown) => sendResponse({ ok: false, error: error instanceof Error ? error.message : String(error) }),
    );
    return true;
  });
});
