import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findTerm, hover, waitForAnnotation, waitForCard } from '@/demo/probe';
import { EXTENSION_DIR } from '@/demo/browser';
import { bundleSchema } from '@/lib/glossary/schema';
import { announcement, card, sendCommand } from './card-helpers';
import { useExtension } from './setup';

// A browser whose UI language is Chinese: the card and popup put the Chinese definition first.
const harness = useExtension({ locale: 'zh-CN' });
const entries = bundleSchema.parse(JSON.parse(readFileSync(`${EXTENSION_DIR}/glossary.json`, 'utf8'))).entries;
const wzsq = entries.find((e) => e.term === '五战双强')!;

function definitions(root: import('playwright-core').Locator) {
  return root.locator('.tifa-definition').evaluateAll((els) => els.map((el) => ({ lang: el.getAttribute('lang'), text: el.textContent })));
}

describe('Chinese UI', () => {
  it('the card shows the Chinese definition first, then the English one, with Chinese labels', async () => {
    const { page } = await harness.open(harness.server.url('pages', 'yongkang-daily-000.html'));
    await waitForAnnotation(page);
    await hover(page, (await findTerm(page, '五战双强'))!);
    await waitForCard(page, '五战双强');
    const card = page.locator('tifa-card [role="dialog"]');
    expect(await definitions(card)).toEqual([
      { lang: 'zh-CN', text: wzsq.definition.zh },
      { lang: 'en', text: wzsq.definition.en },
    ]);
    expect(await card.locator('.tifa-badge').first().textContent()).toBe('永康市');
    await page.close();
  });

  it('a keyboard jump is announced in Chinese, and the toolbar speaks Chinese', async () => {
    const { page } = await harness.open(harness.server.url('fixtures', 'three-terms.html'));
    await waitForAnnotation(page);
    await sendCommand(harness.browser.context, page, 'next-term');
    await waitForCard(page, '八八战略');
    await expect.poll(() => announcement(page)).toBe('第 1 个，共 3 个：八八战略');
    expect(await card(page).getByRole('toolbar').getByRole('button').allTextContents()).toEqual(['复制', '复制词条和释义', '取消固定', '在词库中打开', '×']);
    await page.close();
  });

  it('the popup shows the entry in both languages, Chinese first', async () => {
    const { page } = await harness.open(`chrome-extension://${harness.browser.extensionId}/popup.html`);
    expect(await page.locator('input[type="search"]').getAttribute('placeholder')).toContain('汉字');
    await page.locator('input[type="search"]').fill('wzsq');
    await page.locator('.result').first().click();
    expect(await definitions(page.locator('.tifa-entry'))).toEqual([
      { lang: 'zh-CN', text: wzsq.definition.zh },
      { lang: 'en', text: wzsq.definition.en },
    ]);
    await page.close();
  });
});
