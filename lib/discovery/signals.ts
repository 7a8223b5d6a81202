/**
 * Detectors for formulations the glossary may not know yet: phrases a writer put in quotation
 * marks, numbered formulas (两个确立, “1+N”) and parallel chains (以日保周、以周保旬、…). They work
 * on folded text (so OCR line breaks and stray spaces inside a phrase do not matter) and return
 * folded spans; `toOriginal` from lib/text/normalize maps a span back to the page or file text.
 *
 * They are pure and linear in the text, and tuned for precision over recall: the content script
 * may run them on any page, and on ordinary news (sports, recipes, reviews) they should find
 * almost nothing.
 */
import { fold, type Folded } from '../text/normalize';
import { quotedSpans, quoteMarks, type QuoteMark } from './quotes';
import { numberedFormulas } from './formulas';
import { parallelChains } from './chains';
import { DIGIT_CODE, isHan } from './chars';
import { signal, type Signal } from './span';
import { inOfficialContext } from './context';

export type { Signal, SignalKind } from './span';

/** Every signal in `source`, ordered by start (longer first on ties). */
export function findSignals(source: string, folded: Folded = fold(source)): Signal[] {
  const marks = quoteMarks(source, folded);
  const quoted = quotedPhrases(folded.text, marks);
  const formulas = numberedFormulas(folded.text, marks, shortQuotes(folded.text, marks));
  return [...quoted, ...formulas, ...parallelChains(folded.text, marks)].sort(
    (a, b) => a.start - b.start || b.end - a.end,
  );
}

const MIN_QUOTED = 2;
const MAX_QUOTED = 20;
/** Besides Han: digits, letters and the joiners formulas use (“1+N”, “工业+商贸+文旅”, “A、B”). */
const PHRASE_CHAR = /^[\da-z+·、,%.-]$/;
/** Reported speech rather than a coined phrase: it starts with a pronoun or ends with a modal particle. */
const SPEECH_START = /^[我你他她它您咱]/;
const SPEECH_END = /[吗呢吧啊呀哦嘛啦]$/;

/**
 * Short quoted phrases: 2–20 folded characters of Han, digits or formula joiners. Quoted speech
 * (introduced by a colon, containing sentence punctuation, or starting with a pronoun) is left out.
 * A phrase without parallel parts must also stand in official context (see context.ts).
 */
export function quotedPhrases(text: string, marks: readonly QuoteMark[]): Signal[] {
  return shortQuotes(text, marks).filter(({ start, end, text: body }) => /[、,]/.test(body) || DIGIT_CODE.test(body) || inOfficialContext(text, start, end));
}

/** Quoted spans with the length and characters of a phrase, whatever their context. */
function shortQuotes(text: string, marks: readonly QuoteMark[]): Signal[] {
  return quotedSpans(text, marks)
    .filter(({ start, end }) => isQuotedPhrase(text.slice(start, end)) && text[start - 1] !== ':')
    .map(({ start, end }) => signal('quoted', text, start, end));
}

function isQuotedPhrase(body: string): boolean {
  if (body.length < MIN_QUOTED || body.length > MAX_QUOTED) return false;
  if (DIGIT_CODE.test(body)) return true;
  let han = 0;
  for (const ch of body) {
    if (isHan(ch.charCodeAt(0))) han++;
    else if (!PHRASE_CHAR.test(ch)) return false;
  }
  return han >= 2 && !SPEECH_START.test(body) && !SPEECH_END.test(body);
}
