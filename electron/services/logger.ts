/**
 * A small logger so that services never write conference content to the console by accident: callers pass a
 * message and plain facts (ids, codes, timings), not records.
 */
export type Logger = {
  info(message: string, facts?: Record<string, string | number | boolean>): void;
  warn(message: string, facts?: Record<string, string | number | boolean>): void;
  error(message: string, facts?: Record<string, string | number | boolean>): void;
};

function line(level: string, message: string, facts?: Record<string, string | number | boolean>): string {
  const tail = facts
    ? ' ' +
      Object.entries(facts)
        .map(([k, v]) => `${k}=${String(v)}`)
        .join(' ')
    : '';
  return `${new Date().toISOString()} ${level} ${message}${tail}`;
}

export function createLogger(write: (text: string) => void = (t) => process.stderr.write(t + '\n')): Logger {
  return {
    info: (m, f) => write(line('INFO', m, f)),
    warn: (m, f) => write(line('WARN', m, f)),
    error: (m, f) => write(line('ERROR', m, f)),
  };
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };
