#!/usr/bin/env node
// `npm run fuzz -- [ROUNDS]`: reruns every property test (the test files that import fast-check) on ROUNDS
// fresh random seeds (default 20). `npm test` keeps one fixed seed so that it is repeatable; this is where
// new counterexamples are looked for. Stops at the first failure and prints the command that replays it.
import { spawnSync } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const rounds = Number(process.argv[2] ?? 20);
if (!Number.isInteger(rounds) || rounds < 1) {
  console.error('usage: npm run fuzz -- [ROUNDS]   (ROUNDS: a whole number ≥ 1)');
  process.exit(2);
}

const files = ['lib', 'components', 'scripts', 'test/unit']
  .filter((dir) => existsSync(dir))
  .flatMap((dir) => readdirSync(dir, { recursive: true }).map((f) => join(dir, f)))
  .filter((f) => /\.test\.tsx?$/.test(f) && readFileSync(f, 'utf8').includes("from 'fast-check'"))
  .sort();
console.log(`property tests: ${files.join(', ')}`);

const t0 = Date.now();
for (let i = 1; i <= rounds; i++) {
  const seed = randomInt(2 ** 31 - 1);
  const r = spawnSync('npx', ['vitest', 'run', '--reporter=dot', ...files], {
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    env: { ...process.env, FUZZ_SEED: String(seed), FORCE_COLOR: '0' },
  });
  if (r.status !== 0) {
    console.log(r.stdout, r.stderr);
    console.error(`✗ round ${i}: seed ${seed} fails. Replay: FUZZ_SEED=${seed} npx vitest run ${files.join(' ')}`);
    process.exit(1);
  }
  console.log(`✓ round ${i}/${rounds}: seed ${seed}`);
}
console.log(`${rounds} rounds clean in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
