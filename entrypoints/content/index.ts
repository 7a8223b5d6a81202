import { defineContentScript } from 'wxt/utils/define-content-script';
import { Matcher } from '@/lib/matcher/matcher';
import { ask } from '@/utils/ask';
import { Annotator } from './annotator';
import { CardHost } from './card-host';
import { HoverController } from './hover';
import { PageAnnotator } from './page-annotator';
import './highlights.css';

export default defineContentScript({
  matches: ['<all_urls>'],
  // Every frame reads its own text: same-origin iframes, srcdoc and about:blank frames included.
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  async main(ctx) {
    const matcher = Matcher.load(await ask({ type: 'matcher' }));
    const annotator = new Annotator(matcher);
    const page = new PageAnnotator(document.body, annotator);
    page.start();
    // Marks on the page's own timeline: benchmarks and tests see when each first pass is done.
    void page.idle().then(() => performance.mark('tifa-annotated'));
    void page.settled().then(() => performance.mark('tifa-discovered'));
    const card = new CardHost(document, {
      addToGlossary: async (input) => {
        const entry = await ask({ type: 'addUserEntry', entry: input });
        // The new entry is underlined on this page at once: a new matcher, then a fresh pass.
        annotator.setMatcher(Matcher.load(await ask({ type: 'matcher' })));
        page.rescan();
        hover.showEntry(entry);
      },
    });
    const hover = new HoverController(document, annotator, card, (id) => ask({ type: 'lookup', id }), () => page.roots);
    const detach = hover.attach();
    ctx.onInvalidated(() => {
      detach();
      page.stop();
      annotator.dispose();
    });
  },
});
