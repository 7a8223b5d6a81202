import { fold } from '../text/normalize';
import type { Example } from './schema';
import type { Matcher } from '../matcher/matcher';

/** A corpus text by its file name (relative to seeds/corpus). */
export interface CorpusFile {
  file: string;
  text: string;
}

const SENTENCE_END = new Set(['。', '！', '？', '!', '?', '；']);
const MAX_EXAMPLE = 140;

/** The sentence around [start, end) in `text`, with OCR line breaks and stray spaces removed. */
export function sentenceAround(text: string, start: number, end: number): { offset: number; text: string } {
  let from = start;
  while (from > 0 && !SENTENCE_END.has(text[from - 1]!) && start - from < MAX_EXAMPLE) from--;
  let to = end;
  while (to < text.length && !SENTENCE_END.has(text[to - 1]!) && to - end < MAX_EXAMPLE) to++;
  const raw = text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  return { offset: from + lead, text: raw.replace(/\s+/g, '') };
}

/**
 * Up to `limit` example sentences per entry id, preferring short sentences from different files.
 * Examples are chosen by the same matcher the extension uses, so they show what a reader sees.
 */
export function collectExamples(corpus: readonly CorpusFile[], matcher: Matcher, limit = 2): Map<string, Example[]> {
  const found = new Map<string, Example[]>();
  for (const { file, text } of corpus) {
    for (const match of matcher.find(text)) {
      const sentence = sentenceAround(text, match.start, match.end);
      const list = found.get(match.id) ?? [];
      if (!list.some((e) => e.text === sentence.text)) list.push({ file, ...sentence });
      found.set(match.id, list);
    }
  }
  const chosen = new Map<string, Example[]>();
  for (const [id, list] of found) {
    const ranked = [...list].sort((a, b) => a.text.length - b.text.length);
    const pick: Example[] = [];
    for (const e of ranked) if (pick.length < limit && !pick.some((p) => p.file === e.file)) pick.push(e);
    for (const e of ranked) if (pick.length < limit && !pick.includes(e)) pick.push(e);
    chosen.set(id, pick);
  }
  return chosen;
}

/** True when `example.text` stands in its file at its offset, line breaks and spaces aside. */
export function exampleInCorpus(example: Example, corpus: readonly CorpusFile[]): boolean {
  const file = corpus.find((c) => c.file === example.file);
  if (!file) return false;
  const tail = fold(file.text.slice(example.offset, example.offset + example.text.length * 3 + 64)).text;
  return tail.startsWith(fold(example.text).text);
}
