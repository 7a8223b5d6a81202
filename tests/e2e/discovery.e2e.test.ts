import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { highlightSize, hover, underlinedTexts, waitForAnnotation, waitForCard } from '@/demo/probe';
import { useExtension } from './setup';

const harness = useExtension();

function candidates(page: Page) {
  return page.evaluate(() =>
    // Tifa registers StaticRanges; a live Range gives their text.
    ([...(CSS.highlights.get('tifa-candidate') ?? [])] as StaticRange[])
      .map((s) => {
        const r = new Range();
        r.setStart(s.startContainer, s.startOffset);
        r.setEnd(s.endContainer, s.endOffset);
        return r;
      })
      .map((r) => ({
        text: r.toString(),
        paragraph: r.startContainer.parentElement!.closest('p')!.id,
      })),
  );
}

async function waitForDiscovery(page: Page) {
  await page.waitForFunction(() => performance.getEntriesByName('tifa-discovered').length > 0);
}

async function candidateBox(page: Page, text: string) {
  return page.evaluate((wanted) => {
    const range = ([...(CSS.highlights.get('tifa-candidate') ?? [])] as StaticRange[])
      .map((s) => {
        const r = new Range();
        r.setStart(s.startContainer, s.startOffset);
        r.setEnd(s.endContainer, s.endOffset);
        return r;
      })
      .find((r) => r.toString() === wanted)!;
    const rect = range.getClientRects()[0]!;
    return { text: wanted, x: rect.left, y: rect.top, width: rect.width, height: rect.height };
  }, text);
}

describe('unknown jargon on a page', () => {
  it('gets a quieter tifa-candidate underline; known terms and ordinary text do not', async () => {
    const { page, errors } = await harness.open(harness.server.url('fixtures', 'discovery.html'));
    await waitForAnnotation(page);
    await waitForDiscovery(page);
    const found = await candidates(page);
    expect(found.map((c) => c.text)).toEqual(['三抓三促', '以干促学、以学促干', '五比五看']);
    expect(found.every((c) => c.paragraph === 'political')).toBe(true);
    expect(await underlinedTexts(page)).toContain('八八战略');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the card offers to add a candidate; once added it is a glossary term, here and after a reload', async () => {
    const { page } = await harness.open(harness.server.url('fixtures', 'discovery.html'));
    await waitForAnnotation(page);
    await waitForDiscovery(page);
    await hover(page, await candidateBox(page, '三抓三促'));
    await waitForCard(page, '三抓三促');
    const card = page.locator('tifa-card [role="dialog"]');
    await card.locator('textarea').fill('抓学习促提升、抓执行促落实、抓效能促发展：一项作风建设行动。');
    await card.locator('input[type="text"]').fill('Three Grasps, Three Promotions');
    await card.locator('button[type="submit"]').click();
    await card.locator('.tifa-user').waitFor();
    expect(await card.locator('.tifa-english').textContent()).toBe('Three Grasps, Three Promotions');
    await expect.poll(() => underlinedTexts(page)).toContain('三抓三促');
    expect((await candidates(page)).map((c) => c.text)).not.toContain('三抓三促');

    // Adding it again is refused with a clear message, and nothing else changes.
    await page.reload();
    await waitForAnnotation(page);
    expect(await underlinedTexts(page)).toContain('三抓三促');
    await waitForDiscovery(page);
    await hover(page, await candidateBox(page, '五比五看'));
    await waitForCard(page, '五比五看');
    await page.locator('tifa-card textarea').fill('');
    await page.locator('tifa-card button[type="submit"]').click();
    // An empty definition is stopped by the form itself.
    expect(await page.locator('tifa-card textarea').evaluate((el: HTMLTextAreaElement) => el.validity.valueMissing)).toBe(true);
    expect(await highlightSize(page)).toBeGreaterThan(0);
    await page.close();
  });

  it('the popup finds the user entry, marked as the user’s own', async () => {
    const { page } = await harness.open(`chrome-extension://${harness.browser.extensionId}/popup.html`);
    await page.locator('input[type="search"]').fill('三抓三促');
    await page.locator('.result .tifa-user').waitFor();
    await page.locator('.result').first().click();
    await page.locator('.tifa-user').waitFor();
    expect(await page.locator('.tifa-headword').textContent()).toBe('三抓三促');
    await page.close();
  });
});
