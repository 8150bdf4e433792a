/**
 * Prepositional attributions (GUIDELINES "Include"): `وفقا لـ`، `بحسب`، `حسب`، `حسبما`، `نقلا عن`، `وفق`،
 * `على لسان`، `طبقا لـ`. `kind` says how the source follows:
 *   - 'lam': the next word carries the preposition ل (`وفقا للمصادر`, `وفقا لـ"ديلي ميل"`);
 *   - 'direct': the source follows directly (`بحسب الشرطة`, `وفق المركز الإعلامي`);
 *   - 'an': after `عن` (`نقلا عن مصدر`);
 *   - 'verb': a reporting verb then the source (`حسبما ذكرت وكالة`, `بحسب ما أفاد`).
 * `second` is a required second word (`على لسان`).
 */
export interface CuePrep {
  word: string;
  kind: 'lam' | 'direct' | 'an' | 'verb';
  second?: string;
}

export const CUE_PREPS: CuePrep[] = [
  { word: 'وفقا', kind: 'lam' },
  { word: 'طبقا', kind: 'lam' },
  { word: 'استنادا', kind: 'lam' },
  { word: 'بحسب', kind: 'direct' },
  { word: 'حسب', kind: 'direct' },
  { word: 'وفق', kind: 'direct' },
  { word: 'حسبما', kind: 'verb' },
  { word: 'نقلا', kind: 'an' },
  { word: 'على', kind: 'direct', second: 'لسان' },
  // `…، على ما أفادت وكالة الأنباء`: like حسبما (183 after a comma in ANT, data/mined).
  { word: 'على', kind: 'verb', second: 'ما' },
];

/**
 * Same-speaker tags (Decision 6): `على حد تعبيره`, `وفقا لقوله`, `حسب كلامه`. When the word after a
 * prepositional cue is one of these speech nouns carrying a pronoun, it is not a new source.
 */
export const SPEECH_NOUNS = [
  'قول',
  'تعبير',
  'كلام',
  'وصف',
  'تصريح',
  'تصريحات',
  'رأي',
  'زعم',
  'رواية',
  'تقدير',
  'خطاب',
  'كلمة',
  'تغريدة',
  'حديث',
  'شهادة',
];
/** Pronoun suffixes on those nouns (folded). */
export const PRONOUN_SUFFIXES = ['ه', 'ها', 'هم', 'هما', 'ي', 'نا', 'هن'];
/** `على حد تعبيره` — `حد` after على is a same-speaker tag too. */
export const SAME_SPEAKER_PHRASES = ['حد'];
