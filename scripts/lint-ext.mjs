// Runs `web-ext lint` on the Firefox build and fails on any error (warnings are printed, not fatal).
import { spawnSync } from 'node:child_process';

const r = spawnSync(
  'npx',
  ['web-ext', 'lint', '--source-dir', '.output/firefox-mv2', '--output', 'json', '--no-config-discovery'],
  {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  },
);
let report;
try {
  report = JSON.parse(r.stdout.slice(r.stdout.indexOf('{')));
} catch {
  console.error(r.stdout, r.stderr);
  console.error('web-ext lint did not produce a JSON report.');
  process.exit(1);
}
const show = (m) =>
  `  ${m._type ?? ''} ${m.code}: ${m.message} ${m.file ? `(${m.file}${m.line ? `:${m.line}` : ''})` : ''}`;
for (const m of [...report.errors, ...report.warnings, ...report.notices]) console.log(show({ ...m, _type: m.type }));
console.log(
  `web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings, ${report.notices.length} notices`,
);
process.exit(report.errors.length ? 1 : 0);
