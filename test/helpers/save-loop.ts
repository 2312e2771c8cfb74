/**
 * Child process for the kill test: opens (or creates) one conference in the data folder given on the command line
 * and saves it again and again, printing `ack N` after each save the store has acknowledged. The parent kills it
 * with SIGKILL at random moments and then checks the file.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ConferenceStore } from '../../electron/services/conference-store';

async function main(): Promise<void> {
  const dataFolder = process.argv[2]!;
  const key = Buffer.from(process.env.CP_DATA_KEY!, 'hex');
  const payloadBytes = Number(process.argv[3] ?? 100_000);
  const store = new ConferenceStore({ dataFolder, key, backupIntervalMs: 250 });
  await store.init();
  const names = (await readdir(join(dataFolder, 'conferences'))).filter((n) => n.endsWith('.cpconf'));
  let conference;
  let revision: string;
  let n = 0;
  if (names.length === 0) {
    ({ conference, revision } = await store.create({ type: 'initial', nation: 'england', date: '2026-12-01' }));
  } else {
    const opened = await store.open(names[0]!.replace(/\.cpconf$/, ''));
    if (!opened.ok) {
      process.stdout.write(`open-failed ${opened.code}\n`);
      process.exit(3);
    }
    ({ conference, revision } = opened.value);
    n = Number(/^save (\d+)$/.exec(conference.details.reason)?.[1] ?? 0);
  }
  const filler = 'x'.repeat(payloadBytes);
  for (;;) {
    n++;
    const result = await store.save(
      {
        ...conference,
        details: { ...conference.details, reason: `save ${n}` },
        notes: [
          {
            id: 'filler',
            itemKey: 'analysis',
            kind: 'note',
            text: filler,
            createdAt: conference.createdAt,
          },
        ],
      },
      revision,
    );
    if (!result.ok) {
      process.stdout.write(`save-failed ${result.code}\n`);
      process.exit(4);
    }
    revision = result.value.revision;
    process.stdout.write(`ack ${n}\n`);
  }
}

void main();
