/**
 * chrome.storage.sync's limits, and sizes measured the way Chrome measures them: the key's length
 * plus the length of the value's JSON, both in UTF-8 bytes.
 */
export const SYNC_QUOTA = {
  bytes: 102_400,
  bytesPerItem: 8_192,
  maxItems: 512,
  writesPerMinute: 120,
  writesPerHour: 1_800,
} as const;

export type SyncQuota = { readonly [K in keyof typeof SYNC_QUOTA]: number };

const encoder = new TextEncoder();

export function utf8Bytes(text: string): number {
  return encoder.encode(text).length;
}

/**
 * Chrome's JSON writer escapes `<` as \u003C and U+2028/U+2029 as \u2028/\u2029, where
 * JSON.stringify writes them as they are: 5 and 3 more bytes each.
 */
function chromeEscapeExtra(json: string): number {
  let extra = 0;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (c === 0x3c) extra += 5;
    else if (c === 0x2028 || c === 0x2029) extra += 3;
  }
  return extra;
}

/** Bytes of a JSON text as Chrome would write it. */
export function jsonTextBytes(json: string): number {
  return utf8Bytes(json) + chromeEscapeExtra(json);
}

/** Bytes one storage item counts against QUOTA_BYTES_PER_ITEM and QUOTA_BYTES. */
export function itemBytes(key: string, value: unknown): number {
  return utf8Bytes(key) + jsonTextBytes(JSON.stringify(value));
}

/** Bytes a whole area counts against QUOTA_BYTES. */
export function areaBytes(all: Readonly<Record<string, unknown>>): number {
  let total = 0;
  for (const [key, value] of Object.entries(all)) total += itemBytes(key, value);
  return total;
}
