import { app } from 'electron';
import log from 'electron-log/node';
import { configureLogFile } from '../services/log-file';
import { createLogger, type Logger } from '../services/logger';

/**
 * The main process's log: `<user data>/logs/main.log`, rotated at 1 MB, three old files kept; no console copy in a
 * packaged app. electron-log's Node logger is used (not its Electron one), so no renderer can write to the file
 * over IPC: every line comes from ../services/logger.ts, which keeps out anything but ids, codes, counts and times.
 */
export function createMainLogger(): Logger {
  return createLogger(configureLogFile(log, { userDataFolder: app.getPath('userData'), isPackaged: app.isPackaged }));
}
