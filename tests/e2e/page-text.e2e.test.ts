import { describe, expect, it } from 'vitest';
import { findTerm, highlightSize, hover, underlinedTexts, waitForAnnotation, waitForCard } from '@/demo/probe';
import { useExtension } from './setup';

const harness = useExtension();

describe('reading page text', () => {
  it('matches terms split across inline elements and line breaks, and skips inputs, editable regions and scripts', async () => {
    const { page, errors } = await harness.open(harness.server.url('fixtures', 'markup.html'));
    await waitForAnnotation(page);
    const texts = await underlinedTexts(page);
    expect(texts).toContain('八八战略');
    expect(texts).toContain('五战双强');
    expect(texts).toContain('新质生产力');
    expect(texts).toContain('高质量发展');
    // Paragraph boundaries are never crossed; form fields and editable text are left alone.
    const inSkipped = await page.evaluate(() =>
      ([...(CSS.highlights.get('tifa-term') ?? [])] as StaticRange[]).filter((r) => {
        const el = r.startContainer.parentElement!;
        return el.closest('#blocks, textarea, [contenteditable], script') !== null;
      }).length,
    );
    expect(inSkipped).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('matches traditional script and full-width forms to the same entries', async () => {
    const { page } = await harness.open(harness.server.url('fixtures', 'markup.html'));
    await waitForAnnotation(page);
    const inParagraph = (id: string) =>
      page.evaluate(
        (pid) =>
          ([...(CSS.highlights.get('tifa-term') ?? [])] as StaticRange[])
            .filter((s) => s.startContainer.parentElement?.closest(`#${pid}`))
            .map((s) => {
              const r = new Range();
              r.setStart(s.startContainer, s.startOffset);
              r.setEnd(s.endContainer, s.endOffset);
              return r.toString();
            }),
        id,
      );
    expect(await inParagraph('traditional')).toEqual(['八八戰略', '高質量發展', '共同富裕示範區']);
    expect((await inParagraph('fullwidth'))[0]).toMatch(/^１＋Ｎ/);
    await hover(page, (await findTerm(page, '八八戰略'))!);
    await waitForCard(page, '八八战略');
    await page.close();
  });

  it('annotates same-origin and srcdoc iframes and open shadow roots', async () => {
    const { page } = await harness.open(harness.server.url('fixtures', 'markup.html'));
    await waitForAnnotation(page);
    const frame = page.frame({ url: /plain-terms\.html$/ })!;
    await waitForAnnotation(frame);
    expect(await highlightSize(frame)).toBe(1);
    const srcdoc = page.frames().find((f) => f.url() === 'about:srcdoc')!;
    await waitForAnnotation(srcdoc);
    expect(await highlightSize(srcdoc)).toBe(1);

    const inShadow = await page.evaluate(() =>
      ([...(CSS.highlights.get('tifa-term') ?? [])] as StaticRange[])
        .filter((s) => s.startContainer.getRootNode() instanceof ShadowRoot)
        .map((s) => {
          const r = new Range();
          r.setStart(s.startContainer, s.startOffset);
          r.setEnd(s.endContainer, s.endOffset);
          return r.toString();
        }),
    );
    expect(inShadow).toEqual(['稳中求进工作总基调']);
    const box = await page.evaluate(() => {
      const text = document.querySelector('#widget')!.shadowRoot!.querySelector('p')!.firstChild!;
      const range = new Range();
      const at = text.textContent!.indexOf('稳中求进');
      range.setStart(text, at);
      range.setEnd(text, at + 4);
      const rect = range.getBoundingClientRect();
      return { text: '稳中求进', x: rect.left, y: rect.top, width: rect.width, height: rect.height };
    });
    await hover(page, box);
    await waitForCard(page, '稳中求进');
    await page.close();
  });

  it('annotates inserted text, re-reads changed text and drops removed text', async () => {
    const { page } = await harness.open(harness.server.url('fixtures', 'dynamic.html'));
    await waitForAnnotation(page);
    expect(await highlightSize(page)).toBe(1);

    // Infinite scroll: a new item arrives.
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'second';
      p.innerHTML = '第二条：忠实践行<a href="#">八八</a>战略，打出五战双强组合拳。';
      document.querySelector('#feed')!.append(p);
    });
    await expect.poll(() => underlinedTexts(page)).toEqual(expect.arrayContaining(['高质量发展', '八八战略', '五战双强']));
    const afterInsert = await highlightSize(page);

    // A term completed by a later insertion of an inline node.
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'third';
      p.append('培育新质');
      document.querySelector('#feed')!.append(p);
    });
    await page.waitForTimeout(100);
    expect(await highlightSize(page)).toBe(afterInsert);
    await page.evaluate(() => document.querySelector('#third')!.append(Object.assign(document.createElement('em'), { textContent: '生产力' })));
    await expect.poll(() => underlinedTexts(page)).toContain('新质生产力');

    // Changed text: the term is edited away.
    await page.evaluate(() => {
      (document.querySelector('#first')!.firstChild as Text).data = '第一条：已删改。';
    });
    await expect.poll(() => underlinedTexts(page)).not.toContain('高质量发展');

    // Removed text: its underlines go.
    await page.evaluate(() => document.querySelector('#second')!.remove());
    await expect.poll(async () => (await underlinedTexts(page)).filter((t) => t === '八八战略' || t === '五战双强')).toEqual([]);
    expect(await underlinedTexts(page)).toContain('新质生产力');

    // Removed with no text beside it (nothing to re-read): its underline goes all the same.
    await page.evaluate(() => {
      const box = document.createElement('div');
      box.id = 'lone';
      box.innerHTML = '<p>推动高质量发展</p>';
      document.body.append(box);
    });
    await expect.poll(() => underlinedTexts(page)).toContain('高质量发展');
    await page.evaluate(() => document.querySelector('#lone > p')!.remove());
    await expect.poll(() => underlinedTexts(page)).not.toContain('高质量发展');
    await page.close();
  });
});
