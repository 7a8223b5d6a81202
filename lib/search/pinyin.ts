/**
 * Pinyin as the index stores it and as people type it: tone marks or tone numbers or none, ü as
 * v (or as u in lüe/nüe), spaces and apostrophes anywhere.
 */
import { foldTerm } from '../text/normalize';

const TONE_MARKS: Readonly<Record<string, number>> = { '\u0304': 1, '\u0301': 2, '\u030c': 3, '\u0300': 4 };

/** Removes tone marks and turns ü into v, as pinyin input methods do. */
export function tonelessPinyin(pinyin: string): string {
  return pinyin
    .normalize('NFD')
    .replace(/u\u0308/g, 'v')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

export interface Syllable {
  /** Toneless, lower case, ü as v ("lve"); digits and Latin letters of a term stay as they are ("415x"). */
  text: string;
  /** 1–4, or 0 for the neutral tone and for non-pinyin runs. */
  tone: number;
}

/** The syllables of an entry's pinyin ("bā bā zhàn lüè"); punctuation such as 、 and + is dropped. */
export function syllablesOf(pinyin: string): Syllable[] {
  const out: Syllable[] = [];
  for (const token of pinyin.normalize('NFD').toLowerCase().split(/\s+/)) {
    const mark = /[\u0304\u0301\u030c\u0300]/.exec(token);
    const tone = mark ? TONE_MARKS[mark[0]]! : 0;
    const plain = token.replace(/u\u0308/g, 'v').replace(/[\u0300-\u036f]/g, '');
    for (const run of plain.match(/[a-z0-9]+/g) ?? []) out.push({ text: run, tone: /^[a-z]+$/.test(run) ? tone : 0 });
  }
  return out;
}

export interface PinyinQuery {
  /** The letters typed, without tones or separators, ü as v ("babazhanlve"). */
  letters: string;
  /** For each letter, the tone the user gave the syllable around it (1–4, 5 for neutral), else 0. */
  tones: Uint8Array;
  hasTones: boolean;
}

/**
 * Reads a query as pinyin, or returns undefined when it cannot be pinyin (Chinese characters,
 * digits that are not tone numbers).
 */
export function parsePinyinQuery(query: string): PinyinQuery | undefined {
  // Folding turns full-width letters into ASCII and drops spaces and apostrophes.
  const text = foldTerm(query).toLowerCase().normalize('NFD');
  const letters: string[] = [];
  const tones: number[] = [];
  let afterLetter = false;
  for (const ch of text) {
    if (ch >= 'a' && ch <= 'z') {
      letters.push(ch);
      tones.push(0);
      afterLetter = true;
    } else if (ch === '\u0308' && letters.at(-1) === 'u') {
      letters[letters.length - 1] = 'v';
    } else if (TONE_MARKS[ch] && letters.length) {
      tones[tones.length - 1] = TONE_MARKS[ch]!;
    } else if (ch >= '0' && ch <= '5' && afterLetter) {
      // 5 and 0 both mark the neutral tone.
      tones[tones.length - 1] = ch === '0' ? 5 : Number(ch);
      afterLetter = false;
    } else if (/[\p{P}\p{S}]/u.test(ch)) {
      // Punctuation separates syllables, as in the pinyin a card shows (bǐ zhuàng 、 bǐ shí).
      afterLetter = false;
    } else {
      return undefined;
    }
  }
  if (!letters.length) return undefined;
  // lüe and nüe are typed lue and nue as often as lve and nve; no other syllable is spelled so.
  const spelled = letters.join('').replace(/([ln])ue/g, '$1ve');
  return { letters: spelled, tones: Uint8Array.from(tones), hasTones: tones.some((t) => t > 0) };
}

/** Whether a syllable accepts a tone the user typed: 一 and 不 change tone in context, and a neutral tone accepts any. */
export function toneAgrees(typed: number, syllable: Syllable): boolean {
  if (!typed || syllable.tone === 0 || syllable.text === 'yi' || syllable.text === 'bu') return true;
  return typed === syllable.tone;
}
