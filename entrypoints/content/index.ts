import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { Matcher } from '@/lib/matcher/matcher';
import { isCommandMessage } from '@/lib/commands';
import { ask } from '@/utils/ask';
import { startSession, type Session } from './session';
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
    let session: Session | undefined = startSession(document, Matcher.load(await ask({ type: 'matcher' })));

    const onMessage = (message: unknown) => {
      if (!isCommandMessage(message)) return;
      switch (message.command) {
        case 'toggle-tifa':
          if (session) {
            session.stop();
            session = undefined;
          } else {
            // A fresh matcher: the glossary may have changed while Tifa was off.
            void ask({ type: 'matcher' }).then((data) => (session ??= startSession(document, Matcher.load(data))));
          }
          break;
        case 'next-term':
          session?.keyboard.step(1);
          break;
        case 'previous-term':
          session?.keyboard.step(-1);
          break;
      }
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      session?.stop();
    });
  },
});
