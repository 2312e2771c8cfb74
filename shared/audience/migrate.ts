import { migrateSchema, type MigrationResult } from '../model/migrate';
import { markExistingCaptures } from './stamp';

/**
 * Opens a conference file: brings it up to the current schema (shared/model/migrate.ts), then marks every text in a
 * file from before times were kept (schema 1) as captured without a time, so that none is stamped with the moment it
 * was opened and so shown to someone who was out of the room when it was said.
 */
export function migrateConference(raw: unknown): MigrationResult {
  const result = migrateSchema(raw);
  if (!result.ok || result.migratedFrom === undefined || result.migratedFrom >= 2) return result;
  return { ...result, conference: markExistingCaptures(result.conference) };
}
