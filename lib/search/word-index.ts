/**
 * An inverted index of English words: every distinct word, sorted, with the documents holding it.
 * A query word matches the words it starts ("battle" finds "battles"), found by binary search.
 */
import { withinOneEdit } from './fuzzy';

/** Lower-case words of English text, accents dropped ("Party's" gives party, s). */
export function wordsOf(text: string): string[] {
  return (
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .match(/[a-z0-9]+/g) ?? []
  );
}

export class WordIndex {
  private readonly words: string[];
  private readonly postings: Int32Array[];
  /** Per-document stamps: marks which documents one query word reached, without clearing. */
  private readonly stamp: Uint32Array;
  private generation = 0;

  constructor(documents: readonly string[]) {
    const byWord = new Map<string, number[]>();
    documents.forEach((text, doc) => {
      for (const word of new Set(wordsOf(text))) {
        const list = byWord.get(word);
        if (list) list.push(doc);
        else byWord.set(word, [doc]);
      }
    });
    this.words = [...byWord.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    this.postings = this.words.map((w) => Int32Array.from(byWord.get(w)!));
    this.stamp = new Uint32Array(documents.length);
  }

  /**
   * Documents in which every query word starts some word. With `typo` set, the query word at that
   * index may instead be within one edit of the start of a word.
   */
  matchAll(query: readonly string[], typo = -1): number[] {
    let result: number[] | undefined;
    query.forEach((word, i) => {
      const g = this.nextGeneration();
      const next: number[] = [];
      const keep = (doc: number) => {
        if (this.stamp[doc] === g) return;
        this.stamp[doc] = g;
        next.push(doc);
      };
      if (i === typo) this.forFuzzy(word, keep);
      else this.forPrefix(word, keep);
      result = result ? result.filter((doc) => this.stamp[doc] === g) : next;
    });
    return result ?? [];
  }

  private forPrefix(prefix: string, visit: (doc: number) => void): void {
    let lo = 0;
    let hi = this.words.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.words[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    for (let w = lo; w < this.words.length && this.words[w]!.startsWith(prefix); w++) for (const doc of this.postings[w]!) visit(doc);
  }

  private forFuzzy(word: string, visit: (doc: number) => void): void {
    this.words.forEach((candidate, w) => {
      if (candidate.length + 1 >= word.length && withinOneEdit(word, candidate, 0, candidate.length, true)) {
        for (const doc of this.postings[w]!) visit(doc);
      }
    });
  }

  private nextGeneration(): number {
    if (++this.generation === 0xffffffff) {
      this.stamp.fill(0);
      this.generation = 1;
    }
    return this.generation;
  }
}
