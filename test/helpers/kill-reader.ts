/**
 * The kill test's reader: opens the one conference in a data folder and says which save it holds. It is bundled in
 * the same esbuild build as the save loop (kill-harness.ts), so the file is read by exactly the code that wrote it.
 * Reading with the test process's own copy of the store instead once failed with "file format 2; this app reads up
 * to 1": the source changed during a long test run, and the store module loaded earlier was older than the bundle.
 */
import { readdir } from 'node:fs/promises';
import { ConferenceStore } from '../../electron/services/conference-store';

export type SavedState = { ok: true; saved: number } | { ok: false; message: string };

export async function readSaved(dataFolder: string, key: Buffer): Promise<SavedState> {
  const reader = new ConferenceStore({ dataFolder, key });
  await reader.init();
  const names = (await readdir(reader.folders.conferences)).filter((n) => n.endsWith('.cpconf'));
  if (!names[0]) return { ok: false, message: 'missing' };
  const opened = await reader.open(names[0].replace(/\.cpconf$/, ''));
  if (!opened.ok) return { ok: false, message: opened.message };
  return { ok: true, saved: Number(/^save (\d+)$/.exec(opened.value.conference.details.reason)?.[1] ?? -1) };
}
