import { describe, expect, it } from 'vitest';
import { cardState, findTerm, highlightSize, hover, waitForAnnotation, waitForCard } from '@/demo/probe';
import { useExtension } from './setup';

const harness = useExtension();
const PAGE = 'yongkang-daily-000.html';

describe('hover card', () => {
  it('hovering a term shows its entry; moving into the card keeps it; moving away hides it', async () => {
    const { page, errors } = await harness.open(harness.server.url('pages', PAGE));
    await waitForAnnotation(page);
    const box = await findTerm(page, '五战双强');
    expect(box).toBeDefined();
    await hover(page, box!);
    const card = await waitForCard(page, '五战双强');
    expect(['dialog', 'tooltip']).toContain(card.role);
    expect(card.text).toContain('wǔ zhàn shuāng qiáng');
    expect(card.text).toContain('Five Battles');
    // An English browser reads the English definition first.
    const langs = await page.locator('tifa-card .tifa-definition').evaluateAll((els) => els.map((el) => el.getAttribute('lang')));
    expect(langs).toEqual(['en', 'zh-CN']);
    // The card sits next to the term, not over it.
    expect(card.rect.top >= box!.y + box!.height || card.rect.bottom <= box!.y).toBe(true);

    await page.mouse.move((card.rect.left + card.rect.right) / 2, card.rect.top + 20, { steps: 5 });
    await page.waitForTimeout(600);
    expect((await cardState(page))?.headword).toBe('五战双强');

    await page.mouse.move(5, 5, { steps: 5 });
    await page.waitForFunction(() => !document.querySelector('tifa-card'));
    expect(await cardState(page)).toBeNull();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('hovering another term switches the card to that entry; Escape closes it', async () => {
    const { page } = await harness.open(harness.server.url('pages', PAGE));
    await waitForAnnotation(page);
    await hover(page, (await findTerm(page, '五战双强'))!);
    await waitForCard(page, '五战双强');
    await hover(page, (await findTerm(page, '新质生产力'))!);
    await waitForCard(page, '新质生产力');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('tifa-card'));
    await page.close();
  });

  it('the card is styled on a page with a strict CSP (style-src self)', async () => {
    const plain = await harness.open(harness.server.url('pages', PAGE));
    await waitForAnnotation(plain.page);
    const expected = await highlightSize(plain.page);
    await plain.page.close();

    const { page } = await harness.open(harness.server.url('pages', PAGE, { csp: true }));
    await waitForAnnotation(page);
    expect(await highlightSize(page)).toBe(expected);
    await hover(page, (await findTerm(page, '五战双强'))!);
    const card = await waitForCard(page, '五战双强');
    expect(card.position).toBe('fixed');
    expect(card.borderRadius).toBe('10px');
    const underline = await page.evaluate(() => {
      const range = [...(CSS.highlights.get('tifa-term') ?? [])][0] as StaticRange;
      return getComputedStyle(range.startContainer.parentElement!).textDecorationLine;
    });
    // The underline is drawn by ::highlight, not by a change to the page's elements.
    expect(underline).toBe('none');
    await page.close();
  });
});
