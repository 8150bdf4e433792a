/**
 * `npm run bench`: runs every scripts/bench/*.ts with tsx in its own child process, one after another, streaming
 * their output; exits non-zero when one of them fails.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, 'scripts', 'bench');
const only = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
  .filter((f) => !only.length || only.some((o) => f.includes(o)))
  .sort();
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const failed: string[] = [];
for (const f of files) {
  console.log(`\n=== bench/${f}`);
  const r = spawnSync(tsx, [join(dir, f)], { stdio: 'inherit', cwd: root });
  if (r.status !== 0) failed.push(`${f} (${r.status ?? r.signal})`);
}
if (failed.length) {
  console.error(`\nbench failed: ${failed.join(', ')}`);
  process.exit(1);
}
