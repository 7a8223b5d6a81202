/** The closed lists of the glossary, without the schema library: pages and the popup import these. */

/** Kinds of formulation a reader meets; the card shows this as a badge. */
export const CATEGORIES = [
  'slogan',
  'strategy',
  'campaign',
  'ideology',
  'meeting',
  'target',
  'idiom',
  'brand',
] as const;

/** The level of government that coined a formulation. */
export const LEVELS = ['central', 'zhejiang', 'jinhua', 'yongkang', 'other'] as const;

export type Category = (typeof CATEGORIES)[number];
export type Level = (typeof LEVELS)[number];
