import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { highlightSize, underlinedTexts, waitForAnnotation } from '@/demo/probe';
import { foldTerm } from '@/lib/text/normalize';
import { shippedMatcher, useExtension } from './setup';

const harness = useExtension();
const matcher = shippedMatcher();
const pages = readdirSync('demo/pages').filter((f) => f.startsWith('yongkang-daily-'));

describe('underlines on demo news pages', () => {
  it.each(pages)('%s underlines every glossary term of its corpus file', async (name) => {
    const { page, errors } = await harness.open(harness.server.url('pages', name));
    await waitForAnnotation(page);
    const corpusFile = await page.getAttribute('meta[name="tifa-corpus"]', 'content');
    const corpus = readFileSync(`seeds/corpus/${corpusFile}`, 'utf8');
    const chrome = await page.$$eval('[data-chrome]', (els) => els.map((el) => (el as HTMLElement).innerText));
    const expected = matcher.find(corpus).length + chrome.reduce((n, text) => n + matcher.find(text).length, 0);
    expect(expected).toBeGreaterThan(0);
    expect(await highlightSize(page)).toBe(expected);

    // Each underline is a glossary surface (quotation marks and spaces aside), in page order.
    const corpusTerms = matcher.find(corpus).map((m) => foldTerm(corpus.slice(m.start, m.end)));
    const underlined = (await underlinedTexts(page)).map((t) => foldTerm(t));
    for (const term of corpusTerms) expect(underlined).toContain(term);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a page without glossary terms gets no underlines and no console errors', async () => {
    const { page, errors } = await harness.open(harness.server.url('fixtures', 'plain.html'));
    await waitForAnnotation(page);
    expect(await highlightSize(page)).toBe(0);
    await page.mouse.move(100, 120);
    await page.waitForTimeout(400);
    expect(await page.$('tifa-card')).toBeNull();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('does not rewrite the page DOM', async () => {
    const name = pages[0]!;
    const original = readFileSync(`demo/pages/${name}`, 'utf8');
    const { page } = await harness.open(harness.server.url('pages', name));
    await waitForAnnotation(page);
    const paragraphs = await page.$$eval('article p', (ps) => ps.length);
    expect(paragraphs).toBe((original.match(/<p[ >]/g) ?? []).length);
    expect(await page.$$eval('article *', (els) => els.every((el) => !el.tagName.startsWith('TIFA')))).toBe(true);
    await page.close();
  });
});
