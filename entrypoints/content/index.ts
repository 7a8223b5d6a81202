import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { isTabMessage } from '@/lib/commands';
import { TifaPage } from './tifa-page';
import './highlights.css';

export default defineContentScript({
  matches: ['<all_urls>'],
  // Every frame reads its own text: same-origin iframes, srcdoc and about:blank frames included.
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  async main(ctx) {
    // Benchmarks attribute long tasks from here on to the extension (see session.ts for the rest).
    performance.mark('tifa-start');
    const tifa = new TifaPage(document, window === window.top);
    const onMessage = (message: unknown, _sender: unknown, sendResponse: (value: unknown) => void) => {
      if (isTabMessage(message)) tifa.receive(message, sendResponse);
      // Answers are sent before this returns: the channel need not stay open.
      return false;
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      tifa.stop();
    });
    await tifa.refresh({ starting: true });
  },
});
