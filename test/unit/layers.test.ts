import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The layer rules must bite: a probe file with a forbidden import is written into each layer, linted with the
 * project's own config, and removed. (Probe files are named so that a leftover is obvious and ignored by git.)
 */
const root = join(import.meta.dirname, '../..');
/** The probe's path, its source, whether lint allows it, and (for some refusals) words the refusal must say. */
type Case = [file: string, source: string, allowed: boolean, saying?: string];
/** shared/ as a probe `up` folders below the root names it without the alias. */
const relativeShared = (up: number) => `${'../'.repeat(up)}shared/`;
const cases: Case[] = [
  ['shared/__layer_probe__.ts', "import { app } from 'electron';\nexport const x = app;\n", false],
  ['shared/__layer_probe__.ts', "import { readFile } from 'node:fs/promises';\nexport const x = readFile;\n", false],
  ['shared/__layer_probe__.ts', "import { useState } from 'react';\nexport const x = useState;\n", false],
  ['shared/__layer_probe__.ts', "import { Low } from 'lowdb';\nexport const x = Low;\n", false],
  [
    'renderer/src/__layer_probe__.ts',
    "import { ConferenceStore } from '../../electron/services/conference-store';\nexport const x = ConferenceStore;\n",
    false,
  ],
  ['renderer/src/__layer_probe__.ts', "import { join } from 'node:path';\nexport const x = join;\n", false],
  [
    'electron/__layer_probe__.ts',
    "import { bridge } from '../renderer/src/bridge';\nexport const x = bridge;\n",
    false,
  ],
  ['shared/__layer_probe__.ts', "import { z } from 'zod';\nexport const x = z;\n", true],
  [
    'shared/audience/__layer_probe__.ts',
    "import { sharedScreenView } from '../shared-screen/view';\nexport const x = sharedScreenView;\n",
    false,
  ],
  [
    'shared/audience/__layer_probe__.ts',
    "import { buildDocuments } from '../documents';\nexport const x = buildDocuments;\n",
    false,
  ],
  [
    'shared/audience/__layer_probe__.ts',
    "import { Conference } from '../model/conference';\nexport const x = Conference;\n",
    true,
  ],
  [
    'shared/shared-screen/__layer_probe__.ts',
    "import { buildDocuments } from '../documents';\nexport const x = buildDocuments;\n",
    false,
  ],
  // The Word library and the holiday tables stay in the main process.
  ['renderer/src/__layer_probe__.ts', "import { Packer } from 'docx';\nexport const x = Packer;\n", false],
  ['renderer/src/__layer_probe__.ts', "import Holidays from 'date-holidays';\nexport const x = Holidays;\n", false],
  // The renderer's imports of shared/, each written both ways: by the alias the layers use, and relatively.
  ...['@shared/', relativeShared(2)].flatMap((shared): Case[] => [
    ['renderer/src/__layer_probe__.ts', `import { newId } from '${shared}model/ids';\nexport const x = newId;\n`, true],
    [
      'renderer/src/__layer_probe__.ts',
      `import { dateHolidaysSource } from '${shared}procedure/date-holidays-source';\nexport const x = dateHolidaysSource;\n`,
      false,
    ],
    // Nothing of shared/documents in the chair's window, in any form: the main process builds and checks the
    // documents (checkExport), and the types the window needs come from shared/api.
    [
      'renderer/src/__layer_probe__.ts',
      `import { buildDocuments } from '${shared}documents';\nexport const x = buildDocuments;\n`,
      false,
    ],
    [
      'renderer/src/__layer_probe__.ts',
      `import { minuteView } from '${shared}documents/minute';\nexport const x = minuteView;\n`,
      false,
    ],
    [
      'renderer/src/__layer_probe__.ts',
      `import { missingForFinal } from '${shared}documents/final-check';\nexport const x = missingForFinal;\n`,
      false,
    ],
    [
      'renderer/src/__layer_probe__.ts',
      `import { guardDocuments } from '${shared}documents/guard';\nexport const x = guardDocuments;\n`,
      false,
    ],
    [
      'renderer/src/__layer_probe__.ts',
      `import type { DocumentLeak } from '${shared}documents/guard';\nexport type X = DocumentLeak;\n`,
      false,
    ],
    ['renderer/src/__layer_probe__.ts', `export type { DocumentLeak } from '${shared}documents/guard';\n`, false],
    ['renderer/src/__layer_probe__.ts', `export type X = import('${shared}documents/guard').DocumentLeak;\n`, false],
    ['renderer/src/__layer_probe__.ts', `export const x = () => import('${shared}documents');\n`, false],
    ['renderer/src/__layer_probe__.ts', `export const x = () => import('${shared}documents/guard');\n`, false],
    ['renderer/src/__layer_probe__.ts', `export const x = () => import(\`${shared}documents/guard\`);\n`, false],
    [
      'renderer/src/__layer_probe__.ts',
      `import type { DocumentLeak } from '${shared}api/export-check';\nexport type X = DocumentLeak;\n`,
      true,
    ],
    ['renderer/src/__layer_probe__.ts', `export const x = () => import('${shared}model/ids');\n`, true],
  ]),
  // The main process imports shared/ by the alias (or, as before, relatively).
  ['electron/__layer_probe__.ts', "import { newId } from '@shared/model/ids';\nexport const x = newId;\n", true],
  [
    'electron/services/__layer_probe__.ts',
    "import { buildDocuments } from '@shared/documents';\nexport const x = buildDocuments;\n",
    true,
  ],
  [
    'electron/__layer_probe__.ts',
    `import { newId } from '${relativeShared(1)}model/ids';\nexport const x = newId;\n`,
    true,
  ],
  // Inside shared/ the imports stay relative: the alias would slip past the order of its folders.
  [
    'shared/__layer_probe__.ts',
    "import { newId } from '@shared/model/ids';\nexport const x = newId;\n",
    false,
    'Inside shared/, import relatively',
  ],
  [
    'shared/audience/__layer_probe__.ts',
    "import { Conference } from '@shared/model/conference';\nexport const x = Conference;\n",
    false,
    'Inside shared/, import relatively',
  ],
  [
    'shared/audience/__layer_probe__.ts',
    "import type { Conference } from '@shared/model/conference';\nexport type X = Conference;\n",
    false,
    'Inside shared/, import relatively',
  ],
  [
    'shared/audience/__layer_probe__.ts',
    "export const x = () => import('@shared/model/conference');\n",
    false,
    'Inside shared/, import relatively',
  ],
  [
    'shared/audience/__layer_probe__.ts',
    "export type X = import('@shared/model/conference').Conference;\n",
    false,
    'Inside shared/, import relatively',
  ],
  // The folders inside shared/ are layers: model at the bottom, nothing imports upwards or sideways.
  [
    'shared/model/__layer_probe__.ts',
    "import { ProcedureOverrides } from '../procedure/profiles';\nexport const x = ProcedureOverrides;\n",
    false,
  ],
  [
    'shared/model/__layer_probe__.ts',
    "import { nationLabel } from '../wording/labels';\nexport const x = nationLabel;\n",
    false,
  ],
  ['shared/model/__layer_probe__.ts', "import { Nation } from './conference';\nexport const x = Nation;\n", true],
  [
    'shared/wording/__layer_probe__.ts',
    "import { AudienceLevel } from '../model/audience';\nexport const x = AudienceLevel;\n",
    true,
  ],
  [
    'shared/wording/__layer_probe__.ts',
    "import { procedureProfile } from '../procedure/profiles';\nexport const x = procedureProfile;\n",
    false,
  ],
  [
    'shared/procedure/__layer_probe__.ts',
    "import { isTakingPart } from '../meeting/attendance';\nexport const x = isTakingPart;\n",
    false,
  ],
  [
    'shared/procedure/nations/__layer_probe__.ts',
    "import { planInPlace } from '../../plan/decision-words';\nexport const x = planInPlace;\n",
    false,
  ],
  [
    'shared/meeting/__layer_probe__.ts',
    "import { actionOwners } from '../plan/owners';\nexport const x = actionOwners;\n",
    false,
  ],
  [
    'shared/plan/__layer_probe__.ts',
    "import { CHECK_QUESTION } from '../shared-screen/plain-words';\nexport const x = CHECK_QUESTION;\n",
    false,
  ],
  [
    'shared/plan/__layer_probe__.ts',
    "import { andList } from '../wording/sentences';\nexport const x = andList;\n",
    true,
  ],
  [
    'shared/documents/__layer_probe__.ts',
    "import { sharedScreenView } from '../shared-screen/view';\nexport const x = sharedScreenView;\n",
    false,
  ],
  ['shared/plan/__layer_probe__.ts', "import { Packer } from 'docx';\nexport const x = Packer;\n", false],
  ['shared/documents/__layer_probe__.ts', "import { Packer } from 'docx';\nexport const x = Packer;\n", true],
];

describe('layers are enforced by lint', () => {
  const eslint = new ESLint({ cwd: root });
  for (const [file, source, allowed, saying] of cases) {
    it(`${allowed ? 'allows' : 'forbids'} ${source.split('\n')[0]} in ${file.replace(/__layer_probe__\.ts$/, '')}`, async () => {
      const path = join(root, file);
      await writeFile(path, source);
      try {
        const [result] = await eslint.lintFiles([path]);
        // no-restricted-syntax is how a dynamic import() is refused (no-restricted-imports sees declarations only).
        const layerErrors = result!.messages.filter(
          (m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-syntax',
        );
        expect(layerErrors.length > 0).toBe(!allowed);
        for (const error of layerErrors) expect(error.message).toContain(saying ?? '');
      } finally {
        await rm(path, { force: true });
      }
    });
  }
});
