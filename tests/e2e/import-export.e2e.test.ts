import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useExtension } from './setup';

const harness = useExtension();

async function optionsPage(): Promise<Page> {
  const { page } = await harness.open(`chrome-extension://${harness.browser.extensionId}/options.html`);
  await page.locator('#transfer-heading').waitFor();
  return page;
}

async function exported(page: Page, button: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return { name: file.suggestedFilename(), text: await readFile((await file.path())!, 'utf8') };
}

function chooseFile(page: Page, name: string, text: string) {
  return page.locator('input[type="file"]').setInputFiles({ name, mimeType: name.endsWith('.csv') ? 'text/csv' : 'application/json', buffer: Buffer.from(text) });
}

describe('export and import', () => {
  it('imports a CSV after a preview, exports JSON and CSV with the entries, and re-imports the JSON as unchanged', async () => {
    const page = await optionsPage();
    await chooseFile(page, 'team.csv', 'term,definition_zh,english,note\n三抓三促,作风建设行动。,Three Grasps,我们的笔记\n"八八战略",重复。,,\n');
    await page.locator('.preview').waitFor();
    expect(await page.locator('.preview-counts li').allTextContents()).toEqual([
      'add 1 new entries',
      'change 0 of your entries',
      'leave 0 entries as they are (already the same)',
      'skip 1 entries that clash',
    ]);
    // Nothing is written before the reader says so.
    expect(await page.locator('.entry-row').count()).toBe(0);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.locator('.notice', { hasText: 'Imported: 1 new, 0 changed.' }).waitFor();
    await page.locator('.entry-row', { hasText: '三抓三促' }).waitFor();

    const json = await exported(page, 'Export as JSON');
    expect(json.name).toMatch(/^tifa-glossary-\d{4}-\d\d-\d\d\.json$/);
    const file = JSON.parse(json.text);
    expect(file).toMatchObject({ format: 'tifa-glossary', version: 1, entries: [{ term: '三抓三促', english: 'Three Grasps', pinyin: '' }] });
    expect(file.notes).toEqual([{ id: file.entries[0].id, text: '我们的笔记' }]);

    const csv = await exported(page, 'Export as CSV (spreadsheets, flashcards)');
    expect(csv.text.startsWith('\uFEFFid,term')).toBe(true);
    expect(csv.text).toContain('三抓三促');

    await chooseFile(page, 'again.json', json.text);
    await page.locator('.preview-unchanged', { hasText: 'leave 1' }).waitFor();
  });

  it('refuses a hostile file with a clear message and changes nothing', async () => {
    const page = await optionsPage();
    const before = await page.locator('.entry-row').count();
    await chooseFile(page, 'evil.json', JSON.stringify({ format: 'tifa-glossary', version: 1, entries: [{ term: '坏', definition: { en: '<script>alert(1)</script>' } }] }));
    const alert = page.locator('[role="alert"]', { hasText: 'was not imported' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('entry 1 · definition.en: contains HTML or script');
    expect(await page.locator('.entry-row').count()).toBe(before);
    expect(await page.locator('script', { hasText: 'alert(1)' }).count()).toBe(0);
  });
});
