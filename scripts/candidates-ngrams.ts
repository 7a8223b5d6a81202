/**
 * Candidates from segmentation alone: words and runs of up to five words that recur in the corpus.
 * A run is kept only where it is "closed" (no longer run holds every one of its occurrences) and
 * does not begin or end with a function word, so "会议指出要" gives way to the phrase inside it.
 */
import type { Token } from './candidates-jieba';

const MAX_WORDS = 5;
const MAX_CHARS = 12;
const MIN_COUNT = 2;
const HAN_WORD = /^[\u3400-\u9fff]+$/;
/** Tags that cannot open or close a phrase: particles, prepositions, conjunctions, pronouns, adverbs, numerals, measure, locality, time, modal, distinguishing words. */
const EDGE_TAG = /^(?:u|p|c|r|d|m|q|f|y|e|o|t|ad|b)/;
/** A single word tagged as a place or organisation name is not a formulation (永康市, 金华市). */
const PROPER_NOUN = /^(?:ns|nt)/;
/** Single-character words that only glue a phrase to its sentence. */
const EDGE_WORD = new Set([...'是有要将把被让使在对为以与和及等也都又就并而从向于之其这那该各']);

export interface Ngram {
  text: string;
  count: number;
}

/** Tokens of one text, split into clauses at anything that is not a Han word and at quotation marks. */
export function clauses(tokens: readonly Token[], quoteAt: ReadonlySet<number>): Token[][] {
  const out: Token[][] = [];
  let clause: Token[] = [];
  for (const token of tokens) {
    const han = HAN_WORD.test(token.word) && !token.tag.startsWith('u');
    if (!han || quoteAt.has(token.start)) {
      if (clause.length) out.push(clause);
      clause = [];
    }
    if (han) clause.push(token);
  }
  if (clause.length) out.push(clause);
  return out;
}

/** Recurring, closed n-grams over all clauses, skipping any that contain a name from `names`. */
export function recurringNgrams(allClauses: readonly Token[][], names: ReadonlySet<string>): Ngram[] {
  const counts = new Map<string, number>();
  const parts = new Map<string, string[]>();
  for (const clause of allClauses) {
    for (let a = 0; a < clause.length; a++) {
      let text = '';
      for (let b = a; b < Math.min(clause.length, a + MAX_WORDS); b++) {
        const token = clause[b]!;
        if (names.has(token.word) || token.tag.startsWith('nr')) break;
        text += token.word;
        if (text.length > MAX_CHARS) break;
        if (!isEdge(clause[a]!) || !isEdge(token) || text.length < 3 || (a === b && PROPER_NOUN.test(token.tag))) continue;
        counts.set(text, (counts.get(text) ?? 0) + 1);
        if (!parts.has(text)) parts.set(text, clause.slice(a, b + 1).map((t) => t.word));
      }
    }
  }
  const subsumed = new Set<string>();
  for (const [text, words] of parts) {
    const count = counts.get(text)!;
    if (count < MIN_COUNT || words.length < 2) continue;
    for (const sub of [words.slice(1).join(''), words.slice(0, -1).join('')]) {
      if (counts.get(sub) === count) subsumed.add(sub);
    }
  }
  return [...counts]
    .filter(([text, count]) => count >= MIN_COUNT && !subsumed.has(text))
    .map(([text, count]) => ({ text, count }));
}

function isEdge(token: Token): boolean {
  return !EDGE_TAG.test(token.tag) && !(token.word.length === 1 && EDGE_WORD.has(token.word));
}
