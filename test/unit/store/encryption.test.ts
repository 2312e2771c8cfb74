import { describe, expect, it } from 'vitest';
import { EnvelopeError, keyId, open, seal } from '../../../electron/services/encryption';
import { testKey } from '../../helpers/temp';

describe('conference file encryption', () => {
  it('round-trips text, including emoji and right-to-left names', () => {
    const key = testKey();
    const text = JSON.stringify({ name: 'Jayden 👦 — ليلى أحمد' });
    expect(open(seal(text, key), key)).toBe(text);
  });

  it('does not leave the content readable on disk', () => {
    const key = testKey();
    const sealed = seal('{"secret":"Delia Pell of 22 Orchard Rise"}', key);
    expect(sealed).not.toContain('Delia');
    expect(sealed).not.toContain('Orchard');
    expect(() => JSON.parse(sealed)).toThrow();
  });

  it('uses a fresh IV each time, so equal saves do not look equal', () => {
    const key = testKey();
    expect(seal('same', key)).not.toBe(seal('same', key));
  });

  it('tells a wrong key apart from damage', () => {
    const sealed = seal('hello', testKey());
    expect(() => open(sealed, testKey())).toThrowError(expect.objectContaining({ code: 'wrong-key' }));
  });

  it('detects truncation and tampering', () => {
    const key = testKey();
    const sealed = seal('x'.repeat(1000), key);
    const truncated = sealed.slice(0, sealed.length - 40);
    expect(() => open(truncated, key)).toThrowError(EnvelopeError);
    const lines = sealed.split('\n');
    const flipped = `${lines[0]}\n${lines[1]!.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'))}\n`;
    expect(() => open(flipped, key)).toThrowError(expect.objectContaining({ code: 'damaged' }));
    expect(() => open('not an envelope', key)).toThrowError(expect.objectContaining({ code: 'not-our-format' }));
  });

  it('names keys by a hash, never by the key itself', () => {
    const key = testKey();
    expect(keyId(key)).toMatch(/^[0-9a-f]{16}$/);
    expect(key.toString('hex')).not.toContain(keyId(key));
  });
});
