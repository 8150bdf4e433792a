/**
 * Reads the analyser on text it was not tuned on: ANERcorp's news sentences (data/anercorp/train.conll, 2006-era
 * Arabic news, ~114,000 words once punctuation is re-attached), five sentences to a paragraph. Prints how many
 * attributions it finds and a seeded random sample of them with their context, for a person to judge against
 * eval/GUIDELINES.md. No gold exists for this text, so the output is for reading, not a score; eval/RESULTS.md
 * records what such readings found.
 *
 *   npx tsx scripts/sample-attributions.ts [SEED] [N] [--entities]      (defaults: 1, 40; entities off)
 *
 * Without --entities the analyser runs without the entity finder (as eval/RESULTS.md's readings did): a harder
 * case than the extension, where found names help to place sources the lexicons do not know.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseConll } from '../lib/analysis/entities/conll';
import { analyze } from '../lib/analysis/index';
import { seededRandom } from '../lib/analysis/random';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const sentences = parseConll(readFileSync(join(root, 'data/anercorp/train.conll'), 'utf8'));

/** ANERcorp splits punctuation off; news text attaches it (`قال:`, `"نص"`), and the analyser expects that. */
function detokenize(tokens: readonly string[]): string {
  let out = '';
  let quoteOpen = false;
  let glueNext = false;
  for (const t of tokens) {
    const closing = /^[.,،:;!?؟)»\]]$/.test(t) || (t === '"' && quoteOpen);
    if (t === '"') quoteOpen = !quoteOpen;
    out += (out && !closing && !glueNext ? ' ' : '') + t;
    glueNext = /^[(«[]$/.test(t) || (t === '"' && quoteOpen);
  }
  return out;
}

const paragraphs: string[] = [];
for (let i = 0; i < sentences.length; i += 5) {
  paragraphs.push(
    sentences
      .slice(i, i + 5)
      .map((s) => detokenize(s.tokens))
      .join(' '),
  );
}
const text = paragraphs.join('\n');
const t0 = performance.now();
const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const { attributions } = analyze(text, { entities: process.argv.includes('--entities') });
const ms = performance.now() - t0;
console.log(`${text.split(/\s+/).length} words, ${attributions.length} attributions, ${ms.toFixed(0)} ms`);

const seed = Number(args[0] ?? 1);
const n = Math.min(Number(args[1] ?? 40), attributions.length);
const random = seededRandom(seed);
const picks = new Set<number>();
while (picks.size < n) picks.add(Math.floor(random() * attributions.length));
for (const i of [...picks].sort((a, b) => a - b)) {
  const x = attributions[i];
  const from = Math.min(x.cue.start, x.claim.start, x.source.mention?.start ?? x.cue.start);
  const to = Math.max(x.cue.end, x.claim.end, x.source.mention?.end ?? x.cue.end);
  console.log(`#${i} [${x.source.kind}] source «${x.source.mention?.text ?? x.source.name}» cue «${x.cue.text}»`);
  console.log(`   claim «${x.claim.text.slice(0, 200)}»`);
  console.log(`   context ${text.slice(Math.max(0, from - 60), to + 40).replace(/\n/g, ' ⏎ ')}`);
}
