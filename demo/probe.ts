/**
 * Reads what Tifa did to a page from the outside, as a user would see it: the highlights
 * registered in the page's CSS.highlights, and the card in <tifa-card>'s open shadow root.
 */
import type { Frame, Page } from 'playwright-core';

export interface TermBox {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Number of ranges in the highlight `name` (0 when it is not registered). */
export function highlightSize(page: Page | Frame, name = 'tifa-term'): Promise<number> {
  return page.evaluate((n) => CSS.highlights.get(n)?.size ?? 0, name);
}

/** Waits until Tifa has finished its first pass over the page (the tifa-annotated mark). */
export async function waitForAnnotation(page: Page | Frame, timeout = 15_000): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('tifa-annotated').length > 0, undefined, { timeout });
}

/**
 * Scrolls the first underline whose text (whitespace and quotation marks aside) starts with `text`
 * into view, and returns its first line box.
 */
export async function findTerm(page: Page, text: string): Promise<TermBox | undefined> {
  return page.evaluate((wanted) => {
    // Tifa registers StaticRanges; live copies give text and geometry.
    const ranges = ([...(CSS.highlights.get('tifa-term') ?? [])] as StaticRange[]).map((s) => {
      const r = new Range();
      r.setStart(s.startContainer, s.startOffset);
      r.setEnd(s.endContainer, s.endOffset);
      return r;
    });
    const range = ranges.find((r) => r.toString().replace(/[\s“”"「」]+/g, '').startsWith(wanted));
    if (!range) return undefined;
    range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
    return { text: range.toString(), x: rect.left, y: rect.top, width: rect.width, height: rect.height };
  }, text);
}

/** Underlined texts in page order, whitespace removed. */
export function underlinedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    return ([...(CSS.highlights.get('tifa-term') ?? [])] as StaticRange[]).map((s) => {
      const r = new Range();
      r.setStart(s.startContainer, s.startOffset);
      r.setEnd(s.endContainer, s.endOffset);
      return r.toString().replace(/\s+/g, '');
    });
  });
}

/** Moves the pointer to the middle of a term's box. */
export async function hover(page: Page, box: TermBox): Promise<void> {
  await page.mouse.move(box.x + Math.min(box.width / 2, 12), box.y + box.height / 2, { steps: 4 });
}

export interface CardState {
  role: string | null;
  text: string;
  headword: string | null;
  /** Computed styles that only apply when the card's stylesheet was adopted. */
  borderRadius: string;
  position: string;
  rect: { left: number; top: number; right: number; bottom: number };
}

/** The card as shown, or null when no card is open. */
export function cardState(page: Page): Promise<CardState | null> {
  return page.evaluate(() => {
    const host = document.querySelector('tifa-card');
    const card = host?.shadowRoot?.querySelector<HTMLElement>('[role="dialog"], [role="tooltip"]');
    if (!card) return null;
    const style = getComputedStyle(card);
    const rect = card.getBoundingClientRect();
    return {
      role: card.getAttribute('role'),
      text: card.textContent ?? '',
      headword: card.querySelector('.tifa-headword')?.textContent ?? null,
      borderRadius: style.borderRadius,
      position: style.position,
      rect: { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom },
    };
  });
}

/** Waits for the card to show an entry (with the given headword, when one is given). */
export async function waitForCard(page: Page, headword?: string, timeout = 5_000): Promise<CardState> {
  await page.waitForFunction(
    (word) => {
      const shown = document.querySelector('tifa-card')?.shadowRoot?.querySelector('.tifa-headword')?.textContent;
      return shown !== undefined && shown !== null && (word === null || shown === word);
    },
    headword ?? null,
    { timeout },
  );
  const state = await cardState(page);
  if (!state) throw new Error('card vanished');
  return state;
}
