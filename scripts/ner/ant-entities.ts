/**
 * The entity recogniser on the ANT corpus (../shared/data/ant/articles.jsonl.gz, unlabelled news of the gold's
 * outlets, none of the gold articles): what an entity rule change does to text nobody tuned on.
 *   npx tsx scripts/ner/ant-entities.ts dump OUT.tsv [--articles M]   every mention of the first M articles (1000)
 *   npx tsx scripts/ner/ant-entities.ts diff OLD.tsv NEW.tsv          mentions a change added and removed, in context
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { findEntities } from '../../lib/analysis/entities/index';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const ANT = join(root, '..', 'shared', 'data', 'ant', 'articles.jsonl.gz');

export function antArticles(max: number): { id: string; text: string }[] {
  const out: { id: string; text: string }[] = [];
  for (const line of gunzipSync(readFileSync(ANT)).toString('utf8').split('\n')) {
    if (!line.trim()) continue;
    const j = JSON.parse(line);
    out.push({ id: j.id, text: `${j.title ?? ''}\n\n${j.text ?? ''}` });
    if (out.length >= max) break;
  }
  return out;
}

const [mode, a1, a2] = process.argv.slice(2);
const k = process.argv.indexOf('--articles');
const max = k > 0 ? Number(process.argv[k + 1]) : 1000;
const clean = (s: string) => s.replace(/\s+/gu, ' ');
if (mode === 'dump' && a1) {
  const rows: string[] = [];
  for (const art of antArticles(max))
    for (const e of findEntities(art.text))
      for (const m of e.mentions)
        rows.push(
          [art.id, m.start, e.type, clean(m.text), clean(art.text.slice(Math.max(0, m.start - 40), m.end + 40))].join(
            '\t',
          ),
        );
  writeFileSync(a1, `${rows.join('\n')}\n`);
  console.log(`${rows.length} mentions → ${a1}`);
} else if (mode === 'diff' && a1 && a2) {
  const read = (f: string) =>
    new Map(
      readFileSync(f, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => {
          const [id, start, type, text, ctx] = l.split('\t');
          return [`${id}\t${start}\t${type}\t${text}`, ctx] as const;
        }),
    );
  const a = read(a1);
  const b = read(a2);
  let removed = 0;
  let added = 0;
  for (const [key, ctx] of a) if (!b.has(key)) console.log(`- ${key}\t${ctx}`, ++removed && '');
  for (const [key, ctx] of b) if (!a.has(key)) console.log(`+ ${key}\t${ctx}`, ++added && '');
  console.log(`${removed} removed, ${added} added`);
} else {
  console.error('usage: ant-entities.ts dump OUT.tsv [--articles M] | diff OLD.tsv NEW.tsv');
  process.exit(2);
}
