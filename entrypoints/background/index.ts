import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { bundleSchema, type Bundle } from '@/lib/glossary/schema';
import { requestSchema, type Reply } from '@/lib/messages';
import { openTifaDb } from './database';
import { GlossaryService } from './glossary-service';

async function fetchBundle(): Promise<Bundle> {
  const response = await fetch(browser.runtime.getURL('/glossary.json'));
  return bundleSchema.parse(await response.json());
}

export default defineBackground(() => {
  let bundle: Promise<Bundle> | undefined;
  const service = new GlossaryService(openTifaDb(), () => (bundle ??= fetchBundle()));

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
