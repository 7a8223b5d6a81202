import { defineContentScript } from 'wxt/utils/define-content-script';
import { Matcher } from '@/lib/matcher/matcher';
import { ask } from '@/utils/ask';
import { Annotator } from './annotator';
import { CardHost } from './card-host';
import { HoverController } from './hover';
import { PageAnnotator } from './page-annotator';
import './highlights.css';

const ANNOTATED_MARK = 'tifa-annotated';

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
    // A mark on the page's own timeline: benchmarks and tests see when the first pass is done.
    void page.idle().then(() => performance.mark(ANNOTATED_MARK));
    const hover = new HoverController(
      document,
      annotator,
      new CardHost(document),
      (id) => ask({ type: 'lookup', id }),
      () => page.roots,
    );
    const detach = hover.attach();
    ctx.onInvalidated(() => {
      detach();
      page.stop();
      annotator.dispose();
    });
  },
});
