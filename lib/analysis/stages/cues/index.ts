import { stripPrep } from '../../../arabic/clitics';
import { PARTICIPLE_FORMS, VERB_FORMS } from '../../../lexicon/cue-forms';
import { LEX } from '../../lexicon';
import type { State } from '../state';
import { participleCue } from './participle';
import { prepCue } from './preposition';
import { verbCue } from './verb';
import { selfSourceCue, verbalNounCue } from './verbal-noun';
import { cueBare, isPrepCueAt } from './words';

/**
 * Cue finding: walks the tokens once and, at each cue word, hands over to the reader for its kind of cue —
 * prepositional (preposition.ts), verb (verb.ts), participle (participle.ts), verbal noun or report noun
 * (verbal-noun.ts). Each reader emits what it finds and says where the walk resumes.
 */
export function findAttributions(st: State): void {
  let i = 0;
  while (i < st.n) {
    const next = tryCue(st, i);
    i = next > i ? next : i + 1;
  }
}

export function tryCue(st: State, i: number): number {
  const t = st.toks[i];
  if (!t.word) return i + 1;
  const f = t.f;
  const bare = cueBare(f);
  if (isPrepCueAt(st.toks, i)) return prepCue(st, i);
  const vf = VERB_FORMS.get(f) ?? VERB_FORMS.get(bare);
  if (vf) return verbCue(st, i, vf);
  const pf = PARTICIPLE_FORMS.get(f) ?? PARTICIPLE_FORMS.get(bare);
  if (pf) return participleCue(st, i, pf.strict);
  const noun = stripPrep(f);
  const nb = noun.startsWith('ال') ? noun.slice(2) : noun;
  if (LEX.verbalNouns.has(noun) || LEX.verbalNouns.has(nb)) return verbalNounCue(st, i);
  if (LEX.selfSource.has(noun) || LEX.selfSource.has(nb)) return selfSourceCue(st, i);
  return i + 1;
}
