import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { findTerm, hover, underlinedTexts, waitForAnnotation, waitForCard } from '@/demo/probe';
import { useExtension } from './setup';

const harness = useExtension();
const TERM = '项目建设';

function optionsPage(): Promise<{ page: Page; errors: string[] }> {
  return harness.open(`chrome-extension://${harness.browser.extensionId}/options.html`);
}

describe('the options page', () => {
  it('a new entry is underlined on an open page at once, and a delete can be undone', async () => {
    const news = (await harness.open(harness.server.url('pages', 'yongkang-daily-000.html'))).page;
    await waitForAnnotation(news);
    expect(await underlinedTexts(news)).not.toContain(TERM);

    const { page, errors } = await optionsPage();
    await page.getByRole('button', { name: 'New entry' }).click();
    await page.getByLabel('Term (required)').fill(TERM);
    await page.getByLabel('Definition in Chinese').fill('永康日报常用语，指重点项目的推进工作。');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.locator('.entry-row', { hasText: TERM }).waitFor();
    // Pinyin was made from the term.
    await page.getByRole('button', { name: `Edit ${TERM}` }).click();
    expect(await page.getByLabel('Pinyin').inputValue()).toBe('xiàng mù jiàn shè');
    await page.getByRole('button', { name: 'Cancel' }).click();

    await expect.poll(() => underlinedTexts(news)).toContain(TERM);
    await hover(news, (await findTerm(news, TERM))!);
    const card = await waitForCard(news, TERM);
    expect(card.text).toContain('Yours');

    await page.getByRole('button', { name: `Delete ${TERM}` }).click();
    await page.locator('.notice', { hasText: 'Deleted' }).waitFor();
    await expect.poll(() => page.locator('.entry-row', { hasText: TERM }).count()).toBe(0);
    await expect.poll(() => underlinedTexts(news)).not.toContain(TERM);
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.locator('.entry-row', { hasText: TERM }).waitFor();
    await expect.poll(() => underlinedTexts(news)).toContain(TERM);
    expect(errors).toEqual([]);
  });

  it('says what is wrong beside the field, and offers to edit an entry that has the term already', async () => {
    const { page } = await optionsPage();
    await page.getByRole('button', { name: 'New entry' }).click();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    expect(await page.locator('.field-error').allTextContents()).toEqual(['Write the term.', 'Write a definition, in Chinese or in English.']);

    await page.getByLabel('Term (required)').fill('“八八战略”');
    await page.getByLabel('Definition in English').fill('My own take.');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.locator('.error', { hasText: 'already has this term' }).waitFor();
    // What was typed is still there.
    expect(await page.getByLabel('Definition in English').inputValue()).toBe('My own take.');
    // 八八战略 is a bundled entry: editing it means giving it the user's English and note.
    await page.getByRole('button', { name: 'Edit that entry instead' }).click();
    await page.locator('.tweak h3', { hasText: '八八战略' }).waitFor();
  });

  it('a bundled entry’s English rendering can be the user’s own, shown in the card', async () => {
    const { page } = await optionsPage();
    await page.locator('#bundled-heading ~ input[type="search"]').fill('五战双强');
    await page.locator('.entry-list button', { hasText: '五战双强' }).first().click();
    const english = page.locator('.tweak').getByLabel('English');
    await english.fill('Five Campaigns, Two Strengths');
    await page.locator('.tweak').getByRole('button', { name: 'Save', exact: true }).click();
    await page.locator('.tweak .hint', { hasText: 'own rendering' }).waitFor();

    const news = (await harness.open(harness.server.url('pages', 'yongkang-daily-000.html'))).page;
    await waitForAnnotation(news);
    await hover(news, (await findTerm(news, '五战双强'))!);
    expect((await waitForCard(news, '五战双强')).text).toContain('Five Campaigns, Two Strengths');
  });
});
