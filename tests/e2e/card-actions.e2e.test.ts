import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from '@/demo/browser';
import { findTerm, hover, waitForAnnotation, waitForCard } from '@/demo/probe';
import { bundleSchema } from '@/lib/glossary/schema';
import { card, evaluateInTarget, targetUrls, waitForNoCard } from './card-helpers';
import { useExtension } from './setup';

// tifa.test is the local server under a name that is not localhost: a page there is not a secure
// context, like a news site served over plain http.
const harness = useExtension({ args: ['--host-resolver-rules=MAP tifa.test 127.0.0.1'] });
const PAGE = 'three-terms.html';
const entries = bundleSchema.parse(JSON.parse(readFileSync(`${EXTENSION_DIR}/glossary.json`, 'utf8'))).entries;
const wzsq = entries.find((e) => e.term === '五战双强')!;

async function openCard(term: string, url = harness.server.url('fixtures', PAGE)) {
  const { page, errors } = await harness.open(url);
  await waitForAnnotation(page);
  await hover(page, (await findTerm(page, term))!);
  await waitForCard(page, term);
  return { page, errors };
}

describe('card actions', () => {
  it('a pinned card stays when the pointer leaves; once unpinned, leaving closes it', async () => {
    const { page, errors } = await openCard('五战双强');
    const pin = card(page).getByRole('button', { name: 'Pin', exact: true });
    await pin.click();
    const unpin = card(page).getByRole('button', { name: 'Unpin' });
    expect(await unpin.getAttribute('aria-pressed')).toBe('true');

    await page.mouse.move(5, 5, { steps: 5 });
    // Longer than the hide delay: an unpinned card would be gone by now.
    await page.waitForTimeout(800);
    expect(await card(page).locator('.tifa-headword').textContent()).toBe('五战双强');
    // Hovering another term does not replace a pinned card either.
    await hover(page, (await findTerm(page, '八八战略'))!);
    await page.waitForTimeout(500);
    expect(await card(page).locator('.tifa-headword').textContent()).toBe('五战双强');

    await unpin.click();
    expect(await card(page).getByRole('button', { name: 'Pin', exact: true }).getAttribute('aria-pressed')).toBe('false');
    await page.mouse.move(5, 5, { steps: 5 });
    await waitForNoCard(page);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('copies the term, and the term with its definition', async () => {
    await harness.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: harness.server.origin });
    const { page } = await openCard('五战双强');
    await card(page).getByRole('button', { name: 'Copy', exact: true }).click();
    await card(page).getByText('Copied.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('五战双强');

    await card(page).getByRole('button', { name: 'Copy with definition' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).not.toBe('五战双强');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`五战双强 (${wzsq.pinyin}) ${wzsq.english}\n${wzsq.definition.en}`);
    await page.close();
  });

  it('copies on a page served over plain http too (no Clipboard API there)', async () => {
    const insecure = harness.server.url('fixtures', PAGE).replace('127.0.0.1', 'tifa.test');
    const { page, errors } = await openCard('五战双强', insecure);
    expect(await page.evaluate(() => isSecureContext)).toBe(false);
    await card(page).getByRole('button', { name: 'Copy', exact: true }).click();
    await card(page).getByText('Copied.').waitFor();
    // Read back from a secure page, where the Clipboard API exists.
    await harness.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: harness.server.origin });
    const reader = (await harness.open(harness.server.url('fixtures', 'plain.html'))).page;
    expect(await reader.evaluate(() => navigator.clipboard.readText())).toBe('五战双强');
    expect(errors).toEqual([]);
    await reader.close();
    await page.close();
  });

  it('"open in glossary" opens the glossary popup on the entry', async () => {
    const { page } = await openCard('五战双强');
    await card(page).getByRole('button', { name: 'Open in glossary' }).click();
    const url = `chrome-extension://${harness.browser.extensionId}/popup.html?entry=${wzsq.id}`;
    await expect.poll(() => targetUrls(harness.browser.context, page)).toContain(url);
    const headword = "document.querySelector('.tifa-headword')?.textContent ?? null";
    await expect.poll(() => evaluateInTarget(harness.browser.context, page, url, headword)).toBe('五战双强');
    await page.close();
  });
});
