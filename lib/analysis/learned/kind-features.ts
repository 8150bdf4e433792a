/**
 * Features of a source phrase for the learned source-kind stage (kind-stage.ts): the rules' own decision, the
 * words of the phrase (clitic-stripped), its head's definiteness and number, lexicon classes, entity types the
 * tagger found inside it, and the cue's number. Binary features as strings; pure, no DOM.
 */
import { isDefinite } from '../../arabic/clitics';
import type { Token } from '../../arabic/tokens';
import { nounBare as bareNoun, LEX, nounForm } from '../lexicon';
import type { MentionIndex } from '../mention-index';
import type { Attribution } from '../schema';

export interface FeatureContext {
  toks: Token[];
  mentions: MentionIndex;
}

/** Index of the first token starting at or after `offset` (binary search). */
export function tokenFrom(toks: Token[], offset: number): number {
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function lexClasses(f: string): string[] {
  const bare = bareNoun(f);
  const form = nounForm(f);
  const out: string[] = [];
  if (LEX.anon.has(bare) || LEX.anon.has(form)) out.push('anon');
  if (LEX.titles.has(bare)) out.push('title');
  if (LEX.orgHeads.has(bare) || LEX.orgHeads.has(form)) out.push('org');
  if (LEX.docHeads.has(bare)) out.push('doc');
  if (LEX.states.has(form) || LEX.states.has(bare)) out.push('state');
  if (LEX.knownOrgs.has(form) || LEX.knownOrgs.has(bare)) out.push('knownorg');
  if (LEX.quantifiers.has(form) || LEX.quantifiers.has(bare)) out.push('quant');
  if (LEX.anonMarkers.has(f)) out.push('marker');
  return out;
}

/** Number shape of a folded word: sound plural, dual, nisba adjective. */
function shape(f: string): string[] {
  const w = bareNoun(f);
  const out: string[] = [];
  if (w.length > 4 && /(?:ون|ين)$/.test(w)) out.push('pl-m');
  if (w.length > 4 && /ات$/.test(w)) out.push('pl-f');
  if (w.length > 4 && /ان$/.test(w)) out.push('dual');
  // Feminine (ة, folded ه) and masculine (ي) endings apart: `الأكاديمية` is an institution, `الرحباني` a surname.
  if (w.length > 3 && /يه$/.test(w)) out.push('nisba-f');
  else if (w.length > 3 && /ي$/.test(w)) out.push('nisba-m');
  else if (w.length > 2 && /ه$/.test(w)) out.push('fem');
  if (/^[0-9٠-٩]/.test(w)) out.push('digit');
  if (/^[a-z]/.test(w)) out.push('latin');
  return out;
}

export function kindFeatures(a: Attribution, ctx: FeatureContext): string[] {
  const m = a.source.mention;
  if (!m) return [];
  const { toks } = ctx;
  const feats = [`rk=${a.source.kind}`, `rule=${a.why.rule}`];
  const from = tokenFrom(toks, m.start);
  const words: Token[] = [];
  for (let j = from; j < toks.length && toks[j].start < m.end; j++) if (toks[j].word) words.push(toks[j]);
  if (!words.length) return feats;
  const head = words[0];
  const hb = bareNoun(head.f);
  feats.push(`h=${hb}`, `hdef=${isDefinite(head.f) ? 1 : 0}`, `len=${Math.min(words.length, 5)}`);
  feats.push(`l=${bareNoun(words[words.length - 1].f)}`);
  if (words.length > 1) feats.push(`h2=${bareNoun(words[1].f)}`);
  for (const c of lexClasses(head.f)) feats.push(`hlex=${c}`);
  for (const s of shape(head.f)) feats.push(`hshape=${s}`);
  for (const w of words) {
    feats.push(`w=${bareNoun(w.f)}`);
    for (const c of lexClasses(w.f)) feats.push(`lex=${c}`);
    for (const s of shape(w.f)) feats.push(`shape=${s}`);
  }
  if (/[%٪]/.test(m.text)) feats.push('percent');
  const ms = ctx.mentions.overlapping(m.start, m.end);
  for (const e of ms) {
    feats.push(`ent=${e.type}`);
    if (e.start <= head.start && e.end >= head.end) feats.push(`hent=${e.type}`);
  }
  if (!ms.length) feats.push('ent=none');
  const cue = nounForm(toks[tokenFrom(toks, a.cue.start)]?.f ?? '');
  if (/(?:وا|ون)$/.test(cue)) feats.push('cue=pl');
  else if (/(?:ا|تا)$/.test(cue) && cue.length > 3) feats.push('cue=dual');
  return feats;
}
