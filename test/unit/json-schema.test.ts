import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Conference, SCHEMA_VERSION } from '@shared/model/conference';

/**
 * docs/conference.schema.json documents the file format for people who write conference files by hand or from
 * another system (the headless export reads such files). It is generated from the zod schema; this test fails when
 * the two drift apart. `npm run schema` rewrites it.
 */
const target = join(import.meta.dirname, '../../docs/conference.schema.json');

function generate(): string {
  const schema = z.toJSONSchema(Conference, { io: 'input', target: 'draft-2020-12' });
  return (
    JSON.stringify(
      {
        $id: `https://conference-chair.invalid/schema/conference-v${SCHEMA_VERSION}.json`,
        title: `Child protection conference file (format version ${SCHEMA_VERSION})`,
        description: 'Generated from shared/model/conference.ts. Dates are YYYY-MM-DD calendar dates.',
        ...schema,
      },
      null,
      2,
    ) + '\n'
  );
}

describe('the conference file format', () => {
  it('docs/conference.schema.json matches the zod schema', async () => {
    const fresh = generate();
    if (process.env.UPDATE_SCHEMA === '1') await writeFile(target, fresh);
    const onDisk = await readFile(target, 'utf8').catch(() => '');
    expect(onDisk, 'run `npm run schema` to regenerate docs/conference.schema.json').toBe(fresh);
    expect(JSON.parse(onDisk).properties.schemaVersion).toEqual({ type: 'number', const: 2 });
  });
});
