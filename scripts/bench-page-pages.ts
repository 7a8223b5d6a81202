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

export interface BenchPage {
  label: string;
  file: string;
  /** UTF-8 bytes of the article text as it ends up in the paragraphs. */
  textBytes: number;
  htmlBytes: number;
}

export const utf8 = (text: string): number => Buffer.byteLength(text, 'utf8');

/** A small deterministic PRNG (mulberry32, as in bench.ts), so every run loads the same pages. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: readonly T[], next: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
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
