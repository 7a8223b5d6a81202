/**
 * Errors that cross from the background to a page or the popup: a code the UI turns into words in
 * the reader's language, and the original message for the details.
 */
export const ERROR_CODES = ['quota', 'storage', 'duplicate', 'invalid', 'unknown'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class TifaError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** What the message is about (a term, a field), for the UI's sentence. */
    readonly subject = '',
    /** The entry concerned, where there is one (a duplicate's existing entry: offer to edit it). */
    readonly entryId = '',
  ) {
    super(message);
    this.name = 'TifaError';
  }
}

/** The names IndexedDB and storage APIs give a full disk or an exhausted quota. */
function isQuotaError(error: unknown): boolean {
  if (!(error instanceof Error) && !(typeof DOMException !== 'undefined' && error instanceof DOMException)) return false;
  const { name, message } = error as { name: string; message: string };
  return name === 'QuotaExceededError' || /quota/i.test(message);
}

/** Gives any failure a code: quota first, then other storage failures (IndexedDB's own error names). */
export function classify(error: unknown): TifaError {
  if (error instanceof TifaError) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (isQuotaError(error)) return new TifaError('quota', message);
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'UnknownError' || name === 'InvalidStateError' || name === 'AbortError' || name === 'DataError' || name === 'VersionError') {
    return new TifaError('storage', message);
  }
  return new TifaError('unknown', message);
}
