import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { ExportReceipt } from '@shared/api/contract';
import { migrateConference } from '@shared/audience/migrate';
import { DEFAULT_SETTINGS, OrganisationSettings } from '@shared/model/settings';
import { describeIssues } from '@shared/model/validation';
import { installHolidaySource } from '@shared/procedure/bank-holidays';
import { dateHolidaysSource } from '@shared/procedure/date-holidays-source';
import { exportDocuments, LeakFoundError, MissingForFinalError } from '../services/export';

/**
 * `npm run export -- <conference-file.json> --out <dir> [--settings settings.json] [--draft | --final]`
 *
 * Writes the same distribution set as the app's "Export documents" from a plain (unencrypted) conference file: the
 * professional minute, the family members' minutes, the family plan(s), the decision letter(s) and the restricted
 * annex (when needed), each named by recipient. `--draft` marks every page as a draft; `--final` does not; with
 * neither, the documents are drafts until the meeting has been ended, as in the app.
 *
 * The leak guard runs, as in the app. A final export that would give someone words they must not have writes
 * nothing, names each field, recipient and file on stderr, and exits 3; a draft is written, with the same lines on
 * stderr as warnings. A final export also needs what families rely on (how to complain and by when, the team's and
 * the out-of-hours numbers: give them with --settings; and the chair's name): without them nothing is written and
 * each is named on stderr; a draft is written and names them as warnings. Exit codes: 0 written, 2 bad input (the
 * message names the field), 3 stopped by the leak guard, 4 stopped for something families need, 1 anything else.
 */

const USAGE = [
  'Usage: npm run export -- <conference-file.json> --out <folder> [--settings settings.json] [--draft | --final]',
  '  --draft   mark every page DRAFT; what the leak guard finds is printed as warnings and the files are written',
  '  --final   no DRAFT marking; if the leak guard finds anything, nothing is written (exit code 3), nor if the',
  '            settings lack the complaint route and time limit or a phone number, or the chair is not named (exit 4)',
  '  Without either: a draft until the meeting has been ended, then final.',
].join('\n');

/** Exit code for a final export stopped by the leak guard: nothing was written. */
const EXIT_LEAK_FOUND = 3;
/** Exit code for a final export without what families rely on (shared/documents/final-check.ts): nothing written. */
const EXIT_MISSING_FOR_FINAL = 4;

class InputError extends Error {}

type Args = { conferenceFile: string; out: string; settingsFile?: string; draft?: boolean };

function parseArgs(argv: readonly string[]): Args {
  let conferenceFile: string | undefined;
  let out: string | undefined;
  let settingsFile: string | undefined;
  let draft: boolean | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const next = argv[++i];
      if (next === undefined || next.startsWith('--')) throw new InputError(`${arg} needs a value.\n${USAGE}`);
      return next;
    };
    if (arg === '--out') out = value();
    else if (arg === '--settings') settingsFile = value();
    else if (arg === '--draft') draft = true;
    else if (arg === '--final') draft = false;
    else if (arg === '--help' || arg === '-h') throw new InputError(USAGE);
    else if (arg.startsWith('--')) throw new InputError(`Unknown option ${arg}.\n${USAGE}`);
    else if (conferenceFile === undefined) conferenceFile = arg;
    else throw new InputError(`Give one conference file (also got ${arg}).\n${USAGE}`);
  }
  if (!conferenceFile) throw new InputError(`Give the conference file to export.\n${USAGE}`);
  if (!out) throw new InputError(`Give the folder to write to with --out.\n${USAGE}`);
  return { conferenceFile, out, ...(settingsFile ? { settingsFile } : {}), ...(draft !== undefined ? { draft } : {}) };
}

/** A JSON file as written by hand or by another tool: a UTF-8 byte-order mark is tolerated. */
async function readJson(path: string, what: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new InputError(`Cannot read the ${what} ${path}: ${(e as Error).message}`);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new InputError(`The ${what} ${path} is not valid JSON: ${(e as Error).message}`);
  }
}

function problemLines(problems: readonly { field: string; message: string }[]): string {
  return problems.map((p) => `  ${p.field}: ${p.message}`).join('\n');
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const migrated = migrateConference(await readJson(args.conferenceFile, 'conference file'));
  if (!migrated.ok) {
    if (migrated.code === 'not-a-conference' && migrated.problems.length) {
      throw new InputError(
        `${args.conferenceFile} is not a valid conference file:\n${problemLines(migrated.problems)}`,
      );
    }
    throw new InputError(`${args.conferenceFile}: ${migrated.message}`);
  }
  let settings = DEFAULT_SETTINGS;
  if (args.settingsFile) {
    const parsed = OrganisationSettings.safeParse(await readJson(args.settingsFile, 'settings file'));
    if (!parsed.success) {
      throw new InputError(
        `${args.settingsFile}: the settings are not valid:\n${problemLines(describeIssues(parsed.error))}`,
      );
    }
    settings = parsed.data;
  }
  // The deadlines in the documents count working days with the same bank holidays as the app's main process.
  installHolidaySource(dateHolidaysSource);
  const folder = resolve(args.out);
  const started = performance.now();
  let receipt: ExportReceipt;
  try {
    receipt = await exportDocuments(migrated.conference, settings, folder, {
      ...(args.draft !== undefined ? { draft: args.draft } : {}),
    });
  } catch (e) {
    if (e instanceof MissingForFinalError) {
      process.stderr.write(
        `Nothing was written: this is a final export, and the documents lack what families rely on.\n` +
          e.missing.map((m) => `  ${m.key}: ${m.message}\n`).join('') +
          `Give the settings with --settings (or fill them in on the app's Settings screen), and export again ` +
          `(or export a draft with --draft).\n`,
      );
      return EXIT_MISSING_FOR_FINAL;
    }
    if (!(e instanceof LeakFoundError)) throw e;
    process.stderr.write(
      `Nothing was written: this is a final export, and the leak guard found words someone must not have.\n` +
        e.leaks.map((leak) => `  ${leak.message}\n`).join('') +
        `Change the audience of the item named, or take the words out of it, and export again ` +
        `(or export a draft with --draft).\n`,
    );
    return EXIT_LEAK_FOUND;
  }
  const ms = Math.round(performance.now() - started);
  for (const file of receipt.files) {
    const forWhom = file.recipients.length ? `For ${file.recipients.join(', ')}.` : 'No recipient set.';
    process.stdout.write(`${file.fileName}\t${file.bytes} bytes\t${file.intendedFor}\t${forWhom}\n`);
  }
  process.stdout.write(`Wrote ${receipt.files.length} documents to ${receipt.folder} in ${ms} ms\n`);
  if (receipt.warnings.length) {
    process.stderr.write(
      `Warning: this draft holds words someone must not have; a final export would stop here.\n` +
        receipt.warnings.map((leak) => `  ${leak.message}\n`).join(''),
    );
  }
  if (receipt.missingForFinal.length) {
    process.stderr.write(
      `Warning: this draft lacks what families rely on; a final export would stop here.\n` +
        receipt.missingForFinal.map((m) => `  ${m.key}: ${m.message}\n`).join(''),
    );
  }
  if (receipt.staleFiles.length) {
    process.stderr.write(
      `Note: these older documents in the folder were not replaced by this export: ${receipt.staleFiles.join(', ')}\n`,
    );
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    if (e instanceof InputError) {
      process.stderr.write(`${e.message}\n`);
      process.exit(2);
    }
    process.stderr.write(`The export failed: ${(e as Error).stack ?? String(e)}\n`);
    process.exit(1);
  },
);
