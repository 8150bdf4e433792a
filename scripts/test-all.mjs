#!/usr/bin/env node
// `npm test`: every test, in order — typecheck, lint, unit tests, build both browsers, web-ext lint on the
// Firefox build (0 errors), end-to-end tests in Chromium and Firefox. Stops at the first failing step and
// exits non-zero. Ends with one line "tests: N passed, N failed" over the unit and end-to-end tests.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

mkdirSync('test-results', { recursive: true });
const counts = { passed: 0, failed: 0 };

function run(name, cmd, args, after) {
  const t = Date.now();
  console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  after?.();
  const secs = ((Date.now() - t) / 1000).toFixed(1);
  if (r.status !== 0) {
    console.error(`✗ ${name} failed (exit ${r.status ?? r.signal}) after ${secs} s`);
    console.log(`tests: ${counts.passed} passed, ${counts.failed + 1} failed`);
    process.exit(1);
  }
  console.log(`✓ ${name} (${secs} s)`);
}

function addVitest(file) {
  if (!existsSync(file)) return;
  const j = JSON.parse(readFileSync(file, 'utf8'));
  counts.passed += j.numPassedTests ?? 0;
  counts.failed += j.numFailedTests ?? 0;
}

run('typecheck', 'npx', ['tsc', '--noEmit']);
run('lint', 'npx', ['biome', 'check', '.']);
run(
  'unit tests',
  'npx',
  ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/unit.json'],
  () => addVitest('test-results/unit.json'),
);
run('build', 'npm', ['run', '--silent', 'build']);
run('web-ext lint (Firefox build)', 'node', ['scripts/lint-ext.mjs']);
run(
  'end-to-end tests (Chromium, Firefox)',
  'npx',
  [
    'vitest',
    'run',
    '--config',
    'vitest.e2e.config.ts',
    '--reporter=default',
    '--reporter=json',
    '--outputFile.json=test-results/e2e.json',
  ],
  () => addVitest('test-results/e2e.json'),
);
console.log(`\ntests: ${counts.passed} passed, ${counts.failed} failed`);
process.exit(counts.failed ? 1 : 0);
