import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/**
 * At-rest format of a conference file: one header line, then the AES-256-GCM ciphertext.
 *
 *   CPCONF2 aes-256-gcm <key id> <iv b64> <tag b64>
 *   <ciphertext, as raw bytes>
 *
 * The key id (a hash prefix of the key, not the key) lets us tell "this file was written with another key" (another
 * user account or computer) apart from "this file is damaged", and say so plainly.
 *
 * Files written before format 2 (CPCONF1) hold the ciphertext in base64 after the header, as text; they are still
 * read, and become format 2 at their next save. Base64 made every file a third larger, and encoding it was part of
 * every autosave: a 2.7 MB conference took 1.5 ms longer to save and 3.6 MB of disk for each backup.
 */
export const ENVELOPE_MAGIC = 'CPCONF2';
/** The format before 2, read and never written. */
const TEXT_ENVELOPE_MAGIC = 'CPCONF1';
const ALGORITHM = 'aes-256-gcm';
/** A byte order mark an editor may have put before a format-1 file's text. */
export const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

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

/**
 * The envelope as the bytes a file holds: the header, then the ciphertext, copied once into a buffer of the exact
 * size. The plain text comes whole, or in parts that are encrypted one after another as if joined (json-parts.ts).
 */
export function sealToBytes(plain: string | readonly string[], key: Buffer): Buffer {
  assertKey(key);
  const iv = randomBytes(12);
  const cipher = createCipheriv(ALGORITHM, key, iv);
  const pieces: Buffer[] = [];
  let length = 0;
  for (const part of typeof plain === 'string' ? [plain] : plain) {
    const piece = cipher.update(part, 'utf8');
    pieces.push(piece);
    length += piece.length;
  }
  const last = cipher.final();
  const tag = cipher.getAuthTag();
  const header = `${ENVELOPE_MAGIC} ${ALGORITHM} ${keyId(key)} ${iv.toString('base64')} ${tag.toString('base64')}\n`;
  const bytes = Buffer.allocUnsafe(header.length + length + last.length);
  let at = bytes.write(header, 0, 'latin1');
  for (const piece of pieces) at += piece.copy(bytes, at);
  last.copy(bytes, at);
  return bytes;
}

/** The ciphertext after the header: raw in format 2, base64 text in format 1 (undefined when that is not base64). */
function bodyOf(magic: string, after: Buffer): Buffer | undefined {
  if (magic === ENVELOPE_MAGIC) return after;
  const text = after.toString('latin1').trim();
  return /^[A-Za-z0-9+/]*={0,2}$/.test(text) ? Buffer.from(text, 'base64') : undefined;
}

/**
 * The plain text of an envelope in either format. Throws EnvelopeError: 'not-our-format' for a file that is not one,
 * 'wrong-key' for one sealed with another key, 'damaged' for one cut short or changed.
 */
export function open(envelope: Buffer, key: Buffer): string {
  assertKey(key);
  const bytes = envelope.subarray(0, UTF8_BOM.length).equals(UTF8_BOM) ? envelope.subarray(UTF8_BOM.length) : envelope;
  const newline = bytes.indexOf(0x0a);
  const header = bytes
    .subarray(0, newline === -1 ? bytes.length : newline)
    .toString('latin1')
    .trimEnd()
    .split(' ');
  const magic = header[0];
  if ((magic !== ENVELOPE_MAGIC && magic !== TEXT_ENVELOPE_MAGIC) || header.length !== 5 || header[1] !== ALGORITHM) {
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
  const iv = Buffer.from(ivText, 'base64');
  const tag = Buffer.from(tagText, 'base64');
  const body = newline === -1 ? undefined : bodyOf(magic, bytes.subarray(newline + 1));
  if (iv.length !== 12 || tag.length !== 16 || body === undefined) {
    throw new EnvelopeError('damaged', 'The conference file is damaged (its encrypted content is incomplete).');
  }
  try {
    const decipher = createDecipheriv(ALGORITHM, key, iv);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
  } catch {
    throw new EnvelopeError(
      'damaged',
      'The conference file is damaged: its content does not match its checksum (it may be truncated).',
    );
  }
}
