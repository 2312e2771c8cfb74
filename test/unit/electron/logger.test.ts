import { existsSync, readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configureLogFile, logFilePath, rotateLogFiles } from '../../../electron/services/log-file';
import { createLogger, logText, MAX_MESSAGE, type LogLevel } from '../../../electron/services/logger';
import { useTempFolders } from '../../helpers/temp';

function captured() {
  const lines: Array<[string, LogLevel]> = [];
  return { lines, logger: createLogger((text, level) => lines.push([text, level])) };
}

describe('what the log may hold: ids, codes, counts and timings', () => {
  it('keeps ids, codes, numbers and true/false as they are', () => {
    expect(
      logText('save failed', {
        id: 'c-7f3a9b2e',
        channel: 'conference:save',
        code: 'stale-save',
        ms: 12.5,
        count: 3,
        packaged: false,
        version: '0.1.0',
      }),
    ).toBe(
      'save failed id=c-7f3a9b2e channel=conference:save code=stale-save ms=12.5 count=3 packaged=false version=0.1.0',
    );
  });

  it('withholds free text: a name, a note, a file path with a person’s name in it, keeping only its length', () => {
    const text = logText('handler failed', {
      who: 'Jane Smith',
      note: 'Mother reported that the child',
      error: "EACCES: permission denied, open '/home/jane.smith/Conference Chair/data/c-1.json'",
      path: '/home/jane.smith/Documents',
      long: 'x'.repeat(65),
    });
    expect(text).not.toMatch(/Jane|Smith|jane|Mother|child|home|Documents|xxxx/);
    expect(text).toContain('who=(text withheld, 10 characters)');
    expect(text).toContain('error=EACCES (text withheld, ');
    expect(text).toContain('long=(text withheld, 65 characters)');
  });

  it('drops facts with odd names or values that are not text, numbers or true/false', () => {
    const facts = { 'bad name': 'x', 'a=b': 'y', ok: 1, nan: Number.NaN, obj: { name: 'Jane' } } as unknown as Record<
      string,
      string
    >;
    expect(logText('m', facts)).toBe('m ok=1');
  });

  it('keeps a message to one short line, so nothing can forge a second entry', () => {
    const text = logText('first\nERROR forged line\r\u2028x', {});
    expect(text).not.toMatch(/[\n\r\u2028]/);
    expect(logText('y'.repeat(500)).length).toBe(MAX_MESSAGE + 1);
  });

  it('createLogger passes the checked text and its level to the writer', () => {
    const { lines, logger } = captured();
    logger.warn('moved to quarantine', { id: 'c-1', why: 'Unexpected token } in JSON at position 4' });
    logger.error('start failed');
    expect(lines).toEqual([
      ['moved to quarantine id=c-1 why=(text withheld, 40 characters)', 'warn'],
      ['start failed', 'error'],
    ]);
  });
});

describe('the log file', () => {
  const tempFolder = useTempFolders();

  it('lives in the user-data folder as logs/main.log', () => {
    expect(logFilePath('/u/Conference Chair')).toBe(join('/u/Conference Chair', 'logs', 'main.log'));
  });

  it('rotation keeps the newest files and drops the oldest', async () => {
    const folder = await tempFolder();
    const { writeFileSync } = await import('node:fs');
    const current = join(folder, 'main.log');
    for (let n = 1; n <= 5; n++) {
      writeFileSync(current, `generation ${n}`);
      rotateLogFiles(current, 3);
    }
    expect((await readdir(folder)).sort()).toEqual(['main.1.log', 'main.2.log', 'main.3.log']);
    expect(readFileSync(join(folder, 'main.1.log'), 'utf8')).toBe('generation 5');
    expect(readFileSync(join(folder, 'main.3.log'), 'utf8')).toBe('generation 3');
  });

  it('electron-log writes checked lines there, rotates by size, and has no console copy when packaged', async () => {
    const folder = await tempFolder();
    const { default: log } = await import('electron-log/node');
    const write = configureLogFile(log, { userDataFolder: folder, isPackaged: true, maxBytes: 2_000 });
    expect(log.transports.console.level).toBe(false);
    const logger = createLogger(write);
    logger.info('opened', { id: 'c-1', who: 'Jane Smith' });
    for (let i = 0; i < 100; i++) logger.info('saved', { id: 'c-1', ms: i });
    const file = logFilePath(folder);
    expect(existsSync(file)).toBe(true);
    const files = (await readdir(join(folder, 'logs'))).sort();
    expect(files).toContain('main.1.log');
    expect(files.length).toBeLessThanOrEqual(4);
    const everything = files.map((f) => readFileSync(join(folder, 'logs', f), 'utf8')).join('');
    expect(everything).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3} info saved id=c-1 ms=99$/m);
    expect(everything).not.toContain('Jane');

    configureLogFile(log, { userDataFolder: folder, isPackaged: false });
    expect(log.transports.console.level).toBe('info');
  });
});
