import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, unlink } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { EncryptionMode } from '@shared/api/contract';
import { writeDurably, writeDurablyIfAbsent, type DurableFs } from './durable-file';

/** The slice of Electron's safeStorage we use; injected so this file never imports electron. */
export type KeyProtector = {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(sealed: Buffer): string;
};

export type DataKey = { key: Buffer; mode: EncryptionMode; warning?: string };

const PROTECTED_KEY_FILE = 'data-key.protected';
const PLAIN_KEY_FILE = 'data-key.unprotected';

async function readIfExists(path: string): Promise<Buffer | null> {
  try {
    return await readFile(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}

async function writeKeyFile(path: string, data: Buffer | string, fs: DurableFs | undefined): Promise<void> {
  // Readable by this user only; the writer creates the temp file with this mode, and the rename keeps it.
  await writeDurably(path, data, { mode: 0o600, ...(fs ? { fs } : {}) });
  await chmod(path, 0o600).catch(() => undefined);
}

/**
 * A new key, written only if no key file appeared meanwhile: two first starts on one new folder (two browser runs)
 * must not each make a key with the last one's replacing the first's, or one of them would encrypt with a key that
 * is on no disk. False when another start made one first; the caller then uses that one.
 */
async function createKeyFile(path: string, data: Buffer | string, fs: DurableFs | undefined): Promise<boolean> {
  const created = await writeDurablyIfAbsent(path, data, { mode: 0o600, ...(fs ? { fs } : {}) });
  if (created) await chmod(path, 0o600).catch(() => undefined);
  return created;
}

function unprotectedWarning(keyFolder: string): string {
  return (
    'This computer’s secure key store is not available, so the key that encrypts conference files is kept in a ' +
    `file in ${keyFolder}, outside the data folder. Anyone who can sign in as you can read the conferences. Ask IT ` +
    'to enable the system key store (on Linux: a keyring such as GNOME Keyring or KWallet).'
  );
}

export type DataKeyOptions = {
  /**
   * Where the unprotected key file is kept when there is no key store: a folder of its own, never inside the data
   * folder, so that a copy of the data folder (a backup, a synced folder) does not carry the key that opens it.
   * Electron passes `<userData>/key`. Defaults to a `key` folder beside the data folder.
   */
  keyFolder?: string;
  /** The durable writer's file-system calls (tests). */
  fs?: DurableFs;
};

/**
 * Loads the 256-bit key that encrypts conference files, creating it on first run. The key is protected by the
 * operating system (Electron safeStorage: DPAPI, Keychain, libsecret) where that is available; that sealed key is
 * useless without this user's account on this computer, so it may stay in the data folder. Where no key store is
 * available the app still works, so that a meeting is never stopped, but says so plainly on every start, and keeps
 * the plain key in `keyFolder`, outside the data folder.
 */
export async function loadDataKey(
  dataFolder: string,
  protector: KeyProtector | null,
  options: DataKeyOptions = {},
): Promise<DataKey> {
  const keyFolder = options.keyFolder ?? join(dirname(dataFolder), 'key');
  if (resolve(keyFolder) === resolve(dataFolder)) {
    throw new Error('The key folder must not be the data folder: a copy of the data would carry its own key.');
  }
  await mkdir(dataFolder, { recursive: true });
  const protectedPath = join(dataFolder, PROTECTED_KEY_FILE);
  const plainPath = join(keyFolder, PLAIN_KEY_FILE);
  const oldPlainPath = join(dataFolder, PLAIN_KEY_FILE);
  const available = protector?.isEncryptionAvailable() ?? false;

  const sealed = await readIfExists(protectedPath);
  if (sealed) {
    if (!protector || !available) {
      throw new Error(
        'The encryption key is protected by this computer’s key store, which is not available right now, so the ' +
          'conferences cannot be opened. Nothing has been changed. Sign in to the desktop normally and try again.',
      );
    }
    let unsealed: string;
    try {
      unsealed = protector.decryptString(sealed);
    } catch {
      // The operating system's own error says nothing a chair can act on.
      throw new Error(
        'The encryption key in this data folder was sealed by another user account or another computer (or this ' +
          'computer’s key store has been reset), so the conferences cannot be opened here. Nothing has been ' +
          'changed. Start the app under the account and on the computer that saved them; if the folder was moved ' +
          'here, ask IT (the guide’s “Moving to a new computer” says how).',
      );
    }
    const key = Buffer.from(unsealed, 'hex');
    if (key.length !== 32) throw new Error('The protected encryption key is damaged.');
    return { key, mode: 'os-keychain' };
  }

  let plain = await readIfExists(plainPath);
  const oldPlain = await readIfExists(oldPlainPath);
  if (oldPlain) {
    // An earlier version kept the plain key inside the data folder. Move it out: write it durably in the key folder,
    // then remove the old copy. A crash between the two leaves both, the same key, and the next start finishes.
    if (plain && plain.toString('utf8').trim() !== oldPlain.toString('utf8').trim()) {
      throw new Error(
        `There are two different encryption key files, ${plainPath} and ${oldPlainPath}, so the app cannot tell ` +
          'which opens the conferences. Nothing has been changed. Ask IT to keep the one that opens them.',
      );
    }
    if (!plain) {
      await mkdir(keyFolder, { recursive: true, mode: 0o700 });
      await writeKeyFile(plainPath, oldPlain, options.fs);
      plain = oldPlain;
    }
    await unlink(oldPlainPath);
  }
  if (plain) {
    const key = Buffer.from(plain.toString('utf8').trim(), 'hex');
    if (key.length !== 32) throw new Error('The encryption key file is damaged.');
    if (protector && available) {
      // The key store has become available: protect the existing key, then remove the unprotected copy. A crash
      // between the two leaves both, and the protected one is read first next time.
      await writeKeyFile(protectedPath, protector.encryptString(key.toString('hex')), options.fs);
      await unlink(plainPath);
      return { key, mode: 'os-keychain' };
    }
    return { key, mode: 'key-file', warning: unprotectedWarning(keyFolder) };
  }

  const key = randomBytes(32);
  if (protector && available) {
    if (await createKeyFile(protectedPath, protector.encryptString(key.toString('hex')), options.fs)) {
      return { key, mode: 'os-keychain' };
    }
    return loadDataKey(dataFolder, protector, options);
  }
  await mkdir(keyFolder, { recursive: true, mode: 0o700 });
  if (await createKeyFile(plainPath, key.toString('hex'), options.fs)) {
    return { key, mode: 'key-file', warning: unprotectedWarning(keyFolder) };
  }
  return loadDataKey(dataFolder, protector, options);
}

/** Tests and the browser host may inject a key (64 hex characters) instead. */
export function keyFromHex(hex: string): DataKey {
  const key = Buffer.from(hex, 'hex');
  if (key.length !== 32 || !/^[0-9a-fA-F]{64}$/.test(hex))
    throw new Error('An injected key must be 64 hex characters.');
  return { key, mode: 'injected' };
}
