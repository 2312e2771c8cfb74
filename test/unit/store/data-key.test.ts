import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keyFromHex, loadDataKey, type KeyProtector } from '../../../electron/services/data-key';
import { useTempFolders } from '../../helpers/temp';

/** Stands in for Electron safeStorage: reversible, but visibly not the plain key. */
function fakeProtector(available = true): KeyProtector & { calls: number } {
  const p = {
    calls: 0,
    isEncryptionAvailable: () => available,
    encryptString: (plain: string) => {
      p.calls++;
      return Buffer.from(plain.split('').reverse().join(''), 'utf8');
    },
    decryptString: (sealed: Buffer) => sealed.toString('utf8').split('').reverse().join(''),
  };
  return p;
}

describe('data key', () => {
  const tempFolder = useTempFolders();

  it('creates a key protected by the OS key store and reads the same key back', async () => {
    const dir = await tempFolder();
    const first = await loadDataKey(dir, fakeProtector());
    const second = await loadDataKey(dir, fakeProtector());
    expect(first.mode).toBe('os-keychain');
    expect(first.warning).toBeUndefined();
    expect(second.key.equals(first.key)).toBe(true);
    const onDisk = await readFile(join(dir, 'data-key.protected'), 'utf8');
    expect(onDisk).not.toContain(first.key.toString('hex'));
  });

  it('says plainly when the key store is unavailable, and still works', async () => {
    const dir = await tempFolder();
    const key = await loadDataKey(dir, fakeProtector(false));
    expect(key.mode).toBe('key-file');
    expect(key.warning).toMatch(/secure key store is not available/);
    expect((await loadDataKey(dir, null)).key.equals(key.key)).toBe(true);
  });

  it('moves an unprotected key into the key store once it becomes available', async () => {
    const dir = await tempFolder();
    const plain = await loadDataKey(dir, null);
    const protectedNow = await loadDataKey(dir, fakeProtector(true));
    expect(protectedNow.mode).toBe('os-keychain');
    expect(protectedNow.key.equals(plain.key)).toBe(true);
    expect(await readdir(dir)).toEqual(['data-key.protected']);
  });

  it('refuses to start rather than make a new key when the protected key cannot be unlocked', async () => {
    const dir = await tempFolder();
    await loadDataKey(dir, fakeProtector(true));
    await expect(loadDataKey(dir, fakeProtector(false))).rejects.toThrow(/cannot be opened. Nothing has been changed/);
  });

  it('accepts only a 64-hex-character injected key', () => {
    expect(keyFromHex('ab'.repeat(32)).mode).toBe('injected');
    expect(() => keyFromHex('abc')).toThrow(/64 hex/);
    expect(() => keyFromHex('zz'.repeat(32))).toThrow(/64 hex/);
  });
});
