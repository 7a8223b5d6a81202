import { describe, expect, it } from 'vitest';
import { useExtension } from './setup';

const harness = useExtension();

describe('toolbar popup', () => {
  it('finds an entry by its Chinese term and opens it', async () => {
    const { page, errors } = await harness.open(`chrome-extension://${harness.browser.extensionId}/popup.html`);
    const search = page.locator('input[type="search"]');
    await expect.poll(() => search.evaluate((el) => el === document.activeElement)).toBe(true);
    await search.fill('八八战略');
    const first = page.locator('.result').first();
    await first.waitFor();
    expect(await first.locator('.result-term').textContent()).toBe('八八战略');
    await first.click();
    await page.locator('.tifa-headword').waitFor();
    expect(await page.locator('.tifa-headword').textContent()).toBe('八八战略');
    expect(await page.locator('.tifa-items li').count()).toBe(8);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says so when nothing matches', async () => {
    const { page } = await harness.open(`chrome-extension://${harness.browser.extensionId}/popup.html`);
    await page.locator('input[type="search"]').fill('番茄炒蛋');
    await page.locator('.hint').filter({ hasText: '番茄炒蛋' }).waitFor();
    expect(await page.locator('.result').count()).toBe(0);
    await page.close();
  });

  it.each([
    ['pinyin without tones', 'babazhanlve'],
    ['pinyin with tones', 'bā bā zhàn lüè'],
    ['pinyin initials', 'bbzl'],
    ['English words', 'double-eight'],
  ])('finds an entry by %s', async (_way, query) => {
    const { page } = await harness.open(`chrome-extension://${harness.browser.extensionId}/popup.html`);
    await page.locator('input[type="search"]').fill(query);
    const terms = page.locator('.result .result-term');
    await terms.first().waitFor();
    expect(await terms.allTextContents()).toContain('八八战略');
    await page.close();
  });

  it('works from the keyboard: arrows move through results, Enter opens, Escape goes back to the search box', async () => {
    const { page } = await harness.open(`chrome-extension://${harness.browser.extensionId}/popup.html`);
    const search = page.locator('input[type="search"]');
    await expect.poll(() => search.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('两个');
    await page.locator('.result').nth(2).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const focused = () => page.evaluate(() => document.activeElement?.querySelector('.result-term')?.textContent ?? null);
    const second = await page.locator('.result .result-term').nth(1).textContent();
    expect(await focused()).toBe(second);
    await page.keyboard.press('ArrowUp');
    const first = await focused();
    await page.keyboard.press('Enter');
    await page.locator('.tifa-headword').waitFor();
    expect(await page.locator('.tifa-headword').textContent()).toBe(first);
    await page.keyboard.press('Escape');
    await page.locator('.result').first().waitFor();
    expect(await search.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.close();
  });
});
