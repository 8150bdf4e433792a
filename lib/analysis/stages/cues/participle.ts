import { stripConj } from '../../../arabic/clitics';
import { objectClaimAt, opener } from '../claim-span';
import { cueGender, focusFor, sentenceSubject } from '../coreference';
import { RULE } from '../rules';
import { skipSettings } from '../settings';
import { emit, remember, type State } from '../state';
import { isComma } from '../token-tests';

/**
 * Participle cues: `مضيفا أن`, `مؤكدة أن`, `، متهما X بـ…` continue the speaker of their sentence (or the source
 * in focus); they never name a source of their own.
 */

export function participleCue(st: State, i: number, strict: boolean): number {
  const limit = st.end[i];
  const j = skipSettings(st, i + 1, limit);
  let claim = opener(st, j);
  if (!claim && !strict) {
    const t = st.toks[j];
    // `مؤكدا ضرورة …` has no clause; `متهمين X بـ…` is an accusation.
    // `، متهما X بـ…` continues a clause; `اعتقال 5 متهمين بالإرهاب` ("suspects") does not.
    const afterComma = i > 0 && isComma(st.toks[i - 1]);
    if (t?.word && afterComma && /^متهم/.test(stripConj(st.toks[i].f))) {
      claim = objectClaimAt(st, j, limit, { lemma: 'اتهم', takes: 'accuse', strict: false });
    }
  }
  if (!claim) return i + 1;
  const subject = sentenceSubject(st, i);
  const src = subject ?? focusFor(st, cueGender(st, i, null));
  if (!src) return i + 1;
  emit(st, { a: i, b: i + 1 }, src, null, claim, RULE.participle, 0.75);
  // A subject first met here (`وجه الشيخ X بتعيين …، مشيرا إلى أن`) is who the next `وقال`/`وأضاف` refers to.
  if (subject && subject !== st.focus) remember(st, { ...subject, gender: subject.gender ?? cueGender(st, i, null) });
  return i + 1;
}
