import { syllablesOf } from '../search/pinyin';

/** The keys an entry is found by in the database's pinyin index: the whole reading joined, and its initials. */
export function pinyinKeys(pinyin: string): string[] {
  const parts = syllablesOf(pinyin).map((s) => s.text).filter(Boolean);
  if (parts.length === 0) return [];
  return [...new Set([parts.join(''), parts.map((s) => s[0]).join('')])];
}
