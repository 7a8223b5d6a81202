/**
 * Precision and recall of the unknown-jargon detectors on a labelled set. A flagged phrase counts
 * as right when it overlaps a labelled phrase (after folding); a labelled phrase counts as found
 * when some flagged phrase overlaps it.
 */
import { foldTerm } from '../text/normalize';
import { findCandidates } from './candidates';

export interface LabelledText {
  text: string;
  expected: string[];
}

export interface Evaluation {
  flagged: number;
  correct: number;
  labelled: number;
  found: number;
  falsePositives: { text: string; phrase: string }[];
  missed: string[];
}

function overlaps(a: string, b: string): boolean {
  return a.includes(b) || b.includes(a);
}

export function evaluate(texts: readonly LabelledText[]): Evaluation {
  const result: Evaluation = { flagged: 0, correct: 0, labelled: 0, found: 0, falsePositives: [], missed: [] };
  for (const { text, expected } of texts) {
    const flagged = findCandidates(text, []).map((c) => c.text);
    const labels = expected.map((e) => foldTerm(e));
    result.flagged += flagged.length;
    result.labelled += labels.length;
    for (const phrase of flagged) {
      if (labels.some((l) => overlaps(phrase, l))) result.correct++;
      else result.falsePositives.push({ text, phrase });
    }
    for (const label of labels) {
      if (flagged.some((phrase) => overlaps(phrase, label))) result.found++;
      else result.missed.push(label);
    }
  }
  return result;
}
