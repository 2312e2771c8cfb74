import { execFile } from 'node:child_process';
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { listPackage } from '@electron/asar';
import { describe, expect, it } from 'vitest';
import { useTempFolders } from '../helpers/temp';

const root = join(import.meta.dirname, '../..');

describe('packaging', () => {
  const tempFolder = useTempFolders();

  it('builds the unpacked Linux app without downloading Electron, with only build output in app.asar', async () => {
    const work = await tempFolder();
    // electron-builder only needs a folder holding an executable named `electron` to lay out the app.
    const stub = join(work, 'electron-dist');
    await mkdir(stub);
    await writeFile(join(stub, 'electron'), '#!/bin/sh\nexit 0\n');
    await chmod(join(stub, 'electron'), 0o755);
    const output = join(work, 'dist');
    await promisify(execFile)(
      process.execPath,
      [
        join(root, 'node_modules/electron-builder/cli.js'),
        '--config',
        'electron-builder.yml',
        '--linux',
        'dir',
        `-c.electronDist=${stub}`,
        `-c.directories.output=${output}`,
      ],
      { cwd: root, env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' }, maxBuffer: 16 * 1024 * 1024 },
    );
    const files = listPackage(join(output, 'linux-unpacked/resources/app.asar'), { isPack: false }).map((f) =>
      f.replace(/\\/g, '/'),
    );
    for (const entry of ['/out/main/index.js', '/out/preload/index.cjs', '/out/renderer/index.html', '/package.json']) {
      expect(files).toContain(entry);
    }
    const own = files.filter((f) => f !== '/node_modules' && !f.startsWith('/node_modules/'));
    expect(own.filter((f) => !f.startsWith('/out/') && f !== '/out' && f !== '/package.json')).toEqual([]);
    expect(files.filter((f) => /\.(ts|tsx|map)$/.test(f))).toEqual([]);
    expect(files.filter((f) => /^\/(test|shared|electron|renderer|docs|\.ci)\//.test(f))).toEqual([]);
    expect(files.some((f) => f.startsWith('/node_modules/lowdb/'))).toBe(true);
  });
});

describe('preload bundles', () => {
  it('each preload is one standalone CommonJS file that requires only electron (sandboxed preloads cannot load chunks)', async () => {
    const { readFile, readdir } = await import('node:fs/promises');
    const folder = join(root, 'out/preload');
    const files = (await readdir(folder)).sort();
    expect(files).toEqual(['index.cjs', 'presenter.cjs']);
    for (const file of files) {
      const code = await readFile(join(folder, file), 'utf8');
      const required = [...code.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
      expect(required, file).toEqual(['electron']);
      expect(code, file).not.toMatch(/^\s*(import|export)\s/m);
    }
  });
});
