import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/**
 * At-rest format of a conference file: one header line, then the AES-256-GCM ciphertext in base64.
 *
 *   CPCONF1 aes-256-gcm <key id> <iv b64> <tag b64>
 *   <ciphertext b64>
 *
 * The key id (a hash prefix of the key, not the key) lets us tell "this file was written with another key" (another
 * user account or computer) apart from "this file is damaged", and say so plainly. It is text, not binary, because
 * lowdb's DataFile adapters read and write strings.
 */
export const ENVELOPE_MAGIC = 'CPCONF1';
const ALGORITHM = 'aes-256-gcm';

export class EnvelopeError extends Error {
  constructor(
    readonly code: 'not-our-format' | 'wrong-key' | 'damaged',
    message: string,
  ) {
    super(message);
    this.name = 'EnvelopeError';
  }
}

export function keyId(key: Buffer): string {
  return createHash('sha256').update('cpconf-key-id').update(key).digest('hex').slice(0, 16);
}

export function assertKey(key: Buffer): void {
  if (key.length !== 32) throw new Error('The data key must be 32 bytes (AES-256).');
}

export function seal(plainText: string, key: Buffer): string {
  return sealToBytes(plainText, key).toString('latin1');
}

/**
 * The envelope as the bytes a file holds, copied once into a buffer of the exact size. Building it as a string and
 * then encoding that string as UTF-8 for the disk made two more copies of a 3.5 MB text on every save. The envelope
 * is ASCII, so its bytes are the same either way.
 */
export function sealToBytes(plainText: string, key: Buffer): Buffer {
  assertKey(key);
  const iv = randomBytes(12);
  const cipher = createCipheriv(ALGORITHM, key, iv);
  const updated = cipher.update(plainText, 'utf8');
  const last = cipher.final();
  const body = last.length ? Buffer.concat([updated, last]) : updated;
  const tag = cipher.getAuthTag();
  const header = `${ENVELOPE_MAGIC} ${ALGORITHM} ${keyId(key)} ${iv.toString('base64')} ${tag.toString('base64')}\n`;
  const bodyLength = 4 * Math.ceil(body.length / 3);
  const bytes = Buffer.allocUnsafe(header.length + bodyLength + 1);
  let at = bytes.write(header, 0, 'latin1');
  at += bytes.write(body.toString('base64'), at, 'latin1');
  bytes[at] = 0x0a;
  return bytes;
}

export function open(envelope: string, key: Buffer): string {
  assertKey(key);
  const newline = envelope.indexOf('\n');
  const header = (newline === -1 ? envelope : envelope.slice(0, newline)).split(' ');
  if (header[0] !== ENVELOPE_MAGIC || header.length !== 5 || header[1] !== ALGORITHM) {
    throw new EnvelopeError('not-our-format', 'The file is not an encrypted conference file, or its start is damaged.');
  }
  const [, , fileKeyId, ivText, tagText] = header as [string, string, string, string, string];
  if (fileKeyId !== keyId(key)) {
    throw new EnvelopeError(
      'wrong-key',
      'This conference was saved with a different encryption key, for example under another user account or on ' +
        'another computer. It has not been changed.',
    );
  }
  const bodyText = newline === -1 ? '' : envelope.slice(newline + 1).trim();
  const iv = Buffer.from(ivText, 'base64');
  const tag = Buffer.from(tagText, 'base64');
  if (iv.length !== 12 || tag.length !== 16 || !/^[A-Za-z0-9+/]*={0,2}$/.test(bodyText)) {
    throw new EnvelopeError('damaged', 'The conference file is damaged (its encrypted content is incomplete).');
  }
  try {
    const decipher = createDecipheriv(ALGORITHM, key, iv);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(Buffer.from(bodyText, 'base64')), decipher.final()]).toString('utf8');
  } catch {
    throw new EnvelopeError(
      'damaged',
      'The conference file is damaged: its content does not match its checksum (it may be truncated).',
    );
  }
}
