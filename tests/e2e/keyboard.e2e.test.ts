import { describe, expect, it } from 'vitest';
import { waitForAnnotation, waitForCard } from '@/demo/probe';
import { announcement, sendCommand, termsInOrder } from './card-helpers';
import { useExtension } from './setup';

const harness = useExtension();

describe('keyboard navigation', () => {
  it('next and previous term step through the underlines in page order, wrapping around', async () => {
    const { page, errors } = await harness.open(harness.server.url('pages', 'yongkang-daily-000.html'));
    await waitForAnnotation(page);
    // Page order as the DOM defines it, independently of how Tifa sorts.
    const inOrder = await termsInOrder(page);
    const total = inOrder.length;
    expect(total).toBeGreaterThan(2);
    const expected = (index: number) => `Term ${index + 1} of ${total}: ${inOrder[index]}`;
    const command = (name: 'next-term' | 'previous-term') => sendCommand(harness.browser.context, page, name);

    await command('next-term');
    await expect.poll(() => announcement(page)).toBe(expected(0));
    await waitForCard(page);
    await command('next-term');
    await expect.poll(() => announcement(page)).toBe(expected(1));
    await command('previous-term');
    await expect.poll(() => announcement(page)).toBe(expected(0));
    await command('previous-term');
    await expect.poll(() => announcement(page)).toBe(expected(total - 1));
    expect(errors).toEqual([]);
    await page.close();
  });
});
