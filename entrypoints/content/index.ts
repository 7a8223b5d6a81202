import { defineContentScript } from 'wxt/utils/define-content-script';
import { Matcher } from '@/lib/matcher/matcher';
import { ask } from '@/utils/ask';
import { Annotator } from './annotator';
import { CardHost } from './card-host';
import { HoverController } from './hover';
import './highlights.css';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  async main(ctx) {
    const matcher = Matcher.load(await ask({ type: 'matcher' }));
    const annotator = new Annotator(matcher);
    annotator.annotate(document.body);
    const hover = new HoverController(document, annotator, new CardHost(document), (id) => ask({ type: 'lookup', id }));
    const detach = hover.attach();
    ctx.onInvalidated(() => {
      detach();
      annotator.dispose();
    });
  },
});
