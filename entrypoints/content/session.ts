/**
 * Tifa on one document: annotation, the card, pointer and keyboard. The toggle command stops a
 * session (underlines and card gone, observers disconnected) and starts a new one.
 */
import { Matcher } from '@/lib/matcher/matcher';
import { ask } from '@/utils/ask';
import { Annotator } from './annotator';
import { CardController } from './card-controller';
import { CardHost } from './card-host';
import { copyText } from './clipboard';
import { HoverController } from './hover';
import { KeyboardNavigator } from './keyboard';
import { PageAnnotator } from './page-annotator';

export interface Session {
  keyboard: KeyboardNavigator;
  stop: () => void;
}

export function startSession(doc: Document, matcher: Matcher): Session {
  const annotator = new Annotator(matcher);
  const page = new PageAnnotator(doc.body, annotator);
  page.start();
  // Marks on the page's own timeline: benchmarks and tests see when each first pass is done.
  void page.idle().then(() => performance.mark('tifa-annotated'));
  void page.settled().then(() => performance.mark('tifa-discovered'));

  const card: CardHost = new CardHost(doc, {
    addToGlossary: async (input) => {
      const entry = await ask({ type: 'addUserEntry', entry: input });
      // The new entry is underlined on this page at once: a new matcher, then a fresh pass.
      annotator.setMatcher(Matcher.load(await ask({ type: 'matcher' })));
      page.rescan();
      controller.showEntry(entry);
    },
    lookup: (id) => controller.lookup(id),
    copy: (text) => copyText(text, card.shadowRoot),
    getNote: (id) => ask({ type: 'getNote', id }),
    saveNote: async (id, text) => {
      await ask({ type: 'saveNote', id, text });
    },
    openInPopup: async (id) => {
      await ask({ type: 'openInPopup', id });
    },
    togglePin: () => controller.togglePin(),
    close: () => hover.close(),
  });
  const controller = new CardController(card, annotator, (id) => ask({ type: 'lookup', id }));
  const hover = new HoverController(doc, annotator, card, controller, () => page.roots);
  const detach = hover.attach();
  const keyboard = new KeyboardNavigator(annotator, controller, (text) => card.announce(text));

  return {
    keyboard,
    stop: () => {
      detach();
      page.stop();
      annotator.dispose();
      card.element.remove();
    },
  };
}
