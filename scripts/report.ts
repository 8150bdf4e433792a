/**
 * `npm run report -- OUT.jsonl [--html report.html] [--svg chart.svg]`
 * Sourcing per outlet and per category from a corpus run (`npm run --silent analyze -- --jsonl …`): Markdown on
 * stdout, optionally a self-contained HTML page with SVG charts and the outlet chart as a standalone SVG.
 * Reads the run line by line, so memory holds only the counts.
 */
import { createReadStream, existsSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { Aggregate, Matrix, type RunRecord, recordProblem } from './report-aggregate';
import { html, markdown, type Report, shareChart } from './report-html';

function usage(msg?: string): never {
  if (msg) process.stderr.write(`report: ${msg}\n`);
  process.stderr.write('usage: npm run report -- OUT.jsonl[.gz] [--html report.html] [--svg chart.svg]\n');
  process.exit(2);
}

export async function buildReport(file: string): Promise<Report> {
  const outlets = new Aggregate((r) => r.outlet ?? 'unknown');
  const categories = new Aggregate((r) => r.category ?? 'unknown');
  const matrix = new Matrix();
  let skipped = 0;
  let lineNo = 0;
  const raw = createReadStream(file);
  const input = file.endsWith('.gz') ? raw.pipe(createGunzip()) : raw;
  for await (const line of createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })) {
    lineNo++;
    if (!line.trim()) continue;
    let rec: unknown;
    try {
      rec = JSON.parse(line);
    } catch {
      rec = null;
    }
    const problem = rec === null ? 'not JSON' : recordProblem(rec);
    if (problem) {
      skipped++;
      process.stderr.write(`report: ${file}:${lineNo}: ${problem}\n`);
      continue;
    }
    outlets.add(rec as RunRecord);
    categories.add(rec as RunRecord);
    matrix.add(rec as RunRecord);
  }
  return { source: basename(file), outlets: outlets.rows(), categories: categories.rows(), matrix, skipped };
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  let file = '';
  let htmlOut = '';
  let svgOut = '';
  for (let k = 0; k < argv.length; k++) {
    const a = argv[k];
    if (a === '--html') htmlOut = argv[++k] ?? usage('--html needs a file');
    else if (a === '--svg') svgOut = argv[++k] ?? usage('--svg needs a file');
    else if (a.startsWith('-')) usage(`unknown option ${a}`);
    else if (file) usage('one run file only');
    else file = a;
  }
  if (!file) usage();
  if (!existsSync(file)) usage(`cannot read ${file}`);
  const rep = await buildReport(file);
  if (!rep.outlets.total.articles) usage(`${file}: no corpus-run records`);
  process.stdout.write(`${markdown(rep)}\n`);
  if (htmlOut) writeFileSync(htmlOut, html(rep));
  if (svgOut) writeFileSync(svgOut, `${shareChart(rep.outlets.groups, 'Claims by source kind, per outlet')}\n`);
}

process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

main();
