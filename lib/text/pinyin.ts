/** Pinyin as people type it: no tone marks, ü as v. */
export function tonelessPinyin(pinyin: string): string {
  return pinyin
    .normalize('NFD')
    .replace(/u\u0308/g, 'v')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** The syllables of a pinyin string, toneless: "bā bā zhàn lüè" gives ba, ba, zhan, lve. */
export function syllables(pinyin: string): string[] {
  return tonelessPinyin(pinyin).split(/[^a-z]+/).filter(Boolean);
}

/** The keys an entry is found by in the pinyin index: the whole reading joined, and its initials. */
export function pinyinKeys(pinyin: string): string[] {
  const parts = syllables(pinyin);
  if (parts.length === 0) return [];
  return [...new Set([parts.join(''), parts.map((s) => s[0]).join('')])];
}
