import { describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { cardState, hover, waitForAnnotation, waitForCard, type CardState, type TermBox } from '@/demo/probe';
import { useExtension } from './setup';

const harness = useExtension();

/** The first line box of the underlined text inside element `id`, and all its line boxes; no scrolling. */
async function termBox(target: Page | Frame, id: string): Promise<TermBox & { lines: TermBox[] }> {
  return target.evaluate((elementId) => {
    const element = document.getElementById(elementId)!;
    const range = ([...(CSS.highlights.get('tifa-term') ?? [])] as StaticRange[]).map((s) => { const r = new Range(); r.setStart(s.startContainer, s.startOffset); r.setEnd(s.endContainer, s.endOffset); return r; }).find((r) => element.contains(r.startContainer))!;
    const lines = [...range.getClientRects()].map((r) => ({ text: range.toString(), x: r.left, y: r.top, width: r.width, height: r.height }));
    return { ...lines[0]!, lines };
  }, id);
}

function inside(rect: CardState['rect'], width: number, height: number): boolean {
  return rect.left >= 0 && rect.top >= 0 && rect.right <= width && rect.bottom <= height;
}

function covers(rect: CardState['rect'], box: TermBox): boolean {
  return rect.left < box.x + box.width && rect.right > box.x && rect.top < box.y + box.height && rect.bottom > box.y;
}

async function expectCardBeside(page: Page, id: string): Promise<void> {
  const box = await termBox(page, id);
  await page.mouse.move(5, page.viewportSize()!.height / 2);
  await page.waitForFunction(() => !document.querySelector('tifa-card'));
  await hover(page, box);
  const card = await waitForCard(page, box.text);
  const { width, height } = page.viewportSize()!;
  expect(inside(card.rect, width, height), `${id}: ${JSON.stringify(card.rect)}`).toBe(true);
  for (const line of box.lines) expect(covers(card.rect, line), `${id}: ${JSON.stringify(card.rect)} covers ${JSON.stringify(line)}`).toBe(false);
}

describe('card position', () => {
  // 600 × 450 is what a 1200 × 900 window shows of a page zoomed to 200%.
  it.each([
    [1200, 900],
    [600, 450],
  ])('in a %i × %i viewport, a term in each corner or mid-screen gets a card inside it, beside the term', async (width, height) => {
    const { page } = await harness.open(harness.server.url('fixtures', 'corners.html'));
    await page.setViewportSize({ width, height });
    await waitForAnnotation(page);
    for (const id of ['top-left', 'top-right', 'bottom-left', 'bottom-right', 'middle']) await expectCardBeside(page, id);

    await page.evaluate(() => scrollTo(0, 400));
    for (const id of ['later-top-left', 'later-top-right', 'later-bottom-left', 'later-bottom-right']) await expectCardBeside(page, id);
    await page.close();
  });

  it('a pinned card follows its term when the page scrolls', async () => {
    const { page } = await harness.open(harness.server.url('fixtures', 'corners.html'));
    await waitForAnnotation(page);
    await hover(page, await termBox(page, 'later-top-left'));
    const before = await waitForCard(page, '共同富裕');
    await page.locator('tifa-card [role="dialog"]').getByRole('button', { name: 'Pin', exact: true }).click();
    const term = await termBox(page, 'later-top-left');
    // Off the card: a wheel over the card scrolls the card.
    await page.mouse.move(page.viewportSize()!.width - 5, page.viewportSize()!.height - 5, { steps: 3 });
    await page.mouse.wheel(0, 150);
    await expect.poll(async () => (await termBox(page, 'later-top-left')).y).toBe(term.y - 150);
    await expect.poll(async () => (await cardState(page))!.rect.top).toBe(before.rect.top - 150);
    await page.close();
  });

  it('a term in a same-origin iframe gets a card inside the frame and the viewport', async () => {
    const { page } = await harness.open(harness.server.url('fixtures', 'iframe.html'));
    const frame = page.frames().find((f) => f.url().endsWith('plain-terms.html'))!;
    await waitForAnnotation(frame);
    const offset = (await page.locator('#frame').boundingBox())!;
    const box = await termBox(frame, 'term');
    await hover(page, { ...box, x: box.x + offset.x + 1, y: box.y + offset.y + 1 });
    await frame.waitForFunction(() => document.querySelector('tifa-card')?.shadowRoot?.querySelector('.tifa-headword')?.textContent === '新质生产力');
    const rect = await frame.evaluate(() => {
      const r = document.querySelector('tifa-card')!.shadowRoot!.querySelector('[role="dialog"]')!.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    });
    const frameSize = await frame.evaluate(() => ({ width: innerWidth, height: innerHeight }));
    expect(inside(rect, frameSize.width, frameSize.height)).toBe(true);
    for (const line of box.lines) expect(covers(rect, line)).toBe(false);
    await page.close();
  });

  it('in fullscreen the card shows inside the fullscreen element, on top', async () => {
    const { page } = await harness.open(harness.server.url('fixtures', 'fullscreen.html'));
    await waitForAnnotation(page);
    await page.locator('#go').click();
    await page.waitForFunction(() => document.fullscreenElement?.id === 'stage');
    const box = await termBox(page, 'stage');
    await hover(page, box);
    const card = await waitForCard(page, '五战双强');
    const shown = await page.evaluate(({ x, y }) => {
      const host = document.querySelector('tifa-card')!;
      return { inStage: host.parentElement?.id ?? null, onTop: document.elementFromPoint(x, y) === host };
    }, { x: (card.rect.left + card.rect.right) / 2, y: (card.rect.top + card.rect.bottom) / 2 });
    expect(shown).toEqual({ inStage: 'stage', onTop: true });
    await page.close();
  });
});
