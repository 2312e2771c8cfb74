import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EncryptionMode } from '../../shared/api/contract';

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

async function writeNew(path: string, data: Buffer | string): Promise<void> {
  const temp = `${path}.tmp`;
  await writeFile(temp, data, { mode: 0o600 });
  await rename(temp, path);
  await chmod(path, 0o600).catch(() => undefined);
}

const UNPROTECTED_WARNING =
  'This computer’s secure key store is not available, so the key that encrypts conference files is kept in a ' +
  'file in your user folder. Anyone who can sign in as you can read the conferences. Ask IT to enable the ' +
  'system key store (on Linux: a keyring such as GNOME Keyring or KWallet).';

/**
 * Loads the 256-bit key that encrypts conference files, creating it on first run. The key is protected by the
 * operating system (Electron safeStorage: DPAPI, Keychain, libsecret) where that is available. Where it is not,
 * the app still works, so that a meeting is never stopped, but says so plainly on every start.
 */
export async function loadDataKey(folder: string, protector: KeyProtector | null): Promise<DataKey> {
  await mkdir(folder, { recursive: true });
  const protectedPath = join(folder, PROTECTED_KEY_FILE);
  const plainPath = join(folder, PLAIN_KEY_FILE);
  const available = protector?.isEncryptionAvailable() ?? false;

  const sealed = await readIfExists(protectedPath);
  if (sealed) {
    if (!protector || !available) {
      throw new Error(
        'The encryption key is protected by this computer’s key store, which is not available right now, so the ' +
          'conferences cannot be opened. Nothing has been changed. Sign in to the desktop normally and try again.',
      );
    }
    const key = Buffer.from(protector.decryptString(sealed), 'hex');
    if (key.length !== 32) throw new Error('The protected encryption key is damaged.');
    return { key, mode: 'os-keychain' };
  }

  const plain = await readIfExists(plainPath);
  if (plain) {
    const key = Buffer.from(plain.toString('utf8').trim(), 'hex');
    if (key.length !== 32) throw new Error('The encryption key file is damaged.');
    if (protector && available) {
      // The key store has become available: protect the existing key, then remove the unprotected copy. A crash
      // between the two leaves both, and the protected one is read first next time.
      await writeNew(protectedPath, protector.encryptString(key.toString('hex')));
      await unlink(plainPath);
      return { key, mode: 'os-keychain' };
    }
    return { key, mode: 'key-file', warning: UNPROTECTED_WARNING };
  }

  const key = randomBytes(32);
  if (protector && available) {
    await writeNew(protectedPath, protector.encryptString(key.toString('hex')));
    return { key, mode: 'os-keychain' };
  }
  await writeNew(plainPath, key.toString('hex'));
  return { key, mode: 'key-file', warning: UNPROTECTED_WARNING };
}

/** Tests and the browser host may inject a key (64 hex characters) instead. */
export function keyFromHex(hex: string): DataKey {
  const key = Buffer.from(hex, 'hex');
  if (key.length !== 32 || !/^[0-9a-fA-F]{64}$/.test(hex))
    throw new Error('An injected key must be 64 hex characters.');
  return { key, mode: 'injected' };
}
