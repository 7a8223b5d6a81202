import { describe, expect, it } from 'vitest';
import { highlightSize, waitForAnnotation, waitForCard } from '@/demo/probe';
import { useExtension } from './setup';
import { badgeText, openPopupFor } from './popup-window';

const harness = useExtension();
const PAGE = 'yongkang-daily-000.html';

describe('the popup on a news page', () => {
  it('lists the page’s terms by level with their counts, and the badge shows the total', async () => {
    const { page } = await harness.open(harness.server.url('pages', PAGE));
    await waitForAnnotation(page);
    const total = await highlightSize(page);
    await expect.poll(() => badgeText(harness.browser, page)).toBe(String(total));

    const popup = await openPopupFor(harness.browser, page);
    await popup.locator('.level-group').first().waitFor();
    const groups = await popup.locator('.level-group h3').allTextContents();
    // Levels come in a fixed order, central first; only levels the page has are shown.
    const order = ['Central', 'Zhejiang', 'Jinhua', 'Yongkang', 'Other'];
    const seen = groups.map((g) => order.findIndex((name) => g.startsWith(name)));
    expect(seen.every((i) => i >= 0)).toBe(true);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    const counts = await popup.locator('.on-page .result-count').allTextContents();
    expect(counts.reduce((sum, c) => sum + Number(c.replace('×', '')), 0)).toBe(total);
    expect(await popup.locator('.on-page .result-term', { hasText: /^五战双强$/ }).count()).toBe(1);
    await popup.close();
  });

  it('a click on a listed term shows its card on the page, and the next click the next occurrence', async () => {
    const { page } = await harness.open(harness.server.url('pages', PAGE));
    await waitForAnnotation(page);
    const occurrences = await page.evaluate(() =>
      ([...(CSS.highlights.get('tifa-term') ?? [])] as StaticRange[]).map((s) => { const r = new Range(); r.setStart(s.startContainer, s.startOffset); r.setEnd(s.endContainer, s.endOffset); return r; }).filter((r) => r.toString().replace(/[\s“”"]+/g, '') === '实干争先').length,
    );
    expect(occurrences).toBeGreaterThan(1);

    const tops: number[] = [];
    for (let i = 0; i < 2; i++) {
      const popup = await openPopupFor(harness.browser, page);
      const closed = popup.waitForEvent('close');
      await popup.locator('.on-page .result', { hasText: '实干争先' }).first().click();
      await closed;
      await waitForCard(page, '实干争先');
      tops.push(await page.evaluate(() => document.documentElement.scrollTop + ([...(CSS.highlights.get('tifa-term-active') ?? [])] as StaticRange[]).map((s) => { const r = new Range(); r.setStart(s.startContainer, s.startOffset); r.setEnd(s.endContainer, s.endOffset); return r; })[0]!.getBoundingClientRect().top));
    }
    expect(tops[1]).toBeGreaterThan(tops[0]!);
  });

  it('says so on a page Tifa cannot read', async () => {
    const { page } = await harness.open('about:blank');
    const popup = await openPopupFor(harness.browser, page);
    await popup.locator('.on-page .hint').waitFor();
    expect(await popup.locator('.on-page .hint').textContent()).toMatch(/cannot read/);
    // There is no per-site switch on such a page, only the global one.
    expect(await popup.locator('.switch input[type="checkbox"]').count()).toBe(1);
    await popup.close();
  });
});
