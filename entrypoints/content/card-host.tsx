/**
 * The <tifa-card> element: an open shadow root holding the Preact card. Styles are adopted as a
 * constructed stylesheet because a <style> element in the shadow root is blocked on pages whose
 * CSP says style-src 'self'.
 */
import { render } from 'preact';
import { autoUpdate, computePosition, flip, inline, offset, shift } from '@floating-ui/dom';
import entryCss from '@/components/entry.css?inline';
import cardCss from './card.css?inline';
import { CardView, type CardActions, type CardContent } from './CardView';

export const CARD_TAG = 'tifa-card';

export class CardHost {
  readonly element: HTMLElement;
  private readonly root: ShadowRoot;
  /** Preact renders here; the live region beside it survives re-renders. */
  private readonly container: HTMLElement;
  private readonly live: HTMLElement;
  private stopTracking: (() => void) | undefined;

  constructor(
    private readonly doc: Document,
    private readonly actions: CardActions,
  ) {
    this.element = doc.createElement(CARD_TAG);
    this.root = this.element.attachShadow({ mode: 'open' });
    // Typing in the card's form must not trigger the page's own keyboard shortcuts.
    for (const type of ['keydown', 'keyup', 'keypress']) this.element.addEventListener(type, (e) => e.stopPropagation());
    doc.addEventListener('fullscreenchange', () => this.element.isConnected && this.attach());
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`${entryCss}\n${cardCss}`);
    this.root.adoptedStyleSheets = [sheet];
    this.container = doc.createElement('div');
    this.live = doc.createElement('div');
    this.live.className = 'tifa-sr';
    this.live.setAttribute('aria-live', 'polite');
    this.root.append(this.container, this.live);
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
      void computePosition(reference, card, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [inline(), offset(6), flip(), shift({ padding: 8 })],
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
    this.live.textContent = '';
    this.element.remove();
  }

  /** Says `text` to screen readers (the card must be shown). */
  announce(text: string): void {
    this.live.textContent = text;
  }

  /** Moves the keyboard focus to the card, so Tab reaches its actions next. */
  focus(): void {
    this.root.querySelector<HTMLElement>('.tifa-card')?.focus();
  }

  /** True while the keyboard focus is inside the card (the user is typing in it). */
  get focused(): boolean {
    return this.doc.activeElement === this.element;
  }

  /** True when an event happened inside the card. */
  contains(event: Event): boolean {
    return event.composedPath().includes(this.element);
  }
}
