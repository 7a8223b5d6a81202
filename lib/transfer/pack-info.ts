/** A subscribed glossary pack as the options page lists it. */
export interface PackInfo {
  url: string;
  title: string;
  count: number;
  /** When it was last fetched successfully (ms since 1970). */
  fetched: number;
  /** Why the last refresh failed (the entries are then the previous ones), or null. */
  error: string | null;
}
