/**
 * Data for npm run bench:search: a synthetic glossary of realistic entries built from the real
 * one (jieba's words from the Chinese definitions joined into new terms, pinyin from pinyin-pro as
 * the glossary build writes it, English renderings and definitions from real words and sentences),
 * and query sets of each kind a user types, drawn from that glossary. Seeded: every run is the same.
 */
import { cut } from 'jieba-wasm';
import { pinyin } from 'pinyin-pro';
import type { Entry } from '../lib/glossary/schema';
import { syllablesOf } from '../lib/search/pinyin';
import { random } from './bench-random';

type Pick = <T>(list: readonly T[]) => T;
const picker = (next: () => number): Pick => (list) => list[Math.floor(next() * list.length)]!;

const HAN_WORD = /^[\u4e00-\u9fff]{2,4}$/;
const SUFFIXES = ['行动', '工程', '战略', '建设', '体系', '改革'];

/** `count` entries shaped like the real ones: 4–10 character terms, a third with an alias. */
export function syntheticGlossary(real: readonly Entry[], count: number): Entry[] {
  const next = random(20_000);
  const pick = picker(next);
  const words = [...new Set(real.flatMap((e) => cut(e.definition.zh, false)).filter((w) => HAN_WORD.test(w)))];
  const englishWords = [...new Set(real.flatMap((e) => e.english.split(/\s+/)).filter((w) => /^[A-Za-z-]+$/.test(w)))];
  const zhSentences = real.flatMap((e) => e.definition.zh.match(/[^。]+。/g) ?? []);
  const enSentences = real.flatMap((e) => e.definition.en.match(/[^.]+\./g) ?? []);
  const terms = new Set(real.flatMap((e) => [e.term, ...e.aliases]));
  const entries: Entry[] = [];
  while (entries.length < count) {
    let term = '';
    while (term.length < 4) term += pick(words);
    if (term.length > 10 || terms.has(term)) continue;
    const alias = next() < 0.33 ? term + pick(SUFFIXES) : undefined;
    if (alias && terms.has(alias)) continue;
    terms.add(term);
    if (alias) terms.add(alias);
    const english = Array.from({ length: 2 + Math.floor(next() * 4) }, () => pick(englishWords)).join(' ');
    entries.push({
      id: `synthetic-${entries.length}`,
      term,
      aliases: alias ? [alias] : [],
      pinyin: pinyin(term, { toneType: 'symbol' }),
      english,
      definition: { zh: pick(zhSentences) + pick(zhSentences), en: `${pick(enSentences)} ${pick(enSentences)}`.trim() },
      category: 'slogan',
      level: 'other',
      region: '',
      related: [],
      examples: [],
    });
  }
  return entries;
}

export interface QueryKind {
  name: string;
  queries: string[];
}

/** One typo: a letter changed, dropped, added, or two swapped, at a random place. */
function typo(word: string, next: () => number): string {
  const at = 1 + Math.floor(next() * (word.length - 2));
  const letter = String.fromCharCode(97 + Math.floor(next() * 26));
  switch (Math.floor(next() * 4)) {
    case 0:
      return word.slice(0, at) + letter + word.slice(at + 1);
    case 1:
      return word.slice(0, at) + word.slice(at + 1);
    case 2:
      return word.slice(0, at) + letter + word.slice(at);
    default:
      return word.slice(0, at - 1) + word[at] + word[at - 1] + word.slice(at + 1);
  }
}

/** `perKind` queries of each kind, taken from random entries of `entries`. */
export function querySets(entries: readonly Entry[], perKind: number): QueryKind[] {
  const next = random(7);
  const pick = picker(next);
  const withPinyin = entries.filter((e) => syllablesOf(e.pinyin).every((s) => /^[a-z]+$/.test(s.text)));
  const syllables = (e: Entry) => syllablesOf(e.pinyin).map((s) => s.text);
  const many = (make: () => string | undefined): string[] => {
    const out: string[] = [];
    while (out.length < perKind) {
      const q = make();
      if (q) out.push(q);
    }
    return out;
  };
  const hanzi = (min: number, max: number) => () => {
    const term = pick(entries).term;
    const length = min + Math.floor(next() * (max - min + 1));
    if (term.length < length) return undefined;
    const at = Math.floor(next() * (term.length - length + 1));
    return term.slice(at, at + length);
  };
  const englishWord = () => pick(pick(entries).english.toLowerCase().match(/[a-z]+/g) ?? ['']);
  return [
    { name: '1 hanzi', queries: many(hanzi(1, 1)) },
    { name: '2 hanzi', queries: many(hanzi(2, 2)) },
    { name: '3–4 hanzi', queries: many(hanzi(3, 4)) },
    {
      name: 'pinyin as typed',
      queries: many(() => {
        const joined = syllables(pick(withPinyin)).join('');
        return joined.slice(0, 3 + Math.floor(next() * (joined.length - 2)));
      }),
    },
    { name: 'pinyin, tone numbers', queries: many(() => pinyin(pick(withPinyin).term, { toneType: 'num', separator: '' })) },
    {
      name: 'initials',
      queries: many(() => {
        const initials = syllables(pick(withPinyin)).map((s) => s[0]).join('');
        return initials.length < 2 ? undefined : initials.slice(0, 2 + Math.floor(next() * (initials.length - 1)));
      }),
    },
    {
      name: 'English words',
      queries: many(() => {
        const words = [englishWord(), ...(next() < 0.5 ? [englishWord()] : [])].filter((w) => w.length >= 2);
        return words.length ? words.map((w) => w.slice(0, 2 + Math.floor(next() * (w.length - 1)))).join(' ') : undefined;
      }),
    },
    {
      name: 'fuzzy pinyin',
      queries: many(() => {
        const joined = syllables(pick(withPinyin)).join('');
        return joined.length >= 6 ? typo(joined, next) : undefined;
      }),
    },
    {
      name: 'fuzzy English',
      queries: many(() => {
        const word = englishWord();
        return word.length >= 6 ? typo(word, next) : undefined;
      }),
    },
  ];
}
