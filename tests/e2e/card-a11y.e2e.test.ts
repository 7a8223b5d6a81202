import { describe, expect, it } from 'vitest';
import { findTerm, hover, waitForAnnotation, waitForCard } from '@/demo/probe';
import { seriousViolations } from './axe';
import { useExtension } from './setup';

const harness = useExtension();
const CARD = { include: [{ fromShadowDom: ['tifa-card', '.tifa-card'] as [string, string] }] };
const FORMULA = '稳中求进、以进促稳、守正创新、先立后破、系统集成、协同配合';

describe('accessibility (axe-core)', () => {
  it.each(['light', 'dark'] as const)('the card has no serious violations (%s theme)', async (scheme) => {
    const { page } = await harness.open(harness.server.url('pages', 'yongkang-daily-001.html'));
    await page.emulateMedia({ colorScheme: scheme });
    await waitForAnnotation(page);
    // The fullest card: items, origin, examples, related terms, the terms inside, the note.
    await hover(page, (await findTerm(page, FORMULA))!);
    await waitForCard(page, FORMULA);
    expect(await seriousViolations(page, CARD)).toEqual([]);
    // The note form open.
    await page.locator('tifa-card').getByRole('button', { name: 'Add a note' }).click();
    expect(await seriousViolations(page, CARD)).toEqual([]);
    await page.close();
  });

  it('the card for unknown jargon, with its form, has no serious violations', async () => {
    const { page } = await harness.open(harness.server.url('fixtures', 'discovery.html'));
    await waitForAnnotation(page);
    await page.waitForFunction(() => performance.getEntriesByName('tifa-discovered').length > 0);
    const box = await page.evaluate(() => {
      const range = ([...(CSS.highlights.get('tifa-candidate') ?? [])] as StaticRange[]).map((s) => { const r = new Range(); r.setStart(s.startContainer, s.startOffset); r.setEnd(s.endContainer, s.endOffset); return r; })[0]!;
      const rect = range.getClientRects()[0]!;
      return { text: range.toString(), x: rect.left, y: rect.top, width: rect.width, height: rect.height };
    });
    await hover(page, box);
    await waitForCard(page, box.text);
    expect(await seriousViolations(page, CARD)).toEqual([]);
    await page.close();
  });

  it.each(['light', 'dark'] as const)('the glossary popup has no serious violations (%s theme)', async (scheme) => {
    const { page } = await harness.open(`chrome-extension://${harness.browser.extensionId}/popup.html?entry=wu-zhan-shuang-qiang`);
    await page.emulateMedia({ colorScheme: scheme });
    await page.locator('.tifa-headword').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.locator('input[type="search"]').fill('bbzl');
    await page.locator('.result').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});
