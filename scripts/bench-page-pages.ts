/**
 * The pages bench:page loads: news HTML (demo/news-html.ts) whose article text is the corpus
 * repeated up to a target size, written to a temporary directory with the demo stylesheet so that
 * layout and paint cost what they cost on the demo pages.
 */
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newsPage, paragraphs } from '../demo/news-html';
import { readCorpus } from './glossary-sources';
import { random, shuffled, utf8 } from './bench-random';

export interface BenchPage {
  label: string;
  file: string;
  /** UTF-8 bytes of the article text as it ends up in the paragraphs. */
  textBytes: number;
  htmlBytes: number;
}

/**
 * Whole corpus files in a new shuffled order each round, so articles stay intact; the file that
 * would pass the target is cut at a sentence end, so the text ends just under `targetBytes`.
 * Whitespace is dropped first because newsPage drops it (OCR line breaks), and the size is of
 * the text the page shows.
 */
function articleText(targetBytes: number, next: () => number): string {
  const files = readCorpus().map(({ text }) => text.replace(/\s+/g, ''));
  let text = '';
  let bytes = 0;
  for (;;) {
    for (const file of shuffled(files, next)) {
      if (bytes + utf8(file) <= targetBytes) {
        text += file;
        bytes += utf8(file);
        continue;
      }
      for (const sentence of file.match(/[^。！？]+[。！？]*/g) ?? []) {
        if (bytes + utf8(sentence) > targetBytes) return text;
        text += sentence;
        bytes += utf8(sentence);
      }
    }
  }
}

/** Writes one page per target size into a new temporary directory. */
export function writeBenchPages(sizes: readonly { label: string; bytes: number }[]): { dir: string; pages: BenchPage[] } {
  const dir = mkdtempSync(join(tmpdir(), 'tifa-bench-pages-'));
  copyFileSync('demo/pages/news.css', join(dir, 'news.css'));
  const next = random(2024);
  const pages = sizes.map(({ label, bytes }) => {
    const text = articleText(bytes, next);
    const html = newsPage({ title: `基准页面 ${label}`, source: '*.txt', text });
    const file = `bench-${label.replace(/\s+/g, '')}.html`;
    writeFileSync(join(dir, file), html);
    return { label, file, textBytes: utf8(paragraphs(text).join('')), htmlBytes: utf8(html) };
  });
  return { dir, pages };
}
