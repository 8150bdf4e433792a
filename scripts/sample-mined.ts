/**
 * Reads the analyser's output on ANT articles (text nobody tuned on) where a mined lexicon entry
 * (lib/lexicon/mined-ant.ts) made the difference: the cue is a mined verb, participle or verbal noun, or the
 * source's first word is a mined anonymous head. Prints the counts per entry and a seeded random sample with its
 * sentence, for a person to judge against eval/GUIDELINES.md (stances and agentless passives are errors).
 *
 *   npx tsx scripts/sample-mined.ts [SEED] [N] [ARTICLES]     (defaults: 1, 40, 3000 articles read from the start)
 */
import { createReadStream } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createGunzip } from 'node:zlib';
import { analyze } from '../lib/analysis/index';
import { seededRandom } from '../lib/analysis/random';
import { bareNoun, stripConj } from '../lib/arabic/clitics';
import { foldToken } from '../lib/arabic/tokens';
import { VERB_FORMS } from '../lib/lexicon/cue-forms';
import {
  MINED_ANONYMOUS_HEADS,
  MINED_CUE_VERBS,
  MINED_PARTICIPLE_STEMS,
  MINED_SELF_SOURCE_NOUNS,
  MINED_VERBAL_NOUNS,
} from '../lib/lexicon/mined-ant';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [seed = 1, n = 40, max = 3000] = process.argv.slice(2).map(Number);

const verbLemmas = new Set(MINED_CUE_VERBS.map((v) => foldToken(v.past ?? v.present)));
const stems = MINED_PARTICIPLE_STEMS.map(foldToken);
const nouns = new Set([...MINED_VERBAL_NOUNS, ...MINED_SELF_SOURCE_NOUNS].map(foldToken));
const heads = new Set(MINED_ANONYMOUS_HEADS.map(foldToken));

/** Which mined entry explains this cue or source head, if any. */
function minedEntry(cue: string, head: string): string | null {
  const f = foldToken(cue);
  const vf = VERB_FORMS.get(f) ?? VERB_FORMS.get(stripConj(f));
  if (vf && verbLemmas.has(vf.lemma)) return `verb ${vf.lemma}`;
  const s = stems.find((x) => stripConj(f).startsWith(x));
  if (s && !vf) return `participle ${s}`;
  if (nouns.has(bareNoun(f))) return `noun ${bareNoun(f)}`;
  const h = bareNoun(foldToken(head));
  if (heads.has(h)) return `head ${h}`;
  return null;
}

interface Hit {
  entry: string;
  line: string;
}
const hits: Hit[] = [];
let articles = 0;
let words = 0;
let total = 0;
const rl = createInterface({
  input: createReadStream(join(root, '../shared/data/ant/articles.jsonl.gz')).pipe(createGunzip()),
});
for await (const raw of rl) {
  if (articles >= max) break;
  const a = JSON.parse(raw) as { id: string; title: string; text: string };
  const text = `${a.title}\n\n${a.text}`;
  articles++;
  words += text.split(/\s+/).length;
  const { attributions } = analyze(text, { entities: false });
  total += attributions.length;
  for (const x of attributions) {
    const cue = text.slice(x.cue.start, x.cue.end);
    const head = x.source.mention ? text.slice(x.source.mention.start, x.source.mention.end).split(/\s+/)[0] : '';
    const entry = minedEntry(cue, head);
    if (!entry) continue;
    const src = x.source.mention ? text.slice(x.source.mention.start, x.source.mention.end) : `(${x.source.name})`;
    const claim = text.slice(x.claim.start, Math.min(x.claim.end, x.claim.start + 90));
    const from = text.lastIndexOf('\n', x.cue.start) + 1;
    const ctx = text.slice(Math.max(from, x.cue.start - 60), Math.min(text.length, x.cue.start + 140));
    hits.push({
      entry,
      line: `${a.id}\t${entry}\tcue=${cue} | src=${src} [${x.source.kind}] | claim=${claim}\n    ${ctx.replace(/\s+/g, ' ')}`,
    });
  }
}
const per = new Map<string, number>();
for (const h of hits) per.set(h.entry, (per.get(h.entry) ?? 0) + 1);
console.log(`${articles} ANT articles, ${words} words, ${total} attributions, ${hits.length} from mined entries`);
console.log(
  [...per.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([e, c]) => `${e}=${c}`)
    .join('  '),
);
const random = seededRandom(seed);
const picks = new Set<number>();
while (picks.size < Math.min(n, hits.length)) picks.add(Math.floor(random() * hits.length));
for (const i of [...picks].sort((a, b) => a - b)) console.log(hits[i].line);
