/** How well an entry answers a query; lower is better. */
export enum Rank {
  Exact = 0,
  Prefix = 1,
  Contains = 2,
  /** Every query word starts a word of the English rendering. */
  English = 3,
  /** The query is in the Chinese definition, or its words start words of the English one. */
  Definition = 4,
  /** One typo, a pinyin tone that disagrees, or Chinese characters present in order but apart. */
  Fuzzy = 5,
}

/** Which part of an entry answered the query, so a UI can say why a result is there. */
export const MATCH_FIELDS = ['term', 'alias', 'pinyin', 'initials', 'english', 'definition'] as const;
export type MatchField = (typeof MATCH_FIELDS)[number];

export interface SearchHit {
  id: string;
  rank: Rank;
  field: MatchField;
}

const NONE = 255;
const INITIALS = MATCH_FIELDS.indexOf('initials');

/**
 * The best match found so far for each entry of one query. Within a rank, a match through
 * initials (bbzl, babazl) sorts after a match through the full pinyin, the term or an alias.
 */
export class HitSet {
  private readonly score: Uint8Array;
  private readonly field: Uint8Array;
  private readonly touched: number[] = [];
  private readonly perRank = new Int32Array(Rank.Fuzzy + 1);

  constructor(size: number) {
    this.score = new Uint8Array(size).fill(NONE);
    this.field = new Uint8Array(size);
  }

  reset(): void {
    for (const entry of this.touched) this.score[entry] = NONE;
    this.touched.length = 0;
    this.perRank.fill(0);
  }

  offer(entry: number, rank: Rank, field: MatchField): void {
    const f = MATCH_FIELDS.indexOf(field);
    const score = rank * 2 + (f === INITIALS ? 1 : 0);
    const old = this.score[entry]!;
    if (score >= old) return;
    if (old === NONE) this.touched.push(entry);
    else this.perRank[old >> 1]!--;
    this.perRank[rank]!++;
    this.score[entry] = score;
    this.field[entry] = f;
  }

  /** How many entries matched better than `rank`: a tier below is only worth computing when too few did. */
  countBetterThan(rank: Rank): number {
    let n = 0;
    for (let r = 0; r < rank; r++) n += this.perRank[r]!;
    return n;
  }

  /** The best `limit` hits; `order` breaks ties (the user's own entries, then shorter terms, then id). */
  top(limit: number, order: Int32Array, ids: readonly string[]): SearchHit[] {
    const { score, field } = this;
    const sorted = [...this.touched].sort((a, b) => score[a]! - score[b]! || order[a]! - order[b]!);
    return sorted.slice(0, limit).map((e) => ({ id: ids[e]!, rank: (score[e]! >> 1) as Rank, field: MATCH_FIELDS[field[e]!]! }));
  }
}
