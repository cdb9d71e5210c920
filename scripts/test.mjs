// npm test: type check, lint, package checks and every Vitest project (node, jsdom, Storybook in
// Chromium), then one plain closing line "tests: N passed, N failed" for tools that read it.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
const report = '.cache/vitest-report.json';
const checks = [];

function run(name, command, args) {
  const started = Date.now();
  console.log(`\n== ${name}: ${[command, ...args].join(' ')}`);
  const { status } = spawnSync(command, args, { stdio: 'inherit', env });
  const ok = status === 0;
  console.log(`== ${name}: ${ok ? 'ok' : 'FAILED'} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  checks.push({ name, ok });
  return ok;
}

mkdirSync('.cache', { recursive: true });
rmSync(report, { force: true });

run('type check', 'npx', ['tsc', '-p', 'tsconfig.json']);
// The demo app imports `resetkit` by its package name: its own config maps that to src/.
run('type check (demo)', 'npx', ['tsc', '-p', 'examples/demo/tsconfig.json']);
run('lint', 'npx', ['eslint', '.']);
// The package tests read the built files.
run('build', 'npm', ['run', 'build', '--silent']);
// examples/next from the packed package: npm ci (cached by its lockfile) and next build (skipped
// while package and sources are unchanged); the next Vitest project then drives it in Chromium.
run('next example build', process.execPath, ['test/next/build-example.mjs']);
run('vitest', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);

let passed = 0;
let failed = 0;
try {
  const results = JSON.parse(readFileSync(report, 'utf8'));
  passed = results.numPassedTests;
  failed = results.numFailedTests;
  if (results.numTotalTests === 0) console.log('Vitest ran no test.');
} catch {
  console.log('Vitest wrote no report.');
}
// A failed check that is not itself a test still fails the run, and is counted as one failure.
const failedChecks = checks.filter((check) => !check.ok && check.name !== 'vitest');
const vitestFailedWithoutTests = checks.some((check) => check.name === 'vitest' && !check.ok) && failed === 0;
failed += failedChecks.length + (vitestFailedWithoutTests ? 1 : 0);
if (failedChecks.length > 0) console.log(`Failed checks: ${failedChecks.map((check) => check.name).join(', ')}`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
