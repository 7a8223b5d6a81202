/**
 * Ranks jargon candidates the glossary does not cover yet: the writer's own marks (quotes, numbered
 * formulas, parallel chains from lib/discovery) combined with jieba segmentation and jieba's
 * dictionary frequencies as the background of ordinary Chinese.
 */
import { findSignals, type SignalKind } from '../lib/discovery/signals';
import { quoteBoundaries, quoteMarks } from '../lib/discovery/quotes';
import { JOB_TITLE } from '../lib/discovery/chars';
import { fold, foldTerm, toOriginal, type Folded } from '../lib/text/normalize';
import { Matcher, type MatcherKey } from '../lib/matcher/matcher';
import type { Segmenter, Token } from './candidates-jieba';
import { clauses, recurringNgrams } from './candidates-ngrams';

export interface CorpusText {
  file: string;
  text: string;
}

export interface Context {
  file: string;
  /** UTF-16 offset of the candidate's first character in the original file text. */
  offset: number;
  /** The surrounding text, line breaks and spaces removed, the candidate in 【】. */
  snippet: string;
}

/** Why a candidate was proposed: a writer's mark, or recurrence found by segmentation. */
export type Evidence = SignalKind | 'ngram';

export interface Candidate {
  text: string;
  score: number;
  count: number;
  signals: Evidence[];
  /** 0 (everyday words) to 3 (words jieba's dictionary does not know). */
  rarity: number;
  contexts: Context[];
}

/*
 * Scoring. score = 1.5·log2(1 + count) + 3·quoted + 3·formula + 2.5·chain + rarity, where
 * - count is the number of occurrences outside glossary matches (log: repetition helps, but a
 *   phrase printed eight times should not bury one a writer quoted twice);
 * - quoted, formula, chain are 1 when some occurrence carries that mark (lib/discovery/signals);
 * - rarity, 0–3, is how unlike ordinary Chinese the candidate's words are: per word
 *   clamp(log10(100 / (ppm + 0.1)), 0, 3), ppm being its jieba dictionary frequency per million
 *   (a word at 100 ppm or more scores 0, one outside the dictionary 3), averaged by length; a long
 *   dictionary word counts as no rarer than the words it is made of (see wordRarity).
 * A candidate without any mark comes only from recurring n-grams, and needs two occurrences and
 * rarity ≥ 1.5.
 */
const WEIGHT: Record<SignalKind, number> = { quoted: 3, formula: 3, chain: 2.5 };
const MIN_UNMARKED_RARITY = 1.5;
const MIN_UNMARKED_COUNT = 2;
const MAX_COVERED = 0.5;
const MAX_CONTEXTS = 3;
const SNIPPET_SIDE = 12;

const NAME = /^[\u4e00-\u9fff]{2,3}$/;
/** Places and bodies (芝英镇, 永康市委): names, not formulations, unless a writer marked them. */
const PLACE_OR_BODY = /^[\u4e00-\u9fff]{1,4}(?:省|市|县|区|镇|乡|村|街道|省委|市委|县委|政府)$/;
const HAN_WORD = /^[\u3400-\u9fff]+$/;
/** Chinese numbers with a unit (十二月, 三万元, 两个人): counts, not formulations, unless a writer marked them. */
const NUMBER_WORD = /[〇零一二三四五六七八九十百千万亿两]+(?:年|月|日|号|时|点|万|亿|元|个|人|家|次|倍)/;

interface Doc {
  file: string;
  text: string;
  folded: Folded;
  /** 1 where a glossary term already covers the folded character. */
  covered: Uint8Array;
  tokens: Token[];
}

interface Occurrence {
  doc: Doc;
  start: number;
  end: number;
}

export function rankCandidates(corpus: readonly CorpusText[], glossary: readonly MatcherKey[], segmenter: Segmenter, limit = 50): Candidate[] {
  const matcher = Matcher.fromKeys(glossary);
  const surfaces = glossary.map((k) => foldTerm(k.surface));
  const docs: Doc[] = [];
  const marked = new Map<string, Set<SignalKind>>();
  const allClauses: Token[][] = [];
  for (const { file, text } of corpus) {
    const folded = fold(text);
    const tokens = segmenter.segment(folded.text);
    docs.push({ file, text, folded, covered: coverage(text, folded, matcher), tokens });
    for (const s of findSignals(text, folded)) {
      const kinds = marked.get(s.text) ?? new Set();
      marked.set(s.text, kinds.add(s.kind));
    }
    allClauses.push(...clauses(tokens, quoteBoundaries(quoteMarks(text, folded))));
  }
  const names = personNames(docs);
  const ngrams = new Set(recurringNgrams(allClauses, names).map((n) => n.text));

  const scored: (Candidate & { occurrences: Occurrence[] })[] = [];
  const segmented = new Map([...new Set([...marked.keys(), ...ngrams])].map((key) => [key, segmenter.segment(key)]));
  for (const [key, words] of segmented) {
    const kinds = marked.get(key) ?? new Set<SignalKind>();
    if (!plausible(key, kinds, names) || coveredShare(key, matcher) >= MAX_COVERED) continue;
    // A piece of a known term (强城 of 强城兴村融合) is explained by that term's card.
    if (surfaces.some((s) => s.includes(key))) continue;
    const occurrences = docs.flatMap((doc) => occurrencesIn(doc, key));
    const rarity = rarityOf(words, segmenter);
    const unmarkedEnough = occurrences.length >= MIN_UNMARKED_COUNT && rarity >= MIN_UNMARKED_RARITY;
    if (occurrences.length === 0 || (kinds.size === 0 && !unmarkedEnough)) continue;
    let score = 1.5 * Math.log2(1 + occurrences.length) + rarity;
    for (const kind of kinds) score += WEIGHT[kind];
    const signals: Evidence[] = [...kinds].sort();
    if (ngrams.has(key)) signals.push('ngram');
    const text = display(occurrences[0]!);
    scored.push({ text, score: round(score), count: occurrences.length, signals, rarity: round(rarity), contexts: [], occurrences });
  }
  scored.sort((a, b) => b.score - a.score || b.count - a.count || a.text.localeCompare(b.text));
  return suppressNested(scored)
    .slice(0, limit)
    .map(({ occurrences, ...c }) => ({ ...c, contexts: pickContexts(occurrences) }));
}

/**
 * Leaves out people, digits other than a formula's (dates, amounts, road numbers), and unless a
 * writer marked them, counts, places, bodies and job titles.
 */
function plausible(key: string, kinds: ReadonlySet<SignalKind>, names: ReadonlySet<string>): boolean {
  if ([...names].some((n) => key.includes(n))) return false;
  if (kinds.has('formula')) return true;
  if (/\d/.test(key)) return false;
  return kinds.size > 0 || !(NUMBER_WORD.test(key) || PLACE_OR_BODY.test(key) || JOB_TITLE.test(key));
}

/** Marks the folded characters that glossary matches cover. */
function coverage(text: string, folded: Folded, matcher: Matcher): Uint8Array {
  const covered = new Uint8Array(folded.text.length);
  const { origin } = folded;
  let k = 0;
  for (const m of matcher.find(text)) {
    while (k < origin.length && origin[k]! < m.start) k++;
    for (let j = k; j < origin.length && origin[j]! < m.end; j++) covered[j] = 1;
  }
  return covered;
}

/** Share of a candidate's characters that glossary terms inside it already explain. */
function coveredShare(key: string, matcher: Matcher): number {
  return matcher.find(key).reduce((n, m) => n + m.end - m.start, 0) / key.length;
}

/** Names right after a job title (市长郑云涛, 融媒记者李梦楚). */
function personNames(docs: readonly Doc[]): Set<string> {
  const names = new Set<string>();
  for (const { tokens } of docs) {
    tokens.forEach((token, i) => {
      const next = tokens[i + 1];
      if (next && JOB_TITLE.test(token.word) && NAME.test(next.word) && (next.tag === 'x' || next.tag.startsWith('nr'))) names.add(next.word);
    });
  }
  return names;
}

/** Occurrences of `key` in a document that a glossary term does not already cover whole. */
function occurrencesIn(doc: Doc, key: string): Occurrence[] {
  const found: Occurrence[] = [];
  for (let at = doc.folded.text.indexOf(key); at >= 0; at = doc.folded.text.indexOf(key, at + key.length)) {
    const end = at + key.length;
    if (!doc.covered.subarray(at, end).every((c) => c === 1)) found.push({ doc, start: at, end });
  }
  return found;
}

function rarityOf(words: readonly Token[], segmenter: Segmenter): number {
  let weighted = 0;
  let length = 0;
  for (const { word } of words) {
    if (!HAN_WORD.test(word)) continue;
    weighted += word.length * wordRarity(word, segmenter);
    length += word.length;
  }
  return length ? weighted / length : 0;
}

/**
 * jieba's dictionary lists many set phrases at a token frequency (贯彻落实, 重要讲话: 4) that says
 * nothing about their use, so a long dictionary word is no rarer than the words it is made of.
 */
function wordRarity(word: string, segmenter: Segmenter): number {
  const own = rateRarity(segmenter.frequency(word), segmenter.total);
  if (word.length < 3 || segmenter.frequency(word) === 0) return own;
  const parts = segmenter.parts(word);
  const fromParts = parts.reduce((sum, p) => sum + p.length * rateRarity(segmenter.frequency(p), segmenter.total), 0) / word.length;
  return Math.min(own, fromParts);
}

function rateRarity(frequency: number, total: number): number {
  const ppm = (frequency / total) * 1e6;
  return Math.min(3, Math.max(0, Math.log10(100 / (ppm + 0.1))));
}

/**
 * Drops a candidate whose every occurrence lies inside occurrences of a better-ranked one (落实为要
 * inside 干字为先、落实为要), so the list does not repeat itself.
 */
function suppressNested<T extends { occurrences: Occurrence[] }>(ranked: readonly T[]): T[] {
  const claimed = new Map<Doc, [number, number][]>();
  return ranked.filter(({ occurrences }) => {
    const inside = occurrences.every((o) => claimed.get(o.doc)?.some(([s, e]) => s <= o.start && o.end <= e));
    if (inside) return false;
    for (const o of occurrences) claimed.set(o.doc, [...(claimed.get(o.doc) ?? []), [o.start, o.end]]);
    return true;
  });
}

/** Up to three contexts, from different files first. */
function pickContexts(occurrences: readonly Occurrence[]): Context[] {
  const picked: Occurrence[] = [];
  for (const o of occurrences) if (picked.length < MAX_CONTEXTS && !picked.some((p) => p.doc === o.doc)) picked.push(o);
  for (const o of occurrences) if (picked.length < MAX_CONTEXTS && !picked.includes(o)) picked.push(o);
  return picked.map((o) => ({ file: o.doc.file, offset: o.doc.folded.origin[o.start]!, snippet: snippet(o) }));
}

function snippet({ doc, start, end }: Occurrence): string {
  const { origin } = doc.folded;
  const from = origin[Math.max(0, start - SNIPPET_SIDE)]!;
  const to = end + SNIPPET_SIDE < origin.length ? origin[end + SNIPPET_SIDE]! : doc.text.length;
  const [a, b] = toOriginal(doc.folded, start, end);
  const clean = (s: string) => s.replace(/\s+/g, '');
  return `…${clean(doc.text.slice(from, a))}【${clean(doc.text.slice(a, b))}】${clean(doc.text.slice(b, to))}…`;
}

/** The candidate as it was first printed, without line breaks, spaces or quotation marks. */
function display({ doc, start, end }: Occurrence): string {
  const [from, to] = toOriginal(doc.folded, start, end);
  return doc.text.slice(from, to).replace(/[\s“”"＂‘’「」『』]/g, '');
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
