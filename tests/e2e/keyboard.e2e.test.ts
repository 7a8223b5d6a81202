import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { waitForAnnotation, waitForCard } from '@/demo/probe';
import { useExtension } from './setup';

const harness = useExtension();

/**
 * What the keyboard shortcut does: the background forwards the command to a tab. Without the tabs
 * permission the worker cannot read tab URLs, so every tab gets it; this test opens only one page.
 */
async function command(name: 'next-term' | 'previous-term'): Promise<void> {
  await harness.browser.worker.evaluate(
    `chrome.tabs.query({}).then((tabs) => Promise.all(tabs.map((t) => chrome.tabs.sendMessage(t.id, { type: 'command', command: '${name}' }, { frameId: 0 }).catch(() => undefined))))`,
  );
}

/** The card's screen-reader announcement. */
function announced(page: Page): Promise<string | null | undefined> {
  return page.evaluate(() => document.querySelector('tifa-card')?.shadowRoot?.querySelector('.tifa-sr')?.textContent);
}

describe('keyboard navigation', () => {
  it('next and previous term step through the underlines in page order, wrapping around', async () => {
    const { page, errors } = await harness.open(harness.server.url('pages', 'yongkang-daily-000.html'));
    await waitForAnnotation(page);
    // Page order as the DOM defines it, independently of how Tifa sorts.
    const inOrder = await page.evaluate(() =>
      ([...(CSS.highlights.get('tifa-term') ?? [])] as StaticRange[])
        .map((s) => {
          const r = new Range();
          r.setStart(s.startContainer, s.startOffset);
          r.setEnd(s.endContainer, s.endOffset);
          return r;
        })
        .sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b))
        .map((r) => r.toString().replace(/\s+/g, '')),
    );
    const total = inOrder.length;
    expect(total).toBeGreaterThan(2);
    const expected = (index: number) => `Term ${index + 1} of ${total}: ${inOrder[index]}`;

    await command('next-term');
    await expect.poll(() => announced(page)).toBe(expected(0));
    await waitForCard(page);
    await command('next-term');
    await expect.poll(() => announced(page)).toBe(expected(1));
    await command('previous-term');
    await expect.poll(() => announced(page)).toBe(expected(0));
    await command('previous-term');
    await expect.poll(() => announced(page)).toBe(expected(total - 1));
    expect(errors).toEqual([]);
    await page.close();
  });
});
