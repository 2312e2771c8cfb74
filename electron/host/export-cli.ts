import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { migrateConference } from '../../shared/model/migrate';
import { DEFAULT_SETTINGS, OrganisationSettings } from '../../shared/model/settings';
import { describeIssues } from '../../shared/model/validation';
import { installHolidaySource } from '../../shared/procedure/bank-holidays';
import { dateHolidaysSource } from '../../shared/procedure/date-holidays-source';
import { exportDocuments } from '../services/export';

/**
 * `npm run export -- <conference-file.json> --out <dir> [--settings settings.json] [--draft | --final]`
 *
 * Writes the same documents as the app's "Export documents" from a plain (unencrypted) conference file: minute.docx,
 * restricted-annex.docx (when needed), family-plan*.docx and decision-letter.docx. Exit codes: 0 written, 2 bad input
 * (the message names the field), 1 anything else.
 */

const USAGE =
  'Usage: npm run export -- <conference-file.json> --out <folder> [--settings settings.json] [--draft | --final]';

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
  const receipt = await exportDocuments(migrated.conference, settings, folder, {
    ...(args.draft !== undefined ? { draft: args.draft } : {}),
  });
  const ms = Math.round(performance.now() - started);
  for (const file of receipt.files)
    process.stdout.write(`${file.fileName}\t${file.bytes} bytes\t${file.intendedFor}\n`);
  process.stdout.write(`Wrote ${receipt.files.length} documents to ${receipt.folder} in ${ms} ms\n`);
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
