/**
 * The <tifa-card> element: an open shadow root holding the Preact card. Styles are adopted as a
 * constructed stylesheet because a <style> element in the shadow root is blocked on pages whose
 * CSP says style-src 'self'.
 */
import { render } from 'preact';
import { autoUpdate, computePosition, flip, inline, offset, shift, size } from '@floating-ui/dom';
import entryCss from '@/components/entry.css?inline';
import cardCss from './card.css?inline';
import { CardView, type CardActions, type CardContent } from './CardView';

export const CARD_TAG = 'tifa-card';
const ANNOUNCE_DELAY_MS = 150;

export class CardHost {
  readonly element: HTMLElement;
  readonly shadowRoot: ShadowRoot;
  /** Preact renders here; the live region beside it survives re-renders. */
  private readonly container: HTMLElement;
  private readonly live: HTMLElement;
  private stopTracking: (() => void) | undefined;
  private announceTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly doc: Document,
    private readonly actions: CardActions,
  ) {
    this.element = doc.createElement(CARD_TAG);
    this.shadowRoot = this.element.attachShadow({ mode: 'open' });
    // Typing in the card's form must not trigger the page's own keyboard shortcuts.
    for (const type of ['keydown', 'keyup', 'keypress']) this.element.addEventListener(type, (e) => e.stopPropagation());
    doc.addEventListener('fullscreenchange', () => this.element.isConnected && this.attach());
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`${entryCss}\n${cardCss}`);
    this.shadowRoot.adoptedStyleSheets = [sheet];
    this.container = doc.createElement('div');
    this.live = doc.createElement('div');
    this.live.className = 'tifa-sr';
    this.live.setAttribute('aria-live', 'polite');
    this.shadowRoot.append(this.container, this.live);
  }

  get shown(): boolean {
    return this.stopTracking !== undefined;
  }

  /** Shows `content` next to `anchor`, kept in place while the page scrolls or resizes. */
  show(anchor: Range, content: CardContent): void {
    this.attach();
    render(<CardView content={content} actions={this.actions} />, this.container);
    const card = this.container.querySelector<HTMLElement>('.tifa-card');
    if (!card) return;
    this.stopTracking?.();
    const reference = {
      getBoundingClientRect: () => anchor.getBoundingClientRect(),
      getClientRects: () => anchor.getClientRects(),
      contextElement: anchor.startContainer.parentElement ?? undefined,
    };
    this.stopTracking = autoUpdate(reference, card, () => {
      // Back to the stylesheet's size, so that flip compares the sides with the card at full size.
      card.style.maxWidth = '';
      card.style.maxHeight = '';
      void computePosition(reference, card, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          inline(),
          offset(6),
          flip({ padding: 8 }),
          shift({ padding: 8 }),
          // A tall card beside a term in mid-screen may fit on neither side: it scrolls instead.
          size({
            padding: 8,
            apply: ({ availableWidth, availableHeight, elements }) => {
              const { style } = elements.floating;
              if (elements.floating.offsetWidth > availableWidth) style.maxWidth = `${Math.max(0, availableWidth)}px`;
              if (elements.floating.offsetHeight > availableHeight) style.maxHeight = `${Math.max(0, availableHeight)}px`;
            },
          }),
        ],
      }).then(({ x, y }) => {
        card.style.left = `${x}px`;
        card.style.top = `${y}px`;
      });
    });
  }

  /**
   * In fullscreen only the fullscreen element's subtree is drawn, so the card goes inside it; a
   * <video> or <img> cannot hold children, and then the card cannot show over it.
   */
  attach(): void {
    const fullscreen = this.doc.fullscreenElement;
    const parent = fullscreen && !['VIDEO', 'IMG', 'CANVAS', 'IFRAME'].includes(fullscreen.tagName) ? fullscreen : this.doc.documentElement;
    if (this.element.parentNode !== parent) parent.append(this.element);
  }

  hide(): void {
    this.stopTracking?.();
    this.stopTracking = undefined;
    render(null, this.container);
    clearTimeout(this.announceTimer);
    this.live.textContent = '';
    this.element.remove();
  }

  /** Says `text` to screen readers (the card must be shown). */
  announce(text: string): void {
    // Screen readers announce changes to a live region, not the text it was attached with, and the
    // card may have just been attached: the text goes in a moment later.
    this.live.textContent = '';
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => (this.live.textContent = text), ANNOUNCE_DELAY_MS);
  }

  /** Moves the keyboard focus to the card, so Tab reaches its actions next. */
  focus(): void {
    this.shadowRoot.querySelector<HTMLElement>('.tifa-card')?.focus();
  }

  /**
   * True while the user is typing in the card's form. Focus on a button (after a click, or a
   * keyboard jump) does not count: the pointer leaving should still close an unpinned card.
   */
  get editing(): boolean {
    const tag = this.shadowRoot.activeElement?.tagName;
    return tag === 'TEXTAREA' || tag === 'INPUT';
  }

  /** True when an event happened inside the card. */
  contains(event: Event): boolean {
    return event.composedPath().includes(this.element);
  }
}
