import { describe, expect, it } from 'vitest';
import { findTerm, hover, waitForAnnotation, waitForCard } from '@/demo/probe';
import { useExtension } from './setup';
import { openPopupFor } from './popup-window';

const harness = useExtension();

describe('the reader language setting', () => {
  it('puts the Chinese definition first in an English browser once the reader chooses Chinese', async () => {
    const { page } = await harness.open(harness.server.url('pages', 'yongkang-daily-000.html'));
    await waitForAnnotation(page);
    const definitionLanguages = () => page.locator('tifa-card .tifa-definition').evaluateAll((els) => els.map((el) => el.getAttribute('lang')));

    await hover(page, (await findTerm(page, '五战双强'))!);
    await waitForCard(page, '五战双强');
    expect(await definitionLanguages()).toEqual(['en', 'zh-CN']);
    await page.keyboard.press('Escape');

    const popup = await openPopupFor(harness.browser, page);
    await popup.locator('.switch select').selectOption('zh');
    await popup.close();
    // The page hears of the change without a reload.
    await page.bringToFront();
    await expect
      .poll(async () => {
        await page.mouse.move(5, 5);
        await hover(page, (await findTerm(page, '五战双强'))!);
        await waitForCard(page, '五战双强');
        return definitionLanguages();
      })
      .toEqual(['zh-CN', 'en']);
  });
});
