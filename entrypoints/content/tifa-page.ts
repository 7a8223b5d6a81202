/**
 * Tifa in one frame: asks the background whether it runs here (global and per-site switches),
 * starts and stops the session, and answers the keyboard commands and the popup's questions.
 */
import { Matcher, type MatcherData } from '@/lib/matcher/matcher';
import type { TabMessage, TabReplies } from '@/lib/commands';
import { ask } from '@/utils/ask';
import { setReaderLanguage } from '@/utils/i18n';
import { pageTerms } from './page-terms';
import { startSession, type Session } from './session';

/**
 * The per-site switch is about the tab's site: frames ask with the top page's address (a
 * cross-origin frame only knows the top's origin, which names the same site).
 */
function topUrl(): string {
  try {
    return window.top?.location.href ?? location.href;
  } catch {
    const origins = location.ancestorOrigins;
    return origins?.length ? origins[origins.length - 1]! : location.href;
  }
}

export class TifaPage {
  private session: Session | undefined;
  /** Page-wide changes run one after another: a toggle never races a settings change. */
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly doc: Document,
    private readonly topFrame: boolean,
  ) {}

  /**
   * Reads this page's state from the background and runs or stops Tifa to match. At start-up the
   * matcher is asked for alongside (start-up is the hot path: one round trip, not two in a row);
   * on a site turned off it goes unused.
   */
  refresh({ starting = false } = {}): Promise<void> {
    return this.enqueue(async () => {
      const [state, matcher] = await Promise.all([ask({ type: 'pageState', url: topUrl() }), starting ? ask({ type: 'matcher' }) : undefined]);
      setReaderLanguage(state.settings.readerLanguage);
      await this.run(state.enabled, matcher);
    });
  }

  /** The toggle command: on or off for this page only, until a settings change says otherwise. */
  toggle(): Promise<void> {
    return this.enqueue(() => this.run(!this.session));
  }

  stop(): void {
    this.session?.stop();
    this.session = undefined;
  }

  /** Handles a message; one that asks something is answered at once. */
  receive(message: TabMessage, reply: (value: TabReplies[keyof TabReplies]) => void): void {
    switch (message.type) {
      case 'command':
        if (message.command === 'toggle-tifa') void this.toggle();
        else this.session?.keyboard.step(message.command === 'next-term' ? 1 : -1);
        break;
      case 'settingsChanged':
        void this.refresh();
        break;
      case 'glossaryChanged':
        void this.reloadGlossary();
        break;
      case 'pageTerms':
        reply({ url: this.doc.location.href, running: this.session !== undefined, terms: this.session ? pageTerms(this.session.annotations()) : [] });
        break;
      case 'reveal':
        reply(this.session?.keyboard.reveal(message.id) ?? false);
        break;
    }
  }

  /** The user's glossary changed: underline with the new matcher, without a reload. */
  private reloadGlossary(): Promise<void> {
    return this.enqueue(async () => {
      if (!this.session) return;
      this.session.setMatcher(Matcher.load(await ask({ type: 'matcher' })));
    });
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    this.queue = this.queue.then(task).catch((error: unknown) => console.error('Tifa:', error));
    return this.queue;
  }

  private async run(on: boolean, prefetched?: MatcherData): Promise<void> {
    if (on === (this.session !== undefined)) return;
    if (!on) {
      this.stop();
      if (this.topFrame) await ask({ type: 'reportTerms', count: 0 });
      return;
    }
    // Otherwise a fresh matcher each time: the glossary may have changed while Tifa was off.
    const matcher = Matcher.load(prefetched ?? (await ask({ type: 'matcher' })));
    this.session = startSession(this.doc, matcher, this.topFrame ? (count) => void ask({ type: 'reportTerms', count }).catch(() => undefined) : undefined);
  }
}
