import { existsSync, renameSync, rmSync } from 'node:fs';
import { join, parse } from 'node:path';
import type { NodeLogger } from 'electron-log';
import type { LogLevel } from './logger';

/**
 * The log file IT can be sent: `<user data>/logs/main.log`, rotated by size so it never grows without bound.
 * electron-log writes it; the lines are made (and checked for personal data) by ./logger.ts, so this module only
 * says where the file is, how big it may get, and whether the console gets a copy.
 */
export const LOG_MAX_BYTES = 1024 * 1024;
export const LOG_FILES_KEPT = 3;

export function logFilePath(userDataFolder: string): string {
  return join(userDataFolder, 'logs', 'main.log');
}

/**
 * Moves `main.log` to `main.1.log`, `main.1.log` to `main.2.log`, … and drops the oldest, so at most `kept` old
 * files stay beside the current one. Synchronous, as electron-log asks of its rotation hook.
 */
export function rotateLogFiles(current: string, kept: number = LOG_FILES_KEPT): void {
  const { dir, name, ext } = parse(current);
  const numbered = (n: number) => join(dir, `${name}.${n}${ext}`);
  rmSync(numbered(kept), { force: true });
  for (let n = kept - 1; n >= 1; n--) {
    if (existsSync(numbered(n))) renameSync(numbered(n), numbered(n + 1));
  }
  renameSync(current, numbered(1));
}

export type LogFileOptions = {
  userDataFolder: string;
  /** A packaged app writes to the file only: nobody reads its console, and it should not echo anything. */
  isPackaged: boolean;
  maxBytes?: number;
};

/**
 * Points an electron-log logger at the file and returns the writer that ./logger.ts's createLogger takes. The
 * text arrives already checked and without a time stamp; the file line adds the time and level.
 */
export function configureLogFile(log: NodeLogger, options: LogFileOptions): (text: string, level: LogLevel) => void {
  const file = log.transports.file;
  const path = logFilePath(options.userDataFolder);
  file.resolvePathFn = () => path;
  file.maxSize = options.maxBytes ?? LOG_MAX_BYTES;
  file.archiveLogFn = (old) => rotateLogFiles(old.path);
  file.level = 'info';
  file.format = '{y}-{m}-{d}T{h}:{i}:{s}.{ms} {level} {text}';
  log.transports.console.level = options.isPackaged ? false : 'info';
  log.transports.console.format = '{h}:{i}:{s} {level} {text}';
  // Nothing but the main process's own lines: no network transport, no catching of renderer output.
  log.transports.remote.level = false;
  if (log.transports.ipc) log.transports.ipc.level = false;
  return (text, level) => log[level](text);
}
