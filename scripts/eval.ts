/**
 * `npm run eval`: analyses every dev article in eval/gold/*.txt, writes one prediction per article to
 * .eval-out/ID.json (gitignored) and prints the score table of scripts/score.ts, then the entity tagger's
 * figures on the ANERcorp dev split.
 *   npm run eval -- [--verbose] [--gold DIR] [--out DIR] [--no-entities]
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../lib/analysis/index';
import { crossValidate, isFirstRound, isUntouched } from './attr/cv';
import { loadGold } from './attr/gold-set';
import { printAnercorpDev } from './eval-ner';
import { formatReport, scoreArticles } from './score';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name: string, dflt: string) => {
  const k = args.indexOf(name);
  return k >= 0 && args[k + 1] ? resolve(args[k + 1]) : dflt;
};
const goldDir = opt('--gold', join(root, 'eval', 'gold'));
const outDir = opt('--out', join(root, '.eval-out'));
const withEntities = !args.includes('--no-entities');

mkdirSync(outDir, { recursive: true });
const ids = readdirSync(goldDir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.slice(0, -4))
  .sort();
let words = 0;
const t0 = performance.now();
for (const id of ids) {
  const text = readFileSync(join(goldDir, `${id}.txt`), 'utf8');
  words += text.split(/\s+/u).filter(Boolean).length;
  const analysis = analyze(text, { entities: withEntities });
  writeFileSync(join(outDir, `${id}.json`), `${JSON.stringify(analysis, null, 1)}\n`);
}
const ms = performance.now() - t0;
console.log(`analysed ${ids.length} articles (${words} words) in ${ms.toFixed(0)} ms → ${outDir}`);
const report = scoreArticles(goldDir, outDir, args.includes('--verbose'));
console.log(formatReport(report));
console.log('(the shipped models were trained on all of these articles: the figures above are fitted, not a test)');

if (!args.includes('--no-cv')) {
  // Honest figures: the learned stages fitted on four folds, scored on the fifth, pooled (scripts/attr/cv.ts).
  const cvDir = join(outDir, 'cv');
  const folds = crossValidate(loadGold(goldDir), cvDir, withEntities);
  const brief = (title: string, r: ReturnType<typeof scoreArticles>) => {
    const f = (x: { f1: number }) => (100 * x.f1).toFixed(1);
    const a = r.attributions;
    const n = r.anonymousSources;
    console.log(
      `${title.padEnd(44)} attributions ${f(a)} (P ${(100 * a.p).toFixed(1)} R ${(100 * a.r).toFixed(1)})  anonymous ${f(n)} (P ${(100 * n.p).toFixed(1)} R ${(100 * n.r).toFixed(1)})  kind ${(100 * r.sourceKindAccuracy).toFixed(1)}  claims ${f(r.claims)}`,
    );
  };
  console.log('\n5-fold cross-validation by article (stratified by outlet, seed 20261203), pooled:');
  const cv = scoreArticles(goldDir, cvDir);
  console.log(
    formatReport(cv)
      .split('\n')
      .filter((l) => !l.startsWith('entities'))
      .join('\n'),
  );
  brief('  articles the rules were written from', scoreArticles(goldDir, cvDir, false, console.log, isFirstRound));
  brief(
    '  articles added since (rules not written from)',
    scoreArticles(goldDir, cvDir, false, console.log, (id) => !isFirstRound(id)),
  );
  brief(
    '    of which never read for rule writing',
    scoreArticles(goldDir, cvDir, false, console.log, (id) => isUntouched(id, folds)),
  );
}
console.log('');
printAnercorpDev();
