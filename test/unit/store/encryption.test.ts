import { createCipheriv, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { EnvelopeError, keyId, open, sealToBytes, UTF8_BOM } from '../../../electron/services/encryption';
import { testKey } from '../../helpers/temp';

/** A file as versions before format 2 wrote it: the same header, then the ciphertext as base64 text. */
function formatOne(plainText: string, key: Buffer): Buffer {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(plainText, 'utf8'), cipher.final()]);
  const tag = cipher.getAuthTag();
  const header = `CPCONF1 aes-256-gcm ${keyId(key)} ${iv.toString('base64')} ${tag.toString('base64')}`;
  return Buffer.from(`${header}\n${body.toString('base64')}\n`, 'latin1');
}

describe('conference file encryption', () => {
  it('round-trips text, including emoji and right-to-left names', () => {
    const key = testKey();
    const text = JSON.stringify({ name: 'Jayden 👦 — ليلى أحمد' });
    expect(open(sealToBytes(text, key), key)).toBe(text);
  });

  it('seals text given in parts as the parts joined, one wide character in one part only', () => {
    const key = testKey();
    const parts = ['{"notes":[', '"plain"', ',"Mia’s 👦"', '],"n":1}'];
    expect(open(sealToBytes(parts, key), key)).toBe(parts.join(''));
  });

  it('writes format 2: the header line, then the ciphertext as it is, with no base64', () => {
    const key = testKey();
    const text = 'x'.repeat(3000);
    const sealed = sealToBytes(text, key);
    const newline = sealed.indexOf(0x0a);
    expect(sealed.subarray(0, newline).toString('latin1')).toMatch(
      /^CPCONF2 aes-256-gcm [0-9a-f]{16} [A-Za-z0-9+/]{16} [A-Za-z0-9+/]{22}==$/,
    );
    // GCM adds no padding: the body is exactly as long as the UTF-8 text.
    expect(sealed.length - newline - 1).toBe(3000);
  });

  it('still opens a file written in format 1, with or without a byte order mark before it', () => {
    const key = testKey();
    const text = JSON.stringify({ name: 'Mia’s plan' });
    expect(open(formatOne(text, key), key)).toBe(text);
    expect(open(Buffer.concat([UTF8_BOM, formatOne(text, key)]), key)).toBe(text);
    const lines = formatOne(text, key).toString('latin1').split('\n');
    const notBase64 = Buffer.from(`${lines[0]}\n${lines[1]!.replace(/^./, '*')}\n`, 'latin1');
    expect(() => open(notBase64, key)).toThrowError(expect.objectContaining({ code: 'damaged' }));
  });

  it('does not leave the content readable on disk', () => {
    const key = testKey();
    const sealed = sealToBytes('{"secret":"Delia Pell of 22 Orchard Rise"}', key);
    for (const encoding of ['latin1', 'utf8'] as const) {
      expect(sealed.toString(encoding)).not.toContain('Delia');
      expect(sealed.toString(encoding)).not.toContain('Orchard');
    }
  });

  it('uses a fresh IV each time, so equal saves do not look equal', () => {
    const key = testKey();
    expect(sealToBytes('same', key).equals(sealToBytes('same', key))).toBe(false);
  });

  it('tells a wrong key apart from damage, in either format', () => {
    expect(() => open(sealToBytes('hello', testKey()), testKey())).toThrowError(
      expect.objectContaining({ code: 'wrong-key' }),
    );
    expect(() => open(formatOne('hello', testKey()), testKey())).toThrowError(
      expect.objectContaining({ code: 'wrong-key' }),
    );
  });

  it('detects truncation and tampering', () => {
    const key = testKey();
    const sealed = sealToBytes('x'.repeat(1000), key);
    expect(() => open(sealed.subarray(0, sealed.length - 40), key)).toThrowError(EnvelopeError);
    const newline = sealed.indexOf(0x0a);
    expect(() => open(sealed.subarray(0, newline), key)).toThrowError(expect.objectContaining({ code: 'damaged' }));
    const flipped = Buffer.from(sealed);
    flipped[newline + 1] = flipped[newline + 1]! ^ 0x01;
    expect(() => open(flipped, key)).toThrowError(expect.objectContaining({ code: 'damaged' }));
    expect(() => open(Buffer.from('not an envelope'), key)).toThrowError(
      expect.objectContaining({ code: 'not-our-format' }),
    );
  });

  it('names keys by a hash, never by the key itself', () => {
    const key = testKey();
    expect(keyId(key)).toMatch(/^[0-9a-f]{16}$/);
    expect(key.toString('hex')).not.toContain(keyId(key));
  });
});
