#!/usr/bin/env node
// The project's one test command (`npm test`): lint, typecheck, build, unit tests (and the date tests again in two
// other time zones), then the browser and packaging tests. Every step is counted, and the last line is the
// `N passed, N failed` that CI reads. Exit code 1 if anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const results = join(root, 'test-results');
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

let passed = 0;
let failed = 0;
const failures = [];

function run(label, command, args, env = {}) {
  process.stdout.write(`\n=== ${label}\n`);
  const started = Date.now();
  const r = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  process.stdout.write(
    `=== ${label}: exit ${r.status ?? r.signal} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
  );
  return r.status === 0;
}

/** A step that is one check: lint, typecheck, build. */
function check(label, command, args) {
  if (run(label, command, args)) passed++;
  else {
    failed++;
    failures.push(label);
  }
}

/** A vitest run: its own counts come from the JSON report; a run that wrote none counts as one failure. */
function vitest(label, config, extraArgs = [], env = {}) {
  const report = join(results, `${label.replace(/[^a-z0-9]+/gi, '-')}.json`);
  run(
    label,
    bin('vitest'),
    ['run', '--config', config, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...extraArgs],
    env,
  );
  if (!existsSync(report)) {
    failed++;
    failures.push(`${label} (no report)`);
    return;
  }
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed += json.numPassedTests;
  failed += json.numFailedTests;
  if (json.numFailedTests > 0 || !json.success) {
    failures.push(`${label}: ${json.numFailedTests} failed`);
    if (json.numFailedTests === 0) failed++; // e.g. a file that failed to load: no test failed but the run did
  }
}

check('lint', bin('eslint'), ['.', '--max-warnings', '0']);
for (const layer of ['shared', 'electron', 'renderer', 'test']) check(`typecheck ${layer}`, bin('tsc'), ['-p', layer]);
check('build', bin('electron-vite'), ['build']);
vitest('unit', 'test/vitest.unit.config.ts');
vitest('slow unit', 'test/vitest.slow.config.ts');
// Statutory dates, and who was in the room when, must not depend on the machine's zone: those tests again, far east
// and far west of UTC.
const zoneTests = [
  'test/unit/procedure',
  'test/unit/format/uk-time.test.ts',
  'test/unit/audience/visibility.test.ts',
  'test/unit/audience/stamp-and-guard.test.ts',
];
// A file renamed or moved must not quietly leave these runs out.
const missingZoneTests = zoneTests.filter((path) => !existsSync(join(root, path)));
if (missingZoneTests.length) {
  process.stdout.write(`\n=== dates and times in other zones: missing ${missingZoneTests.join(', ')}\n`);
  failed++;
  failures.push(`zone tests missing: ${missingZoneTests.join(', ')}`);
} else {
  for (const tz of ['Pacific/Kiritimati', 'America/Los_Angeles']) {
    vitest(`dates and times in ${tz}`, 'test/vitest.unit.config.ts', zoneTests, { TZ: tz });
  }
}
vitest('e2e', 'test/vitest.e2e.config.ts');

process.stdout.write('\n');
if (failures.length) process.stdout.write(`Failed: ${failures.join('; ')}\n`);
process.stdout.write(`${passed} passed, ${failed} failed\n`);
process.exit(failed === 0 ? 0 : 1);
