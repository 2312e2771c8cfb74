import type { Logo } from './types';

/**
 * The organisation's logo from its settings (a PNG or JPEG data URL) as bytes with its size, for document headers.
 * Decoded here rather than with Buffer or atob because shared/ runs in no particular runtime. A logo that cannot be
 * read is left out: a header without a logo is better than no documents.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALUES = new Map([...ALPHABET].map((c, i) => [c, i]));

export function decodeBase64(text: string): Uint8Array | undefined {
  const clean = text.replace(/=+$/, '');
  if (clean.length % 4 === 1) return undefined;
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let at = 0;
  for (const c of clean) {
    const v = VALUES.get(c);
    if (v === undefined) return undefined;
    value = (value << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[at++] = (value >> bits) & 0xff;
    }
  }
  return out;
}

function pngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

function jpegSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return undefined;
    const marker = bytes[at + 1] ?? 0;
    const length = view.getUint16(at + 2);
    // Start-of-frame markers carry the size; C4, C8 and CC are other segments with numbers in the same range.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: view.getUint16(at + 5), width: view.getUint16(at + 7) };
    }
    at += 2 + length;
  }
  return undefined;
}

/** The logo scaled to `heightPx` high, or undefined when there is none or it cannot be read. */
export function logoFromDataUrl(dataUrl: string | undefined, altText: string, heightPx = 48): Logo | undefined {
  const m = /^data:image\/(png|jpeg);base64,([A-Za-z0-9+/=]+)$/.exec(dataUrl ?? '');
  if (!m || !m[2]) return undefined;
  const data = decodeBase64(m[2]);
  if (!data) return undefined;
  const type = m[1] === 'png' ? 'png' : 'jpg';
  const size = type === 'png' ? pngSize(data) : jpegSize(data);
  if (!size || size.width <= 0 || size.height <= 0) return undefined;
  const widthPx = Math.max(1, Math.min(400, Math.round((size.width * heightPx) / size.height)));
  return { data, type, widthPx, heightPx, altText };
}
