import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { bundleSchema, type Bundle } from '@/lib/glossary/schema';
import { requestSchema, type Reply } from '@/lib/messages';
import { classify } from '@/lib/errors';
import { badRequest } from './bad-request';
import { GlossaryService } from './glossary-service';
import { RequestHandler } from './requests';
import { SyncBridge } from './sync/bridge';
import { StorageHealth } from './storage-health';
import { openTifaDb } from './storage/database';
import { broadcast, forwardCommand, openInPopup, setBadge } from './tabs';

const PACK_ALARM = 'tifa-refresh-packs';

async function fetchBundle(): Promise<Bundle> {
  const response = await fetch(browser.runtime.getURL('/glossary.json'));
  return bundleSchema.parse(await response.json());
}

export default defineBackground(() => {
  let bundle: Promise<Bundle> | undefined;
  const db = openTifaDb();
  const glossary = new GlossaryService(db, () => (bundle ??= fetchBundle()));
  const glossaryChanged = () => broadcast({ type: 'glossaryChanged' });
  // Another device's edits landed in the database: a new matcher, and open pages re-read.
  const sync = new SyncBridge(db, browser.storage.sync, () => {
    glossary.invalidate();
    void glossaryChanged();
  });
  const handler = new RequestHandler(
    db,
    glossary,
    new StorageHealth(db),
    { openInPopup, settingsChanged: () => broadcast({ type: 'settingsChanged' }), glossaryChanged, setBadge },
    sync,
  );
  const install = () => glossary.install().catch((error: unknown) => console.error('Tifa: could not load the glossary', error));

  browser.commands.onCommand.addListener((command, tab) => void forwardCommand(command, tab?.id));
  void browser.alarms.create(PACK_ALARM, { periodInMinutes: 6 * 60 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === PACK_ALARM) void handler.packs.refresh().catch((error: unknown) => console.error('Tifa: pack refresh', error));
  });
  browser.runtime.onInstalled.addListener(install);
  // A browser restart does not fire onInstalled; a database cleared by the user is refilled here.
  void install();

  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (reply: Reply<unknown>) => void) => {
    const parsed = requestSchema.safeParse(message);
    if (!parsed.success) {
      const { code, message: text, subject, entryId } = badRequest(parsed.error);
      sendResponse({ ok: false, error: text, code, subject, entryId });
      return false;
    }
    handler.handle(parsed.data, { tabId: sender.tab?.id, frameId: sender.frameId }).then(
      (value) => sendResponse({ ok: true, value }),
      (error: unknown) => {
        const { code, message, subject, entryId } = classify(error);
        sendResponse({ ok: false, error: message, code, subject, entryId });
      },
    );
    return true;
  });
});
