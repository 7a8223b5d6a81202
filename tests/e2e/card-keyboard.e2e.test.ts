import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Browser } from 'wxt/browser';
import { highlightSize, waitForAnnotation, waitForCard } from '@/demo/probe';
import { announcement, focusInCard, sendCommand, termsInOrder, waitForNoCard } from './card-helpers';
import { useExtension } from './setup';

const harness = useExtension();

/** True when the active term's underline is inside the viewport. */
function activeTermVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const range = ([...(CSS.highlights.get('tifa-term-active') ?? [])] as StaticRange[]).map((s) => { const r = new Range(); r.setStart(s.startContainer, s.startOffset); r.setEnd(s.endContainer, s.endOffset); return r; })[0];
    const rect = range?.getBoundingClientRect();
    return !!rect && rect.top >= 0 && rect.bottom <= innerHeight;
  });
}

describe('card from the keyboard', () => {
  it('every command gets its default shortcut (one the browser keeps for itself is dropped)', async () => {
    const commands = await harness.browser.worker.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: typeof Browser }).chrome;
      return (await api.commands.getAll()).map(({ name, shortcut }) => ({ name, shortcut }));
    });
    expect(commands.filter((c) => c.name !== '_execute_action')).toEqual([
      { name: 'next-term', shortcut: 'Alt+Shift+Period' },
      { name: 'previous-term', shortcut: 'Alt+Shift+Comma' },
      { name: 'toggle-tifa', shortcut: 'Alt+Shift+K' },
    ]);
  });

  it('next and previous open the card on each term in page order, focused and announced', async () => {
    const { page, errors } = await harness.open(harness.server.url('fixtures', 'three-terms.html'));
    await waitForAnnotation(page);
    expect(await termsInOrder(page)).toEqual(['八八战略', '五战双强', '新质生产力']);

    await sendCommand(harness.browser.context, page, 'next-term');
    await waitForCard(page, '八八战略');
    await expect.poll(() => announcement(page)).toBe('Term 1 of 3: 八八战略');
    expect((await focusInCard(page)).inCard).toBe(true);

    await sendCommand(harness.browser.context, page, 'next-term');
    await waitForCard(page, '五战双强');
    await expect.poll(() => announcement(page)).toBe('Term 2 of 3: 五战双强');
    expect(await activeTermVisible(page)).toBe(true);
    expect((await focusInCard(page)).inCard).toBe(true);

    await sendCommand(harness.browser.context, page, 'next-term');
    await waitForCard(page, '新质生产力');
    expect(await activeTermVisible(page)).toBe(true);

    await sendCommand(harness.browser.context, page, 'previous-term');
    await waitForCard(page, '五战双强');
    await expect.poll(() => announcement(page)).toBe('Term 2 of 3: 五战双强');
    expect(await activeTermVisible(page)).toBe(true);

    // Tab walks the card's actions, starting with the toolbar.
    await page.keyboard.press('Tab');
    expect(await focusInCard(page)).toEqual({ inCard: true, text: 'Copy', tag: 'BUTTON' });
    await page.keyboard.press('Tab');
    expect(await focusInCard(page)).toEqual({ inCard: true, text: 'Copy with definition', tag: 'BUTTON' });

    await page.keyboard.press('Escape');
    await waitForNoCard(page);
    expect(await page.evaluate(() => CSS.highlights.get('tifa-term-active')?.size ?? 0)).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('previous from no card starts at the last term', async () => {
    const { page } = await harness.open(harness.server.url('fixtures', 'three-terms.html'));
    await waitForAnnotation(page);
    await sendCommand(harness.browser.context, page, 'previous-term');
    await waitForCard(page, '新质生产力');
    await expect.poll(() => announcement(page)).toBe('Term 3 of 3: 新质生产力');
    await page.close();
  });

  it('the toggle command removes every underline and the card; toggling again restores them', async () => {
    const { page } = await harness.open(harness.server.url('pages', 'yongkang-daily-000.html'));
    await waitForAnnotation(page);
    const before = await highlightSize(page);
    expect(before).toBeGreaterThan(0);
    await sendCommand(harness.browser.context, page, 'next-term');
    await waitForCard(page);

    await sendCommand(harness.browser.context, page, 'toggle-tifa');
    await waitForNoCard(page);
    await expect.poll(() => page.evaluate(() => [...CSS.highlights.keys()].filter((name) => name.startsWith('tifa-')))).toEqual([]);
    // While off, the keyboard commands do nothing.
    await sendCommand(harness.browser.context, page, 'next-term');
    await sendCommand(harness.browser.context, page, 'toggle-tifa');
    await expect.poll(() => highlightSize(page)).toBe(before);
    await sendCommand(harness.browser.context, page, 'next-term');
    await waitForCard(page);
    await page.close();
  });

  it('the toggle reaches the terms inside a same-origin iframe too', async () => {
    const { page } = await harness.open(harness.server.url('fixtures', 'iframe.html'));
    const frame = page.frames().find((f) => f.url().endsWith('plain-terms.html'))!;
    await waitForAnnotation(frame);
    expect(await highlightSize(frame)).toBe(1);
    await sendCommand(harness.browser.context, page, 'toggle-tifa');
    await expect.poll(() => highlightSize(frame)).toBe(0);
    await sendCommand(harness.browser.context, page, 'toggle-tifa');
    await expect.poll(() => highlightSize(frame)).toBe(1);
    await page.close();
  });
});
