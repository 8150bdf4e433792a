/**
 * Reads the analyser on the ANT corpus (../shared/data/ant/articles.jsonl.gz, unlabelled news of the gold's
 * outlets, none of the gold articles), the text rule changes are judged on besides the cross-validation:
 *   npx tsx scripts/attr/read-ant.ts sample SEED N [--articles M]      a seeded sample of N attributions in context
 *   npx tsx scripts/attr/read-ant.ts dump OUT.tsv [--articles M]       every attribution of the first M articles
 *   npx tsx scripts/attr/read-ant.ts diff OLD.tsv NEW.tsv              what a change added and removed
 * The dump/diff pair shows exactly what a change does to text nobody tuned on; read it against GUIDELINES.md.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { analyze } from '../../lib/analysis/index';
import { seededRandom } from '../../lib/analysis/random';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const ANT = join(root, '..', 'shared', 'data', 'ant', 'articles.jsonl.gz');

interface Row {
  id: string;
  text: string;
}

function articles(max: number): Row[] {
  const lines = gunzipSync(readFileSync(ANT)).toString('utf8').split('\n');
  const out: Row[] = [];
  for (const line of lines) {
    if (!line.trim()) continue;
    const j = JSON.parse(line);
    out.push({ id: j.id, text: `${j.title ?? ''}\n\n${j.text ?? ''}` });
    if (out.length >= max) break;
  }
  return out;
}

const [mode, a1, a2] = process.argv.slice(2);
const k = process.argv.indexOf('--articles');
const max = k > 0 ? Number(process.argv[k + 1]) : 2000;
const line = (id: string, x: ReturnType<typeof analyze>['attributions'][number]) =>
  [
    id,
    x.cue.start,
    x.cue.text,
    x.source.kind,
    x.source.mention?.text ?? `(${x.source.name})`,
    x.claim.text.slice(0, 80),
  ]
    .join('\t')
    .replace(/\n/g, ' ');

if (mode === 'dump') {
  const rows: string[] = [];
  for (const art of articles(max)) for (const x of analyze(art.text).attributions) rows.push(line(art.id, x));
  writeFileSync(a1, `${rows.join('\n')}\n`);
  console.log(`${rows.length} attributions from ${max} articles → ${a1}`);
} else if (mode === 'diff') {
  const read = (f: string) => new Set(readFileSync(f, 'utf8').split('\n').filter(Boolean));
  const [o, n] = [read(a1), read(a2)];
  const gone = [...o].filter((x) => !n.has(x));
  const added = [...n].filter((x) => !o.has(x));
  for (const x of gone) console.log(`- ${x}`);
  for (const x of added) console.log(`+ ${x}`);
  console.log(`${gone.length} removed, ${added.length} added (of ${o.size} → ${n.size})`);
} else if (mode === 'sample') {
  const all = articles(max).flatMap((art) => analyze(art.text).attributions.map((x) => ({ art, x })));
  const random = seededRandom(Number(a1 ?? 1));
  const n = Math.min(Number(a2 ?? 30), all.length);
  const picks = new Set<number>();
  while (picks.size < n) picks.add(Math.floor(random() * all.length));
  for (const i of [...picks].sort((p, q) => p - q)) {
    const { art, x } = all[i];
    const from = Math.min(x.cue.start, x.claim.start, x.source.mention?.start ?? x.cue.start);
    const to = Math.max(x.cue.end, x.claim.end, x.source.mention?.end ?? x.cue.end);
    console.log(
      `#${i} ${art.id} [${x.source.kind}] «${x.source.mention?.text ?? x.source.name}» cue «${x.cue.text}» (${x.why.rule})`,
    );
    console.log(`   claim «${x.claim.text.slice(0, 160)}»`);
    console.log(`   context ${art.text.slice(Math.max(0, from - 60), to + 30).replace(/\n/g, ' ⏎ ')}`);
  }
} else {
  console.error('usage: read-ant.ts sample SEED N | dump OUT.tsv | diff OLD.tsv NEW.tsv  [--articles M]');
  process.exit(2);
}
