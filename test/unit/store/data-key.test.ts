import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
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

  /** A user-data folder as Electron's: the data folder people back up, and the key folder beside it. */
  async function folders() {
    const root = await tempFolder();
    const dir = join(root, 'data');
    const keyFolder = join(root, 'key');
    return { dir, keyFolder, load: (p: KeyProtector | null) => loadDataKey(dir, p, { keyFolder }) };
  }

  it('creates a key protected by the OS key store and reads the same key back', async () => {
    const { dir, load } = await folders();
    const first = await load(fakeProtector());
    const second = await load(fakeProtector());
    expect(first.mode).toBe('os-keychain');
    expect(first.warning).toBeUndefined();
    expect(second.key.equals(first.key)).toBe(true);
    const onDisk = await readFile(join(dir, 'data-key.protected'), 'utf8');
    expect(onDisk).not.toContain(first.key.toString('hex'));
  });

  it('says plainly when the key store is unavailable, still works, and keeps the key outside the data folder', async () => {
    const { dir, keyFolder, load } = await folders();
    const key = await load(fakeProtector(false));
    expect(key.mode).toBe('key-file');
    expect(key.warning).toMatch(/secure key store is not available/);
    expect(key.warning).toContain(keyFolder);
    expect((await load(null)).key.equals(key.key)).toBe(true);
    // A copy of the data folder (a backup, a synced folder) does not carry the key that opens it.
    expect(await readdir(dir)).toEqual([]);
    expect(await readdir(keyFolder)).toEqual(['data-key.unprotected']);
    expect((await readFile(join(keyFolder, 'data-key.unprotected'), 'utf8')).trim()).toBe(key.key.toString('hex'));
  });

  it('moves an unprotected key found in the data folder (earlier versions kept it there) out to the key folder', async () => {
    const { dir, keyFolder, load } = await folders();
    const hex = 'c3'.repeat(32);
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'data-key.unprotected'), hex);
    const key = await load(null);
    expect(key.key.toString('hex')).toBe(hex);
    expect(await readdir(dir)).toEqual([]);
    expect((await readFile(join(keyFolder, 'data-key.unprotected'), 'utf8')).trim()).toBe(hex);
    // And the next start reads it from there.
    expect((await load(null)).key.toString('hex')).toBe(hex);
  });

  it('finishes a move a crash interrupted (the same key in both places), and refuses to choose between two keys', async () => {
    const { dir, keyFolder, load } = await folders();
    await mkdir(dir, { recursive: true });
    await mkdir(keyFolder, { recursive: true });
    await writeFile(join(dir, 'data-key.unprotected'), 'd4'.repeat(32));
    await writeFile(join(keyFolder, 'data-key.unprotected'), 'd4'.repeat(32));
    expect((await load(null)).key.toString('hex')).toBe('d4'.repeat(32));
    expect(await readdir(dir)).toEqual([]);

    await writeFile(join(dir, 'data-key.unprotected'), 'e5'.repeat(32));
    await expect(load(null)).rejects.toThrow(/two different encryption key files.*Nothing has been changed/s);
    expect(await readdir(dir)).toEqual(['data-key.unprotected']);
  });

  it('refuses a key folder that is the data folder', async () => {
    const { dir } = await folders();
    await expect(loadDataKey(dir, null, { keyFolder: dir })).rejects.toThrow(/must not be the data folder/);
  });

  it('moves an unprotected key into the key store once it becomes available', async () => {
    const { dir, keyFolder, load } = await folders();
    const plain = await load(null);
    const protectedNow = await load(fakeProtector(true));
    expect(protectedNow.mode).toBe('os-keychain');
    expect(protectedNow.key.equals(plain.key)).toBe(true);
    expect(await readdir(dir)).toEqual(['data-key.protected']);
    expect(await readdir(keyFolder)).toEqual([]);
  });

  it('refuses to start rather than make a new key when the protected key cannot be unlocked', async () => {
    const { load } = await folders();
    await load(fakeProtector(true));
    await expect(load(fakeProtector(false))).rejects.toThrow(/cannot be opened. Nothing has been changed/);
  });

  it('says in plain words when the protected key was sealed elsewhere, and changes nothing', async () => {
    const { load } = await folders();
    await load(fakeProtector(true));
    const elsewhere = {
      ...fakeProtector(true),
      decryptString: () => {
        throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      },
    };
    const refused = load(elsewhere);
    await expect(refused).rejects.toThrow(/sealed by another user account or another computer/);
    await expect(refused).rejects.toThrow(/Nothing has been changed\./);
    await expect(refused).rejects.not.toThrow(/safeStorage/);
    // The sealed key is still there and still opens under the account that made it.
    expect((await load(fakeProtector(true))).mode).toBe('os-keychain');
  });

  it('accepts only a 64-hex-character injected key', () => {
    expect(keyFromHex('ab'.repeat(32)).mode).toBe('injected');
    expect(() => keyFromHex('abc')).toThrow(/64 hex/);
    expect(() => keyFromHex('zz'.repeat(32))).toThrow(/64 hex/);
  });
});
