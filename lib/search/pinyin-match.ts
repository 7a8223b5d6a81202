/**
 * Matches a typed pinyin query against every entry's syllables. From the first syllable each one
 * may be typed in full or by its initial (b, or zh/ch/sh), and the last one typed may be cut short,
 * so "babazhanlve", "babazh", "bbzl", "bbz" and "babazl" all find 八八战略. It is an exact match
 * when the last syllable is typed in full or every syllable by its initial ("bbzl"); a mix that
 * ends on an initial ("babazl") is a prefix, as "bab" is of 八八. From a later syllable
 * only full syllables count (zhanlve finds it as Contains); initials there would match almost
 * anything.
 */
import { Rank, type HitSet } from './rank';
import { toneAgrees, type PinyinQuery, type Syllable } from './pinyin';
import { TextColumn } from './text-column';
import { mayBeWithinOneEdit, withinOneEdit } from './fuzzy';

const NO_MATCH = 255;

/** Which kinds of piece a walk has typed so far: full syllables, initials, or both. */
const NONE_YET = 0;
const FULL = 1;
const INITIAL = 2;

export class PinyinColumn {
  /** Each entry's toneless syllables run together ("babazhanlve"). */
  private readonly joined: TextColumn;
  /** Entry e owns syllables first[e] .. first[e+1]-1. */
  private readonly first: Int32Array;
  private readonly syllables: Syllable[] = [];
  /** Offset of each syllable in its entry's joined string. */
  private readonly offsets: Int32Array;
  /** For each position of the joined text, the syllable that starts there, or -1. */
  private readonly startsAt: Int32Array;
  private readonly entryOf: Int32Array;
  /** Entries by the first letter of their pinyin. */
  private readonly byLetter = new Map<string, Int32Array>();
  /**
   * Per entry, the letters a query's second letter must be, from the first syllable: its second
   * letter (typed in full) or the next syllable's first (typed as an initial). Most entries of a
   * first-letter bucket fail this test, so they are never walked.
   */
  private readonly secondLetter: Uint16Array;
  private readonly nextInitial: Uint16Array;

  constructor(entries: readonly Syllable[][]) {
    this.joined = new TextColumn(entries.map((s) => s.map((x) => x.text).join('')));
    this.first = new Int32Array(entries.length + 1);
    this.secondLetter = new Uint16Array(entries.length);
    this.nextInitial = new Uint16Array(entries.length);
    const offsets: number[] = [];
    const byLetter = new Map<string, number[]>();
    this.startsAt = new Int32Array(this.joined.text.length).fill(-1);
    entries.forEach((syllables, e) => {
      this.first[e] = this.syllables.length;
      let offset = 0;
      for (const s of syllables) {
        this.startsAt[this.joined.start(e) + offset] = this.syllables.length;
        offsets.push(offset);
        this.syllables.push(s);
        offset += s.text.length;
      }
      const head = syllables[0]?.text;
      if (!head) return;
      this.secondLetter[e] = head.charCodeAt(1) || 0;
      this.nextInitial[e] = syllables[1]?.text.charCodeAt(0) ?? 0;
      const bucket = byLetter.get(head[0]!);
      if (bucket) bucket.push(e);
      else byLetter.set(head[0]!, [e]);
    });
    for (const [letter, list] of byLetter) this.byLetter.set(letter, Int32Array.from(list));
    this.first[entries.length] = this.syllables.length;
    this.offsets = Int32Array.from(offsets);
    this.entryOf = new Int32Array(this.syllables.length);
    for (let e = 0; e < entries.length; e++) this.entryOf.fill(e, this.first[e]!, this.first[e + 1]!);
  }

  /** Offers every entry the query matches as pinyin, as initials or a mix of both. */
  match(query: PinyinQuery, hits: HitSet): void {
    const walker = new Walker(this, query);
    const second = query.letters.charCodeAt(1);
    for (const e of this.byLetter.get(query.letters[0]!) ?? []) {
      if (query.letters.length > 1 && second !== this.secondLetter[e] && second !== this.nextInitial[e]) continue;
      const score = walker.walk(e, this.first[e]!, 0, true, NONE_YET, false);
      if (score !== NO_MATCH) hits.offer(e, score >> 1, score & 1 ? 'initials' : 'pinyin');
    }
    // Later syllables, in full: one indexOf pass over all entries finds the candidates.
    if (query.letters.length < 2) return;
    const text = this.joined.text;
    for (let at = text.indexOf(query.letters); at >= 0; at = text.indexOf(query.letters, at + 1)) {
      const k = this.startsAt[at]!;
      if (k < 0) continue;
      const e = this.entryOf[k]!;
      if (k === this.first[e]) continue;
      const score = walker.walk(e, k, 0, false, NONE_YET, false);
      if (score !== NO_MATCH) hits.offer(e, score >> 1, 'pinyin');
    }
  }

  /** Offers entries whose pinyin, from its start, is within one typo of the query (5+ letters). */
  matchFuzzy(query: PinyinQuery, hits: HitSet): void {
    const q = query.letters;
    const text = this.joined.text;
    for (let e = 0; e < this.joined.length; e++) {
      const start = this.joined.start(e);
      const end = this.joined.end(e);
      if (end > start && mayBeWithinOneEdit(q, text, start) && withinOneEdit(q, text, start, end, true)) hits.offer(e, Rank.Fuzzy, 'pinyin');
    }
  }

  /** One past the last syllable of entry e. */
  syllableEnd(e: number): number {
    return this.first[e + 1]!;
  }

  syllable(k: number): Syllable {
    return this.syllables[k]!;
  }

  /** Char code of syllable k at index i. */
  codeAt(e: number, k: number, i: number): number {
    return this.joined.text.charCodeAt(this.joined.start(e) + this.offsets[k]! + i);
  }
}

function scoreOf(rank: Rank, kinds: number, toneMiss: boolean): number {
  return (toneMiss ? Rank.Fuzzy : rank) * 2 + (kinds & INITIAL ? 1 : 0);
}

/** One query's walk over an entry's syllables; scores are rank * 2 + (1 when initials were used). */
class Walker {
  private readonly q: string;

  constructor(
    private readonly column: PinyinColumn,
    private readonly query: PinyinQuery,
  ) {
    this.q = query.letters;
  }

  /** Best score matching the query from position p on, starting at syllable k of entry e. */
  walk(e: number, k: number, p: number, anchored: boolean, pieces: number, toneMiss: boolean): number {
    const { q, column } = this;
    const end = column.syllableEnd(e);
    const syllable = column.syllable(k);
    const length = syllable.text.length;
    const last = k + 1 === end;
    let same = 0;
    while (same < length && p + same < q.length && column.codeAt(e, k, same) === q.charCodeAt(p + same)) same++;
    let best = NO_MATCH;

    if (same === length) {
      const miss = toneMiss || this.toneMissed(syllable, p, p + length);
      // A one-letter syllable (e, a) is its own initial, so it does not spoil a run of initials.
      const kinds = length > 1 ? pieces | FULL : pieces;
      if (p + length === q.length) best = scoreOf(anchored ? (last ? Rank.Exact : Rank.Prefix) : Rank.Contains, kinds, miss);
      else if (!last) best = Math.min(best, this.walk(e, k + 1, p + length, anchored, kinds, miss));
    } else if (same > 0 && p + same === q.length) {
      best = scoreOf(anchored ? Rank.Prefix : Rank.Contains, pieces, toneMiss || this.toneMissed(syllable, p, q.length));
    }
    // Initials: b for ba, z or zh for zhan. A one-letter query is a prefix, not a set of initials.
    if (anchored && q.length > 1 && best > 0) {
      const text = syllable.text;
      const longest = text[1] === 'h' && (text[0] === 'z' || text[0] === 'c' || text[0] === 's') ? 2 : 1;
      for (let n = 1; n <= longest; n++) {
        if (n >= length || same < n) continue;
        const kinds = pieces | INITIAL;
        if (p + n === q.length) best = Math.min(best, scoreOf(last && kinds === INITIAL ? Rank.Exact : Rank.Prefix, kinds, toneMiss));
        else if (!last) best = Math.min(best, this.walk(e, k + 1, p + n, anchored, kinds, toneMiss));
      }
    }
    return best;
  }

  private toneMissed(syllable: Syllable, from: number, to: number): boolean {
    if (!this.query.hasTones) return false;
    for (let i = from; i < to; i++) if (!toneAgrees(this.query.tones[i]!, syllable)) return true;
    return false;
  }
}
