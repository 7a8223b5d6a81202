/**
 * Typed arrays travel between extension contexts as base64 strings: runtime messages are
 * JSON-serialised in Chrome, which would turn a typed array into a slow object of indices.
 */

const CHUNK = 0x8000;

export function encodeBytes(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}

export function decodeBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function encodeInt32(array: Int32Array): string {
  return encodeBytes(new Uint8Array(array.buffer, array.byteOffset, array.byteLength));
}

export function decodeInt32(base64: string): Int32Array {
  const bytes = decodeBytes(base64);
  return new Int32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
}


