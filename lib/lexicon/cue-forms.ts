import { foldToken } from '../arabic/tokens';
import { AMBIGUOUS_FORMS, CUE_VERBS, type Takes } from './cue-verbs';
import { PARTICIPLE_ENDINGS, PARTICIPLE_NEEDS_CLAUSE, PARTICIPLE_STEMS } from './participles';

/**
 * Expands the reporting-verb and participle lists into every folded surface form, once at load:
 * past `قال قالت قالوا قالا قالتا` + object pronouns (`أبلغته`, `وصفتها`, `نفاه`), present
 * `يقول تقول يقولون يقولان تقولان` + object pronouns (`يصفونه`). Defective verbs (`نفى/ينفي`) get their own
 * endings (`نفت نفوا ينفون`). Lookups strip و/ف first (cues.ts).
 */
export interface VerbForm {
  lemma: string;
  takes: Takes;
  /** Needs a content clause right after the source (ambiguous bare forms). */
  strict: boolean;
}

const OBJ = ['ه', 'ها', 'هم', 'هما', 'ني', 'نا'];
const ambiguous = new Set(AMBIGUOUS_FORMS.map(foldToken));

function pastForms(past: string): string[] {
  const p = foldToken(past);
  const out: string[] = [];
  if (p.endsWith('ي')) {
    // Defective: نفى → نفت، نفوا، نفاه، نفتها
    const s = p.slice(0, -1);
    out.push(p, `${s}ت`, `${s}وا`);
    for (const o of OBJ) out.push(`${s}ا${o}`, `${s}ت${o}`, `${s}و${o}`);
    return out;
  }
  // The dual (`قالا`) is left out: `تابعا`, `كاتبا` are far more often adjectives.
  out.push(p, `${p}ت`, `${p}وا`);
  // A bare past of an ambiguous verb with `ه` (`تابعه`) reads as an adjective (`تابعة`) once folded.
  const noHa = ambiguous.has(p);
  for (const o of OBJ) out.push(`${p}ت${o}`, `${p}و${o}`, `${p}وا${o}`, ...(o === 'ه' && noHa ? [] : [`${p}${o}`]));
  return out;
}

function presentForms(present: string): string[] {
  const p = foldToken(present);
  const stem = p.slice(1);
  const out: string[] = [];
  const defective = stem.endsWith('ي');
  const plStem = defective ? stem.slice(0, -1) : stem;
  for (const pre of ['ي', 'ت']) {
    out.push(`${pre}${stem}`, `${pre}${plStem}ون`, `${pre}${stem}ان`, `${pre}${plStem}ين`);
    for (const o of OBJ) out.push(`${pre}${stem}${o}`, `${pre}${plStem}ون${o}`);
  }
  return out;
}

export const VERB_FORMS = new Map<string, VerbForm>();
for (const v of CUE_VERBS) {
  const lemma = foldToken(v.past ?? v.present);
  const takes = v.takes ?? 'clause';
  for (const f of [
    ...(v.past ? pastForms(v.past) : []),
    ...presentForms(v.present),
    ...(v.forms ?? []).map(foldToken),
  ]) {
    if (f.length < 3) continue;
    if (!VERB_FORMS.has(f)) VERB_FORMS.set(f, { lemma, takes, strict: ambiguous.has(lemma) });
  }
}

export interface ParticipleForm {
  stem: string;
  strict: boolean;
}

export const PARTICIPLE_FORMS = new Map<string, ParticipleForm>();
const needsClause = new Set(PARTICIPLE_NEEDS_CLAUSE.map(foldToken));
for (const s of PARTICIPLE_STEMS) {
  const stem = foldToken(s);
  for (const e of PARTICIPLE_ENDINGS) {
    const f = stem.endsWith('ي') && e.startsWith('ي') ? `${stem}${e.slice(1)}` : `${stem}${e}`;
    if (!PARTICIPLE_FORMS.has(f)) PARTICIPLE_FORMS.set(f, { stem, strict: needsClause.has(stem) });
  }
}
