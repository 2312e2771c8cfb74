import { execFile } from 'node:child_process';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { extractFile, listPackage } from '@electron/asar';
import { describe, expect, it } from 'vitest';
import { metaContentSecurityPolicy } from '../../electron/services/security';
import { useTempFolders } from '../helpers/temp';

const root = join(import.meta.dirname, '../..');

/** Where Electron keeps its fuse wire: a sentinel, the wire's version (1) and length, then one byte per fuse. */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const FUSE = { on: 0x31, off: 0x30 };
/** Fuse order in wire version 1 (see @electron/fuses): what each byte means. */
const FUSE_NAMES = [
  'runAsNode',
  'enableCookieEncryption',
  'enableNodeOptionsEnvironmentVariable',
  'enableNodeCliInspectArguments',
  'enableEmbeddedAsarIntegrityValidation',
  'onlyLoadAppFromAsar',
  'loadBrowserProcessSpecificV8Snapshot',
  'grantFileProtocolExtraPrivileges',
] as const;

function fuseWire(binary: Buffer): Record<string, number> {
  const at = binary.indexOf(FUSE_SENTINEL);
  if (at < 0) throw new Error('no fuse wire in the binary');
  const length = binary[at + FUSE_SENTINEL.length + 1]!;
  const wire = binary.subarray(at + FUSE_SENTINEL.length + 2, at + FUSE_SENTINEL.length + 2 + length);
  return Object.fromEntries(FUSE_NAMES.map((name, i) => [name, wire[i]!]));
}

/**
 * A stand-in for the Electron binary: electron-builder only needs a folder holding an executable named `electron`.
 * It carries a fuse wire like Electron's, every fuse set the unsafe way, so the test sees electron-builder flip them.
 */
async function standInElectron(folder: string): Promise<string> {
  const stub = join(folder, 'electron-dist');
  await mkdir(stub);
  const unsafe = [FUSE.on, FUSE.off, FUSE.on, FUSE.on, FUSE.off, FUSE.off, FUSE.off, FUSE.on];
  const wire = Buffer.from([1, unsafe.length, ...unsafe]);
  await writeFile(
    join(stub, 'electron'),
    Buffer.concat([Buffer.from(`#!/bin/sh\nexit 0\n# ${FUSE_SENTINEL}`), wire, Buffer.from('\n')]),
  );
  await chmod(join(stub, 'electron'), 0o755);
  return stub;
}

/** electron-builder's CLI, run from the project; resolves with its exit code and everything it printed. */
function electronBuilder(args: string[], env: Record<string, string> = {}) {
  return new Promise<{ code: number | null; output: string }>((resolvePromise) => {
    execFile(
      process.execPath,
      [join(root, 'node_modules/electron-builder/cli.js'), '--config', 'electron-builder.yml', ...args],
      { cwd: root, env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1', ...env }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) =>
        resolvePromise({ code: error ? ((error as { code?: number }).code ?? 1) : 0, output: stdout + stderr }),
    );
  });
}

/** The relative imports of one bundled file (static and dynamic). */
function relativeImports(code: string): string[] {
  return [...code.matchAll(/(?:from\s*|import\s*\(\s*|import\s+)["'](\.{1,2}\/[^"']+)["']/g)].map((m) => m[1]!);
}

describe('packaging', () => {
  const tempFolder = useTempFolders();

  it('builds the unpacked Linux app without downloading Electron: only what the app runs in app.asar, fuses flipped', async () => {
    const work = await tempFolder();
    const stub = await standInElectron(work);
    const output = join(work, 'dist');
    const built = await electronBuilder([
      '--linux',
      'dir',
      `-c.electronDist=${stub}`,
      `-c.directories.output=${output}`,
    ]);
    expect(built.code, built.output).toBe(0);
    const asar = join(output, 'linux-unpacked/resources/app.asar');
    const files = listPackage(asar, { isPack: false }).map((f) => f.replace(/\\/g, '/'));
    for (const entry of ['/out/main/index.js', '/out/preload/index.cjs', '/out/renderer/index.html', '/package.json']) {
      expect(files).toContain(entry);
    }
    const own = files.filter((f) => f !== '/node_modules' && !f.startsWith('/node_modules/'));
    expect(own.filter((f) => !f.startsWith('/out/') && f !== '/out' && f !== '/package.json')).toEqual([]);
    expect(files.filter((f) => /\.(ts|tsx|map)$/.test(f))).toEqual([]);
    expect(files.filter((f) => /^\/(test|shared|electron|renderer|docs|\.ci|build)\//.test(f))).toEqual([]);
    expect(files.some((f) => f.startsWith('/node_modules/lowdb/'))).toBe(true);
    expect(files.some((f) => f.startsWith('/node_modules/electron-log/'))).toBe(true);

    // The command-line tools are not shipped, and every main-process file that is shipped is one index.js loads.
    expect(files).not.toContain('/out/main/host.js');
    expect(files).not.toContain('/out/main/export.js');
    const shippedMain = files.filter((f) => f.startsWith('/out/main/') && f.endsWith('.js'));
    const reached = new Set<string>();
    const visit = (file: string) => {
      if (reached.has(file)) return;
      reached.add(file);
      const code = extractFile(asar, file.slice(1)).toString('utf8');
      for (const spec of relativeImports(code)) visit(posix.join(posix.dirname(file), spec));
    };
    visit('/out/main/index.js');
    expect(shippedMain.filter((f) => !reached.has(f))).toEqual([]);

    // The fuses, as written into the packaged binary (renamed after the product).
    const fuses = fuseWire(await readFile(join(output, 'linux-unpacked/conference-chair')));
    expect(fuses).toEqual({
      runAsNode: FUSE.off,
      enableCookieEncryption: FUSE.on,
      enableNodeOptionsEnvironmentVariable: FUSE.off,
      enableNodeCliInspectArguments: FUSE.off,
      enableEmbeddedAsarIntegrityValidation: FUSE.on,
      onlyLoadAppFromAsar: FUSE.on,
      loadBrowserProcessSpecificV8Snapshot: FUSE.off,
      grantFileProtocolExtraPrivileges: FUSE.off,
    });
  });

  it('the deb passes its configuration checks (homepage, maintainer, icons) and stops only at downloading fpm', async () => {
    // This machine cannot reach GitHub, where electron-builder fetches fpm. To make the outcome the same on every
    // machine (and quick), the tool download is pointed at a closed local port and an empty cache: the build must
    // get as far as that download, and fail there and nowhere earlier.
    const work = await tempFolder();
    const stub = await standInElectron(work);
    const built = await electronBuilder(
      ['--linux', 'deb', `-c.electronDist=${stub}`, `-c.directories.output=${join(work, 'dist')}`],
      {
        DEBUG: 'electron-builder',
        ELECTRON_BUILDER_BINARIES_DOWNLOAD_OVERRIDE_URL: 'http://127.0.0.1:1/toolsets',
        ELECTRON_BUILDER_BINARIES_ALLOW_HTTP: 'true',
        ELECTRON_BUILDER_CACHE: join(work, 'cache'),
      },
    );
    expect(built.code).not.toBe(0);
    const output = built.output;
    expect(output).not.toMatch(/Please specify|homepage|author.*email|maintainer is not/i);
    // A missing icon would make electron-builder download Electron's default icons first.
    expect(output).not.toMatch(/icons-bundle|application icon is not set|default Electron icon/i);
    const downloads = [...output.matchAll(/downloading\s+file=(\S+)/g)].map((m) => m[1]);
    expect(downloads).toEqual([expect.stringMatching(/^fpm-[\w.-]+\.7z$/)]);
    expect(output).toMatch(/ECONNREFUSED 127\.0\.0\.1:1/);
  });
});

describe('the built pages', () => {
  it('carry the strict CSP (the development policy is only for Vite’s dev server)', async () => {
    for (const page of ['index.html', 'shared-screen.html']) {
      const html = await readFile(join(root, 'out/renderer', page), 'utf8');
      expect(html).toContain(`content="${metaContentSecurityPolicy()}"`);
      expect(html).not.toMatch(/unsafe-inline|ws:\/\//);
    }
  });
});

describe('preload bundles', () => {
  it('each preload is one standalone CommonJS file that requires only electron (sandboxed preloads cannot load chunks)', async () => {
    const { readFile, readdir } = await import('node:fs/promises');
    const folder = join(root, 'out/preload');
    const files = (await readdir(folder)).sort();
    expect(files).toEqual(['index.cjs', 'shared-screen.cjs']);
    for (const file of files) {
      const code = await readFile(join(folder, file), 'utf8');
      const required = [...code.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
      expect(required, file).toEqual(['electron']);
      expect(code, file).not.toMatch(/^\s*(import|export)\s/m);
    }
  });
});
