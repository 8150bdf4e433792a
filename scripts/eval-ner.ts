/**
 * Entity evaluation:
 *  1. ANERcorp development split (the last 10% of sentences of data/anercorp/train.conll, never trained on by the
 *     shipped weights): span-level P/R/F1 for PERS, LOC, ORG and micro overall, as `score.mjs conll` computes it;
 *  2. the gold articles (../shared/eval/gold/*.txt): findEntities on each, scored with score.mjs's own entity
 *     matching (type + any stemmed form equal, one-to-one).
 *
 *   npx tsx scripts/eval-ner.ts [--verbose]
 */

import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type Prf, parseConll, scoreSpans, splitDev } from '../lib/analysis/entities/conll';
import { findEntities } from '../lib/analysis/entities/index';
import { type Tagger, tagSentences } from '../lib/analysis/entities/tagger';
import { bootstrapF1, prfLine } from '../lib/analysis/metrics';
import shippedWeights from '../lib/lexicon/ner/weights.json';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/** The repository's copy of the gold articles when it has one, else the shared one. */
export const GOLD_DIR = existsSync(join(root, 'eval/gold/arabi21_baghouz.json'))
  ? join(root, 'eval/gold')
  : resolve(root, '../shared/eval/gold');
const SCORER = resolve(root, '../shared/eval/score.mjs');

const line = prfLine;

/** data/anercorp/train.conll as text, and split into the training part (first 90%) and the dev split. */
export function anercorp() {
  const conll = readFileSync(join(root, 'data/anercorp/train.conll'), 'utf8');
  return { conll, ...splitDev(parseConll(conll)) };
}

/**
 * Tags the dev split (with the shipped tagger unless another is given, as the retraining scripts do); returns
 * gold and predicted tag sequences and the scores.
 */
export function devScores(tagger?: Tagger, dev = anercorp().dev) {
  const gold = dev.map((s) => s.tags);
  const pred = tagSentences(
    dev.map((s) => s.tokens),
    tagger,
  );
  return { dev, gold, pred, scores: scoreSpans(gold, pred) };
}

/** Runs findEntities on every gold article and scores with score.mjs. */
export async function articleScores(verbose = false, goldDir = GOLD_DIR): Promise<Record<string, Prf> | undefined> {
  if (!existsSync(goldDir) || !existsSync(SCORER)) return undefined;
  const scorer = await import(pathToFileURL(SCORER).href);
  const dir = mkdtempSync(join(tmpdir(), 'isnad-ner-'));
  try {
    for (const f of readdirSync(goldDir).filter((x) => x.endsWith('.txt'))) {
      const text = readFileSync(join(goldDir, f), 'utf8');
      const entities = findEntities(text);
      writeFileSync(join(dir, f.replace(/\.txt$/, '.json')), JSON.stringify({ attributions: [], entities }));
      if (verbose) diff(goldDir, f.replace(/\.txt$/, ''), entities, scorer);
    }
    return scorer.scoreArticles(goldDir, dir, false).entities;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Lists, per article, predicted entities no gold entity matches and gold entities nothing matched. */
function diff(
  goldDir: string,
  id: string,
  pred: ReturnType<typeof findEntities>,
  scorer: { namesMatch: unknown; normalize: (s: string) => string },
) {
  const gold = JSON.parse(readFileSync(join(goldDir, `${id}.json`), 'utf8')).entities as {
    name: string;
    type: string;
    aliases?: string[];
  }[];
  const norm = (s: string) => scorer.normalize(s);
  const gForms = (e: { name: string; aliases?: string[] }) => [e.name, ...(e.aliases ?? [])].map(norm);
  const pForms = (e: (typeof pred)[number]) => [e.name, ...e.aliases, ...e.mentions.map((m) => m.text)].map(norm);
  for (const p of pred) {
    const hit = gold.some(
      (g) =>
        g.type === p.type &&
        gForms(g).some((x) =>
          pForms(p).some((y) => x === y || x.replace(/^(ال|لل)/, '') === y.replace(/^(ال|لل)/, '')),
        ),
    );
    if (!hit) console.log(`${id}\tFP\t${p.type}\t${p.name}\t[${p.aliases.join('; ')}]`);
  }
  for (const g of gold) {
    const hit = pred.some(
      (p) =>
        g.type === p.type &&
        gForms(g).some((x) =>
          pForms(p).some((y) => x === y || x.replace(/^(ال|لل)/, '') === y.replace(/^(ال|لل)/, '')),
        ),
    );
    if (!hit) console.log(`${id}\tFN\t${g.type}\t${g.name}`);
  }
}

/** Prints the ANERcorp dev figures and the gold-article entity scores (`npm run eval` calls this). */
/** ANERcorp dev-split figures (PERS/LOC/ORG span F1), as `npm run eval` prints them. */
export function printAnercorpDev(): void {
  const { gold, pred, scores } = devScores();
  console.log('ANERcorp dev split (last 10% of train.conll), span level:');
  if (shippedWeights.about.includes('all of'))
    console.log(
      '  (the shipped weights are trained on all of train.conll, dev split included, so these figures are not an\n   estimate: `npx tsx scripts/ner-seeds.ts` retrains on the first 90% and gives the fair dev figures)',
    );
  for (const [t, m] of Object.entries(scores)) console.log(line(t === 'all' ? 'micro (all)' : t, m));
  const units = gold.map((g, i) => {
    const m = scoreSpans([g], [pred[i]]).all;
    return [m.tp, m.pred, m.gold] as const;
  });
  const [lo, hi] = bootstrapF1(units);
  console.log(
    `micro F1 95% interval   ${(100 * lo).toFixed(1)}–${(100 * hi).toFixed(1)} (block bootstrap: runs of 10 dev sentences, 1,000 resamples)`,
  );
}

export async function runNerEval(verbose = false, goldDir = GOLD_DIR): Promise<void> {
  printAnercorpDev();
  const art = await articleScores(verbose, goldDir);
  if (!art) {
    console.log(`gold articles: ${goldDir} or the scorer not found, skipped`);
    return;
  }
  console.log('Gold articles, entities (score.mjs definitions):');
  for (const [t, m] of Object.entries(art)) console.log(line(`entities ${t}`, m));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await runNerEval(process.argv.includes('--verbose'));
}
