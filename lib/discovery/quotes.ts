/**
 * Quotation marks around folded text. `fold` drops quotation marks (a term matches quoted or not),
 * but a writer's quotes are the strongest hint that a phrase is a coined formula, so the discovery
 * detectors recover where they stood from the original text and the folded text's `origin`.
 */
import type { Folded } from '../text/normalize';

/** A quotation mark that stood just before folded index `at` (`at` = text length: after the end). */
export interface QuoteMark {
  at: number;
  /** ASCII double quotes are the same glyph on both sides. */
  role: 'open' | 'close' | 'either';
  /** Marks only pair within a family: “ ” with “ ”, 「 」 with 「 」. */
  family: 'double' | 'single' | 'corner' | 'white-corner';
}

const MARKS = new Map<string, Pick<QuoteMark, 'role' | 'family'>>([
  ['“', { role: 'open', family: 'double' }],
  ['”', { role: 'close', family: 'double' }],
  ['"', { role: 'either', family: 'double' }],
  ['＂', { role: 'either', family: 'double' }],
  ['‘', { role: 'open', family: 'single' }],
  ['’', { role: 'close', family: 'single' }],
  ['「', { role: 'open', family: 'corner' }],
  ['」', { role: 'close', family: 'corner' }],
  ['﹁', { role: 'open', family: 'corner' }],
  ['﹂', { role: 'close', family: 'corner' }],
  ['『', { role: 'open', family: 'white-corner' }],
  ['』', { role: 'close', family: 'white-corner' }],
  ['﹃', { role: 'open', family: 'white-corner' }],
  ['﹄', { role: 'close', family: 'white-corner' }],
]);

// ASCII and full-width apostrophes are left out: in mixed text they are apostrophes more often than quotes.
const MARK_PATTERN = /[“”"＂‘’「」﹁﹂『』﹃﹄]/g;

/** The quotation marks of `source`, located in `folded` (which must be `fold(source)`). */
export function quoteMarks(source: string, folded: Folded): QuoteMark[] {
  const marks: QuoteMark[] = [];
  const { origin } = folded;
  let at = 0;
  for (const m of source.matchAll(MARK_PATTERN)) {
    while (at < origin.length && origin[at]! < m.index) at++;
    marks.push({ at, ...MARKS.get(m[0])! });
  }
  return marks;
}

/** Folded indices that have a quotation mark just before them. */
export function quoteBoundaries(marks: readonly QuoteMark[]): Set<number> {
  return new Set(marks.map((m) => m.at));
}

/** An ambiguous quote left open longer than this, or across a sentence end, was not an opening one. */
const MAX_OPEN = 60;
const SENTENCE_END = /[。!?;]/;

/** Spans [start, end) of folded text enclosed by a matching pair of quotation marks. */
export function quotedSpans(text: string, marks: readonly QuoteMark[]): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  const open: QuoteMark[] = [];
  for (const mark of marks) {
    const i = open.findLastIndex((o) => o.family === mark.family);
    const opener = i >= 0 ? open[i] : undefined;
    const closes =
      mark.role === 'close' ||
      (mark.role === 'either' &&
        opener?.role === 'either' &&
        mark.at - opener.at <= MAX_OPEN &&
        !SENTENCE_END.test(text.slice(opener.at, mark.at)));
    if (closes && opener) {
      if (mark.at > opener.at) spans.push({ start: opener.at, end: mark.at });
      open.length = i;
    } else if (mark.role !== 'close') {
      // A stale ambiguous opener is replaced rather than left to pair with a later mark.
      if (mark.role === 'either' && opener?.role === 'either') open.splice(i, 1);
      open.push(mark);
    }
  }
  return spans;
}
