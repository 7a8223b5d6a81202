import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { findTerm, hover, waitForAnnotation, waitForCard } from '@/demo/probe';
import { useExtension } from './setup';

const harness = useExtension();
const PROPERTIES = ['color', 'background-color', 'font-size', 'font-family', 'line-height', 'letter-spacing', 'direction', 'margin-top', 'padding-top', 'border-top-style', 'width', 'visibility', 'opacity', 'display'];
const PARTS = ['.tifa-card', '.tifa-headword', '.tifa-definition', '.tifa-toolbar button', '.tifa-note button'];

/** Computed styles of the card's parts, plus the host's visibility on the page. */
function cardStyles(page: Page) {
  return page.evaluate(
    ({ parts, properties }) => {
      const host = document.querySelector('tifa-card')!;
      const hostStyle = getComputedStyle(host);
      const styles: Record<string, Record<string, string>> = {
        host: { display: hostStyle.display, opacity: hostStyle.opacity, transform: hostStyle.transform },
      };
      for (const part of parts) {
        const style = getComputedStyle(host.shadowRoot!.querySelector(part)!);
        styles[part] = Object.fromEntries(properties.map((p) => [p, style.getPropertyValue(p)]));
      }
      return styles;
    },
    { parts: PARTS, properties: PROPERTIES },
  );
}

async function openCard(page: Page) {
  await waitForAnnotation(page);
  await hover(page, (await findTerm(page, '五战双强'))!);
  await waitForCard(page, '五战双强');
}

describe('card isolation', () => {
  it('a dark, right-to-left page with aggressive !important styles does not change the card', async () => {
    const plain = await harness.open(harness.server.url('fixtures', 'three-terms.html'));
    await openCard(plain.page);
    const expected = await cardStyles(plain.page);
    await plain.page.close();

    const { page, errors } = await harness.open(harness.server.url('fixtures', 'hostile.html'));
    await openCard(page);
    expect(await cardStyles(page)).toEqual(expected);
    expect(expected.host).toEqual({ display: 'block', opacity: '1', transform: 'none' });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('follows the system dark theme: dark background, light text', async () => {
    const { page } = await harness.open(harness.server.url('fixtures', 'three-terms.html'));
    await page.emulateMedia({ colorScheme: 'dark' });
    await openCard(page);
    const dark = await cardStyles(page);
    expect(dark['.tifa-card']!['background-color']).toBe('rgb(31, 37, 48)');
    expect(dark['.tifa-definition']!.color).toBe('rgb(232, 234, 240)');
    await page.emulateMedia({ colorScheme: 'light' });
    const light = await cardStyles(page);
    expect(light['.tifa-card']!['background-color']).toBe('rgb(255, 255, 255)');
    expect(light['.tifa-definition']!.color).toBe('rgb(29, 35, 48)');
    await page.close();
  });

  it('opening the card shifts nothing on the page', async () => {
    const { page } = await harness.open(harness.server.url('pages', 'yongkang-daily-000.html'));
    await waitForAnnotation(page);
    const box = (await findTerm(page, '五战双强'))!;
    const layout = () =>
      page.evaluate(() => ({
        scroll: [scrollX, scrollY, document.documentElement.scrollWidth, document.documentElement.scrollHeight],
        paragraphs: [...document.querySelectorAll('p')].map((p) => {
          const r = p.getBoundingClientRect();
          return [r.left, r.top, r.width, r.height];
        }),
      }));
    const before = await layout();
    await hover(page, box);
    await waitForCard(page, '五战双强');
    expect(await layout()).toEqual(before);
    await page.close();
  });
});
