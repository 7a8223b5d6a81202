/**
 * Tifa on one document: annotation, the card, pointer and keyboard. The toggle command stops a
 * session (underlines and card gone, observers disconnected) and starts a new one.
 */
import { Matcher } from '@/lib/matcher/matcher';
import { ask } from '@/utils/ask';
import { Annotator, type Annotation } from './annotator';
import { CardController } from './card-controller';
import { CardHost } from './card-host';
import { copyText } from './clipboard';
import { HoverController } from './hover';
import { KeyboardNavigator } from './keyboard';
import { PageAnnotator } from './page-annotator';
import { TermCounter } from './term-count';

export interface Session {
  keyboard: KeyboardNavigator;
  /** Glossary annotations in document order. */
  annotations: () => Annotation[];
  /** Reads the page again with a new glossary, and forgets the entries it looked up. */
  setMatcher: (matcher: Matcher) => void;
  stop: () => void;
}

/** `onCount` hears how many terms are underlined, after the first pass and after changes. */
export function startSession(doc: Document, matcher: Matcher, onCount?: (count: number) => void): Session {
  const counter = onCount ? new TermCounter(() => annotator.termCount, onCount) : undefined;
  const annotator = new Annotator(matcher, () => counter?.changed());
  const page = new PageAnnotator(doc.body, annotator);
  page.start();
  // Marks on the page's own timeline: benchmarks and tests see when each first pass is done.
  void page.idle().then(() => performance.mark('tifa-annotated'));
  void page.settled().then(() => performance.mark('tifa-discovered'));

  const card: CardHost = new CardHost(doc, {
    addToGlossary: async (input) => {
      const entry = await ask({ type: 'addUserEntry', entry: input });
      // The background tells every page of the new entry; this page shows its card at once.
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
    annotations: () => annotator.ordered(),
    setMatcher: (next) => {
      controller.forgetEntries();
      annotator.setMatcher(next);
      page.rescan();
    },
    stop: () => {
      counter?.stop();
      detach();
      page.stop();
      annotator.dispose();
      card.element.remove();
    },
  };
}
