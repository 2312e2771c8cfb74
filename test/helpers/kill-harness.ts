import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import type { readSaved } from './kill-reader';

export type KillCampaign = { runs: number; corrupt: number; lost: number; ahead: number; failures: string[] };

type Reader = { readSaved: typeof readSaved };

/**
 * Bundles the save loop into one file so each child starts in tens of milliseconds, and the reader that checks its
 * file in the same build: both are made from one reading of the source, so the writer and the reader always agree on
 * the file format (whatever the schema version is, and even if the source changes while the tests run).
 */
async function bundleSaveLoop(folder: string): Promise<{ script: string; reader: Reader }> {
  await build({
    entryPoints: {
      'save-loop': join(import.meta.dirname, 'save-loop.ts'),
      'kill-reader': join(import.meta.dirname, 'kill-reader.ts'),
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outdir: folder,
    outExtension: { '.js': '.mjs' },
    logLevel: 'silent',
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  });
  const reader = (await import(pathToFileURL(join(folder, 'kill-reader.mjs')).href)) as Reader;
  return { script: join(folder, 'save-loop.mjs'), reader };
}

function runOnce(
  script: string,
  dataFolder: string,
  keyHex: string,
  killAfterMs: number,
): Promise<{ lastAck: number; log: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, dataFolder], {
      env: { ...process.env, CP_DATA_KEY: keyHex },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let lastAck = 0;
    let log = '';
    let armed = false;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      log += chunk;
      for (const m of chunk.matchAll(/ack (\d+)/g)) lastAck = Math.max(lastAck, Number(m[1]));
      if (!armed && lastAck > 0) {
        // Kill at a random moment after the first acknowledged save, so kills land in every phase of a write.
        armed = true;
        setTimeout(() => child.kill('SIGKILL'), killAfterMs);
      }
    });
    child.stderr.on('data', (c: Buffer) => (log += c.toString()));
    child.on('error', reject);
    child.on('exit', () => resolve({ lastAck, log }));
  });
}

/**
 * Kills a saving process `runs` times. After each kill, the file must open (else `corrupt`) and hold a save at least
 * as new as the last one acknowledged (else `lost`). It may hold the one save in flight (`ahead`), which is fine:
 * that save was complete on disk, only its acknowledgement was cut off.
 */
export async function runKillCampaign(runs: number, maxDelayMs = 40): Promise<KillCampaign> {
  const folder = await mkdtemp(join(tmpdir(), 'cp-kill-'));
  const result: KillCampaign = { runs: 0, corrupt: 0, lost: 0, ahead: 0, failures: [] };
  try {
    const { script, reader } = await bundleSaveLoop(folder);
    const dataFolder = join(folder, 'data');
    const key = randomBytes(32);
    for (let i = 0; i < runs; i++) {
      const { lastAck, log } = await runOnce(script, dataFolder, key.toString('hex'), Math.random() * maxDelayMs);
      result.runs++;
      if (lastAck === 0) {
        result.failures.push(`run ${i}: no save acknowledged: ${log.slice(0, 200)}`);
        result.corrupt++;
        continue;
      }
      const opened = await reader.readSaved(dataFolder, key);
      if (!opened.ok) {
        result.corrupt++;
        result.failures.push(`run ${i}: file did not open: ${opened.message}`);
        break; // the folder is no longer a fair start for the next run
      }
      const { saved } = opened;
      if (saved < lastAck) {
        result.lost++;
        result.failures.push(`run ${i}: file holds save ${saved} but save ${lastAck} was acknowledged`);
      } else if (saved > lastAck) {
        result.ahead++;
      }
    }
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
  return result;
}
