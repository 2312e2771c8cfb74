/**
 * New entity ids. Random and URL-safe so they can be file names (one file per conference) without escaping.
 * Uses the Web Crypto global that both Node 20 and Chromium provide, so this stays pure of node:*.
 */
type WebCrypto = { getRandomValues<T extends Uint8Array>(array: T): T };

export function newId(prefix = ''): string {
  const bytes = new Uint8Array(12);
  (globalThis as unknown as { crypto: WebCrypto }).crypto.getRandomValues(bytes);
  let out = '';
  for (const b of bytes) out += b.toString(16).padStart(2, '0');
  return prefix ? `${prefix}_${out}` : out;
}
