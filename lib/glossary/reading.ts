import { pinyin } from 'pinyin-pro';

/** Pinyin with tone marks for a term, as the glossary shows it (the build and the options page). */
export function readingOf(term: string): string {
  return pinyin(term, { toneType: 'symbol', nonZh: 'consecutive' });
}
