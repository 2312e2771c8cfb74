import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

/** A fresh data folder per test, removed afterwards: every test gets its own disk, as the app does per user. */
export function useTempFolders(): () => Promise<string> {
  const made: string[] = [];
  afterEach(async () => {
    await Promise.all(made.splice(0).map((d) => rm(d, { recursive: true, force: true })));
  });
  return async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cp-test-'));
    made.push(dir);
    return dir;
  };
}

export function testKey(): Buffer {
  return randomBytes(32);
}
