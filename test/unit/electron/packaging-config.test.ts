import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');

async function builderConfig() {
  return getConfig(root, 'electron-builder.yml', null);
}

describe('the packaged app’s configuration (electron-builder.yml)', () => {
  it('is valid for electron-builder 26, so a misspelt setting cannot be silently ignored', async () => {
    const config = await builderConfig();
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('flips every fuse the security checklist asks for', async () => {
    const { electronFuses } = await builderConfig();
    expect(electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('keeps the command-line tools out of app.asar', async () => {
    const { files } = await builderConfig();
    // electron-builder turns the list into [{ filter: [...] }] as it loads it.
    const patterns = (files as Array<string | { filter?: string[] }>).flatMap((f) =>
      typeof f === 'string' ? [f] : (f.filter ?? []),
    );
    expect(patterns).toEqual(expect.arrayContaining(['out/**/*', '!out/main/host.js', '!out/main/export.js']));
  });

  it('has icons for every platform, in the build resources folder', async () => {
    const config = await builderConfig();
    expect(config.directories?.buildResources).toBe('build');
    const png = async (path: string) => (await readFile(join(root, 'build', path))).subarray(0, 8).toString('hex');
    const pngSignature = '89504e470d0a1a0a';
    expect(config.win?.icon).toBe('icon.ico');
    expect((await readFile(join(root, 'build/icon.ico'))).readUInt16LE(2)).toBe(1); // an icon, not a cursor
    expect(config.mac?.icon).toBe('icon.icns');
    expect((await readFile(join(root, 'build/icon.icns'))).subarray(0, 4).toString('ascii')).toBe('icns');
    expect(config.linux?.icon).toBe('icons');
    for (const size of [16, 32, 48, 64, 128, 256, 512])
      expect(await png(`icons/${size}x${size}.png`)).toBe(pngSignature);
    const big = await readFile(join(root, 'build/icon.png'));
    expect(big.subarray(0, 8).toString('hex')).toBe(pngSignature);
    expect([big.readUInt32BE(16), big.readUInt32BE(20)]).toEqual([1024, 1024]);
  });

  it('has what a Debian package needs: a homepage and a maintainer with an address', async () => {
    const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { homepage?: string };
    expect(pkg.homepage).toMatch(/^https:\/\/\S+$/);
    const { linux } = await builderConfig();
    expect(linux?.maintainer).toMatch(/^[^<>]+ <[^\s@<>]+@[^\s@<>]+\.[a-z]+>$/);
  });

  it('signs and notarises on macOS with the hardened runtime when a council supplies its certificate', async () => {
    const { mac, win } = await builderConfig();
    expect(mac).toMatchObject({ hardenedRuntime: true, notarize: true });
    const entitlements = await readFile(join(root, mac!.entitlements!), 'utf8');
    expect(entitlements).toContain('com.apple.security.cs.allow-jit');
    expect(entitlements).not.toMatch(/disable-library-validation|device\.camera|device\.audio-input/);
    expect(win?.signtoolOptions?.signingHashAlgorithms).toEqual(['sha256']);
  });
});
