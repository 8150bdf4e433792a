/**
 * Guard for behaviour-preserving refactors of the analyser: writes the JSON analysis of every dev article
 * (eval/gold/*.txt) and of the first N articles of the ANT corpus (title, blank line, text), once without and
 * once with entities, to a folder, one JSON line per article. Run it on the commit before the change and after
 * it, then compare:
 *
 *   npx tsx scripts/check-same-output.ts write /tmp/before      # on the starting commit
 *   npx tsx scripts/check-same-output.ts write /tmp/after       # after the change
 *   npx tsx scripts/check-same-output.ts compare /tmp/before /tmp/after
 *
 * `compare` exits non-zero and names the first differing article of each file when the output is not
 * byte-identical. ANT_COUNT (default 3000) and ANT_PATH override the corpus sample. `write` also stores the
 * entity tagger's labels on the ANERcorp development split (as one document and sentence by sentence), the
 * guard for changes to the tagger's speed (lib/analysis/entities/tagger.ts).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseConll, splitDev } from '../lib/analysis/entities/conll';
import { tagSentence, tagSentences } from '../lib/analysis/entities/tagger';
import { analyze } from '../lib/analysis/index';

const root = resolve(import.meta.dirname, '..');
const ANT = process.env.ANT_PATH ?? resolve(root, '..', 'shared', 'data', 'ant', 'articles.jsonl.gz');
const COUNT = Number(process.env.ANT_COUNT ?? 3000);

function texts(): { name: string; items: [string, string][] }[] {
  const gold = join(root, 'eval', 'gold');
  const dev = readdirSync(gold)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f): [string, string] => [f, readFileSync(join(gold, f), 'utf8')]);
  const lines = gunzipSync(readFileSync(ANT)).toString('utf8').split('\n');
  const ant: [string, string][] = [];
  for (const line of lines) {
    if (ant.length >= COUNT) break;
    if (!line.trim()) continue;
    const a = JSON.parse(line) as { id: string; title: string; text: string };
    ant.push([a.id, `${a.title}\n\n${a.text}`]);
  }
  return [
    { name: 'dev', items: dev },
    { name: 'ant', items: ant },
  ];
}

/** The tagger's labels on the ANERcorp development split: the whole split as one run, then each sentence alone. */
function writeTags(dir: string): void {
  const { dev } = splitDev(parseConll(readFileSync(join(root, 'data', 'anercorp', 'train.conll'), 'utf8')));
  const sentences = dev.map((s) => s.tokens);
  const runs: [string, string[][]][] = [
    ['together', tagSentences(sentences)],
    ['alone', sentences.map((s) => tagSentence(s))],
  ];
  for (const [name, tags] of runs) {
    const file = join(dir, `anercorp-dev-tags-${name}.jsonl`);
    writeFileSync(file, `${tags.map((t, k) => JSON.stringify({ id: k, tags: t })).join('\n')}\n`);
    const hash = createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 16);
    console.log(`${file}: ${tags.length} sentences, sha256 ${hash}`);
  }
}

function write(dir: string): void {
  mkdirSync(dir, { recursive: true });
  writeTags(dir);
  for (const set of texts()) {
    for (const entities of [false, true]) {
      const file = join(dir, `${set.name}-${entities ? 'entities' : 'attributions'}.jsonl`);
      const t0 = performance.now();
      const out = set.items.map(([id, text]) => JSON.stringify({ id, analysis: analyze(text, { entities }) }));
      writeFileSync(file, `${out.join('\n')}\n`);
      const hash = createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 16);
      const ms = (performance.now() - t0).toFixed(0);
      console.log(`${file}: ${out.length} articles, sha256 ${hash}, ${ms} ms`);
    }
  }
}

function compare(a: string, b: string): boolean {
  let same = true;
  for (const f of readdirSync(a)
    .filter((x) => x.endsWith('.jsonl'))
    .sort()) {
    const x = readFileSync(join(a, f), 'utf8').split('\n');
    const y = readFileSync(join(b, f), 'utf8').split('\n');
    const bad = x.findIndex((line, k) => line !== y[k]);
    if (bad < 0 && x.length === y.length) {
      console.log(`${f}: identical (${x.length - 1} articles)`);
      continue;
    }
    same = false;
    const k = bad < 0 ? Math.min(x.length, y.length) : bad;
    let diffs = 0;
    for (let i = 0; i < Math.max(x.length, y.length); i++) if (x[i] !== y[i]) diffs++;
    const id = (JSON.parse(x[k] || y[k] || '{"id":"?"}') as { id: string }).id;
    console.log(`${f}: DIFFERS in ${diffs} articles, first ${id}`);
  }
  return same;
}

const [cmd, a, b] = process.argv.slice(2);
if (cmd === 'write' && a) write(a);
else if (cmd === 'compare' && a && b) process.exit(compare(a, b) ? 0 : 1);
else {
  console.error('usage: check-same-output.ts write DIR | compare DIR_A DIR_B');
  process.exit(2);
}
