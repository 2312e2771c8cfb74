import { Conference, SCHEMA_VERSION } from './conference';
import { v1ToV2 } from './migrations/v2';
import { describeIssues, summariseProblems, type FieldProblem } from './validation';

export type MigrationResult =
  | { ok: true; conference: Conference; migratedFrom?: number }
  | { ok: false; code: 'newer-version'; message: string; fileVersion: number }
  | { ok: false; code: 'not-a-conference'; message: string; problems: FieldProblem[] };

/** Steps from each older schema version to the next, each with a test of a file of the older version. */
const steps: Record<number, (data: Record<string, unknown>) => Record<string, unknown>> = {
  1: v1ToV2,
};

/**
 * Brings a parsed file up to the current schema, or says plainly why it cannot be opened. Only the shape: a file is
 * opened with `migrateConference` (shared/audience/migrate.ts), which also marks what was written before times were
 * kept.
 */
export function migrateSchema(raw: unknown): MigrationResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return {
      ok: false,
      code: 'not-a-conference',
      message: 'The file does not contain a conference record.',
      problems: [{ field: '(whole record)', message: 'Expected a conference object.' }],
    };
  }
  let data = raw as Record<string, unknown>;
  const version = typeof data.schemaVersion === 'number' ? data.schemaVersion : NaN;
  if (!Number.isInteger(version) || version < 1) {
    return {
      ok: false,
      code: 'not-a-conference',
      message: 'The file has no valid schemaVersion, so it is not a conference file from this app.',
      problems: [{ field: 'schemaVersion', message: `Expected a whole number from 1 to ${SCHEMA_VERSION}.` }],
    };
  }
  if (version > SCHEMA_VERSION) {
    return {
      ok: false,
      code: 'newer-version',
      fileVersion: version,
      message:
        `This conference was saved by a newer version of the app (file format ${version}; this app reads up to ` +
        `${SCHEMA_VERSION}). It has not been changed. Update the app to open it.`,
    };
  }
  for (let v = version; v < SCHEMA_VERSION; v++) {
    const step = steps[v];
    if (!step) throw new Error(`No migration from schema version ${v}`);
    data = { ...step(data), schemaVersion: v + 1 };
  }
  const parsed = Conference.safeParse(data);
  if (!parsed.success) {
    const problems = describeIssues(parsed.error);
    return {
      ok: false,
      code: 'not-a-conference',
      message: `The conference record is not valid: ${summariseProblems(problems)}`,
      problems,
    };
  }
  if (version === SCHEMA_VERSION) return { ok: true, conference: parsed.data };
  return { ok: true, conference: parsed.data, migratedFrom: version };
}
