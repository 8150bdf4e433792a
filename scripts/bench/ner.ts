/**
 * Entity tagging speed in Node: tokens per second by the fastest run's process CPU time (steady on a shared
 * machine), with the wall-clock median and minimum beside it.
 *  1. the tagger alone on the ANERcorp development split (features + both stages + Viterbi);
 *  2. findEntities (tokenising, tagging, gazetteers, rules, linking) on the gold articles.
 * Run: npx tsx scripts/bench/ner.ts (also run by `npm run bench`).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseConll, splitDev } from '../../lib/analysis/entities/conll';
import { findEntities } from '../../lib/analysis/entities/index';
import { shippedTagger, tagSentences } from '../../lib/analysis/entities/tagger';
import { tokenize } from '../../lib/analysis/entities/text';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

interface Timing {
  /** Wall-clock ms: median of the runs. */
  median: number;
  /** Wall-clock ms: fastest run. */
  min: number;
  /** Process CPU ms (user + system) of the fastest run by CPU: on a shared machine other processes stretch the
   * wall clock of a run but barely its CPU time, so this is the figure to compare before/after. */
  cpu: number;
}

function timeRuns(fn: () => void): Timing {
  fn(); // warm-up: weights loaded, code compiled
  const ms: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    ms.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { median: median(ms), min: Math.min(...ms), cpu: Math.min(...cpu) };
}

const rate = (tokens: number, ms: number) => Math.round((tokens / ms) * 1000);
const timingLine = (tokens: number, t: Timing) =>
  `wall ${t.median.toFixed(1)} ms median / ${t.min.toFixed(1)} ms min of ${RUNS} (${rate(tokens, t.median)} / ${rate(tokens, t.min)} tokens/s), CPU ${t.cpu.toFixed(1)} ms min → ${rate(tokens, t.cpu)} tokens/s`;

export function runNerBench(): { taggerTokensPerSecond: number; findEntitiesTokensPerSecond?: number } {
  const t0 = performance.now();
  shippedTagger();
  console.log(`weights load: ${(performance.now() - t0).toFixed(0)} ms`);
  const { dev } = splitDev(parseConll(readFileSync(join(root, 'data/anercorp/train.conll'), 'utf8')));
  const sentences = dev.map((s) => s.tokens);
  const tokens = sentences.reduce((a, s) => a + s.length, 0);
  // The tagger remembers each word's own weights; every timed run starts with that memory empty, so the figure
  // is for text never seen before (repeats within the text still count, as they would on a page).
  const forget = () => shippedTagger().words.clear();
  const t1 = timeRuns(() => {
    forget();
    tagSentences(sentences);
  });
  const taggerTokensPerSecond = rate(tokens, t1.cpu);
  console.log(`NER tagger (ANERcorp dev, ${tokens} tokens): ${timingLine(tokens, t1)}`);

  const goldDir = resolve(root, '../shared/eval/gold');
  if (!existsSync(goldDir)) return { taggerTokensPerSecond };
  const texts = readdirSync(goldDir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(goldDir, f), 'utf8'));
  const words = texts.reduce((a, t) => a + tokenize(t).length, 0);
  const ms2 = timeRuns(() => {
    for (const t of texts) {
      forget(); // each article as if it were the first
      findEntities(t);
    }
  });
  const findEntitiesTokensPerSecond = rate(words, ms2.cpu);
  console.log(`findEntities (${texts.length} gold articles, ${words} tokens): ${timingLine(words, ms2)}`);
  return { taggerTokensPerSecond, findEntitiesTokensPerSecond };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) runNerBench();
