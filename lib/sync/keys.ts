/**
 * Storage keys of the sync format: `t:` + the record key for a record's head, `…#1`, `…#2` for the
 * parts of a chunked record. `%` and `#` in a record key are escaped so a head never looks like a part.
 */
export const PREFIX = 't:';

export function headKey(recordKey: string): string {
  return PREFIX + recordKey.replaceAll('%', '%25').replaceAll('#', '%23');
}

export function partKey(head: string, index: number): string {
  return `${head}#${index}`;
}

export type ParsedKey =
  | { kind: 'head'; head: string; recordKey: string }
  | { kind: 'part'; head: string; index: number }
  | { kind: 'foreign' }
  | { kind: 'damaged' };

export function parseKey(key: string): ParsedKey {
  if (!key.startsWith(PREFIX)) return { kind: 'foreign' };
  const hash = key.indexOf('#');
  if (hash >= 0) {
    const match = /^([1-9][0-9]{0,5})$/.exec(key.slice(hash + 1));
    return match ? { kind: 'part', head: key.slice(0, hash), index: Number(match[1]) } : { kind: 'damaged' };
  }
  const escaped = key.slice(PREFIX.length);
  if (/%(?!25|23)/.test(escaped)) return { kind: 'damaged' };
  return { kind: 'head', head: key, recordKey: escaped.replaceAll('%23', '#').replaceAll('%25', '%') };
}
