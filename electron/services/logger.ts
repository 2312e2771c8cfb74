/**
 * A small logger so that services never write conference content to the log by accident: callers pass a fixed
 * message and plain facts (ids, codes, counts, timings), not records. The log file is something IT may be sent, so
 * what reaches it is checked here, whoever the caller is:
 *
 * - a message is the code's own wording: one line, at most MAX_MESSAGE characters;
 * - a fact's name is a plain identifier; a number or true/false is kept as it is;
 * - a text fact is kept only when it looks like an id or a code: at most MAX_CODE characters of letters, digits
 *   and `_ - . :` with no spaces. Anything else (an error message that may carry a file path with a person's
 *   name in it, a pasted note) is withheld: only its length is written, and the error code (ENOSPC, EACCES, …) at
 *   its start, if it has one.
 */
export type Facts = Record<string, string | number | boolean>;
export type LogLevel = 'info' | 'warn' | 'error';
export type Logger = {
  info(message: string, facts?: Facts): void;
  warn(message: string, facts?: Facts): void;
  error(message: string, facts?: Facts): void;
};

export const MAX_MESSAGE = 120;
export const MAX_CODE = 64;

const CODE_LIKE = new RegExp(`^[A-Za-z0-9_.:-]{0,${MAX_CODE}}$`);
const FACT_NAME = /^[A-Za-z][A-Za-z0-9_]{0,39}$/;
const ERRNO_CODE = /^(E[A-Z0-9]{2,15})\b/;

/** One fact as it may be written, or null to leave it out. */
export function safeFactValue(value: unknown): string | null {
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : null;
  if (typeof value !== 'string') return null;
  if (CODE_LIKE.test(value)) return value;
  const code = ERRNO_CODE.exec(value)?.[1];
  return `${code ? code + ' ' : ''}(text withheld, ${value.length} characters)`;
}

export function safeMessage(message: string): string {
  // Control characters and line separators become spaces: one call, one line, so nothing can forge an entry.
  const breaksLine = (c: number) => c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0x2028 || c === 0x2029;
  const oneLine = Array.from(message, (ch) => (breaksLine(ch.codePointAt(0)!) ? ' ' : ch)).join('');
  return oneLine.length > MAX_MESSAGE ? oneLine.slice(0, MAX_MESSAGE) + '…' : oneLine;
}

/** The line written for one log call, without time or level (the writer adds those). */
export function logText(message: string, facts?: Facts): string {
  const parts = [safeMessage(message)];
  for (const [name, value] of Object.entries(facts ?? {})) {
    if (!FACT_NAME.test(name)) continue;
    const safe = safeFactValue(value);
    if (safe !== null) parts.push(`${name}=${safe}`);
  }
  return parts.join(' ');
}

/** A writer that adds the time and level itself: for the console and the browser host. */
export function stampedWriter(write: (line: string) => void): (text: string, level: LogLevel) => void {
  return (text, level) => write(`${new Date().toISOString()} ${level.toUpperCase()} ${text}`);
}

const toStderr = stampedWriter((line) => process.stderr.write(line + '\n'));

/**
 * `write` gets the checked text and its level. Main passes a writer to the log file (./log-file.ts); the browser
 * host and tests keep the default, standard error with a time stamp.
 */
export function createLogger(write: (text: string, level: LogLevel) => void = toStderr): Logger {
  return {
    info: (m, f) => write(logText(m, f), 'info'),
    warn: (m, f) => write(logText(m, f), 'warn'),
    error: (m, f) => write(logText(m, f), 'error'),
  };
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };
