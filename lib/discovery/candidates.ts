/**
 * Unknown-jargon candidates in a run of text, as the content script underlines them: the
 * detectors' signals mapped back to the original text, without the spans the glossary already
 * explains, and without overlaps (the leftmost, then longest, signal wins).
 */
import { fold, toOriginal } from '../text/normalize';
import { findSignals, type SignalKind } from './signals';

export interface Candidate {
  start: number;
  end: number;
  kind: SignalKind;
  /** The phrase as folded (no quotation marks, spaces or line breaks): what the user would add. */
  text: string;
}

interface Span {
  start: number;
  end: number;
}

/** Candidates in `text`, none overlapping `known` (glossary matches, in original offsets). */
export function findCandidates(text: string, known: readonly Span[]): Candidate[] {
  const folded = fold(text);
  const out: Candidate[] = [];
  let reached = 0;
  for (const signal of findSignals(text, folded)) {
    const [start, end] = toOriginal(folded, signal.start, signal.end);
    if (start < reached) continue;
    if (known.some((k) => k.start < end && start < k.end)) continue;
    out.push({ start, end, kind: signal.kind, text: signal.text });
    reached = end;
  }
  return out;
}
