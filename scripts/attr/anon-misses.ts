/**
 * Where the analyser may miss an anonymous source, on the unlabelled ANT corpus: sentences in which a strong
 * anonymous-source phrase (`مصادر …`, `مصدر …`, `شهود عيان`, `… طلب عدم ذكر اسمه`) stands next to a reporting cue,
 * but no attribution's source overlaps the phrase. A reading aid for finding classes of misses on text nobody
 * tuned on (not a score: a phrase next to a cue is not always an attribution).
 *   npx tsx scripts/attr/anon-misses.ts [--skip S] [--articles M] [--show N] [--seed K]
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { analyze } from '../../lib/analysis/index';
import { seededRandom } from '../../lib/analysis/random';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const ANT = join(root, '..', 'shared', 'data', 'ant', 'articles.jsonl.gz');
const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const skip = arg('--skip', 10_000);
const max = arg('--articles', 1500);
const show = arg('--show', 40);
const random = seededRandom(arg('--seed', 7));

// A source word as a whole word (not مصدرو / المصدرة / مصادرة), then up to three words, then not a noun of
// "source of income/worry" (مصدر دخل / قلق): those are the frequent non-sources.
const PHRASE =
  /(?:^|[\s«"(])((?:[وف]?(?:ل|ب|عن\s)?)(?:ال)?(?:مصادر|مصدر|مصدرا|مصدران|شهود عيان|شهود)(?=[\s.،,؛:»"-])(?!\s+(?:دخل|قلق|الرائحة|التعليم|العملة|الطاقة|المياه|رزق|تهديد|إلهام|فخر|خطر|للقلق|رئيسي|رئيسيا|أساسي|أساسيا))(?:\s+[^\s.،,؛:«»"]+){0,3})/gu;
const CUE =
  /(?:قال|قالت|أفاد|أفادت|ذكر|ذكرت|أكد|أكدت|أوضح|أوضحت|أشار|أشارت|كشف|كشفت|بحسب|حسب|وفق|وفقا|نقلا|نقلت|أضاف|أضافت|أبلغ|أبلغت|رجح|رجحت|توقع|توقعت)/u;

const lines = gunzipSync(readFileSync(ANT)).toString('utf8').split('\n');
let seen = 0;
let found = 0;
const misses: string[] = [];
const heads = new Map<string, number>();
for (const line of lines.slice(skip, skip + max)) {
  if (!line.trim()) continue;
  const j = JSON.parse(line);
  const text = `${j.title ?? ''}\n\n${j.text ?? ''}`;
  const a = analyze(text, { entities: false });
  const covered = (s: number, e: number) =>
    a.attributions.some((x) => x.source.mention && x.source.mention.start < e && x.source.mention.end > s);
  for (const m of text.matchAll(PHRASE)) {
    const s = (m.index ?? 0) + m[0].indexOf(m[1]);
    const e = s + m[1].length;
    const sentStart = Math.max(text.lastIndexOf('.', s), text.lastIndexOf('\n', s)) + 1;
    const sentEnd = (() => {
      const d = text.slice(e).search(/[.\n]/);
      return d < 0 ? text.length : e + d;
    })();
    const sentence = text.slice(sentStart, sentEnd);
    if (!CUE.test(sentence)) continue;
    seen++;
    if (covered(s, e)) {
      found++;
      continue;
    }
    const head = m[1].split(/\s+/).slice(0, 2).join(' ');
    heads.set(head, (heads.get(head) ?? 0) + 1);
    misses.push(`${j.id}\t«${m[1]}»\t${sentence.trim().slice(0, 260)}`);
  }
}
console.log(
  `${seen} phrases next to a cue; ${found} inside an attribution's source (${((100 * found) / seen).toFixed(1)}%)`,
);
console.log('most frequent uncovered phrase starts:');
for (const [h, n] of [...heads].sort((x, y) => y[1] - x[1]).slice(0, 25)) console.log(`  ${n}\t${h}`);
const picks = new Set<number>();
while (picks.size < Math.min(show, misses.length)) picks.add(Math.floor(random() * misses.length));
for (const i of [...picks].sort((p, q) => p - q)) console.log(misses[i]);
