/** Sizes of what users write, shared by the schemas that check them and the forms that take them. */
export const LIMITS = {
  term: 100,
  english: 200,
  pinyin: 300,
  aliases: 50,
  definition: 4000,
  note: 4000,
  url: 4096,
  /** Distinct terms one page reports to the popup. */
  pageTerms: 5000,
  /** Entries one import may bring: far more than anyone writes by hand, far less than fills the disk. */
  importEntries: 5000,
} as const;
