import { surfaces, type Entry } from '@/lib/glossary/schema';
import { foldTerm } from '@/lib/text/normalize';
import { pinyinKeys } from '@/lib/glossary/pinyin-keys';
import type { StoredEntry } from './database';

/** An entry with the keys its indexes need. */
export function storedEntry(entry: Entry): StoredEntry {
  return {
    id: entry.id,
    surfaces: [...new Set(surfaces(entry).map((s) => foldTerm(s)))],
    headword: foldTerm(entry.term),
    pinyin: pinyinKeys(entry.pinyin),
    entry,
  };
}
