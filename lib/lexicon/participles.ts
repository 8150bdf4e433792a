import { MINED_PARTICIPLE_NEEDS_CLAUSE, MINED_PARTICIPLE_STEMS } from './mined-ant';

/**
 * Participial continuations of a reported speech (`مضيفا أن`, `مشيرا إلى أن`, `مؤكدا`): the source is the
 * subject of the sentence they continue. Listed as the masculine stem; `cue-forms.ts` adds the endings
 * (-ا/-اً, -ة, -ين, -ون, -ات, -تين). Made by hand from GUIDELINES.md and the active participles of the
 * reporting verbs in cue-verbs.ts.
 */
export const PARTICIPLE_STEMS = [
  'مضيف',
  'مؤكد',
  'مشير',
  'لافت',
  'موضح',
  'منوه',
  'معتبر',
  'محذر',
  'متهم',
  'مبرر',
  'متوعد',
  'مشدد',
  'قائل',
  'معلن',
  'واصف',
  'ناف',
  'نافي',
  'مستطرد',
  'مستدرك',
  'مرجح',
  'كاشف',
  'زاعم',
  'مدعي',
  'مبين',
  'متسائل',
  'مختتم',
  'مذكر',
  'معترف',
  'مهدد',
  'مستبعد',
  'مردف',
  // Mined from the ANT corpus and reviewed (mined-ant.ts).
  ...MINED_PARTICIPLE_STEMS,
];

/**
 * Masculine stems of participles that are frequent adjectives or nouns and need a content clause after them.
 * (`متهم` "accused" is handled apart: it counts with `بـ` + verbal noun, as an accusation.)
 */
export const PARTICIPLE_NEEDS_CLAUSE = [
  'مبين',
  'مذكر',
  'كاشف',
  'قائل',
  'معلن',
  'مهدد',
  ...MINED_PARTICIPLE_NEEDS_CLAUSE,
];

/** Endings a participle takes in the news register (tanween is folded away). */
export const PARTICIPLE_ENDINGS = ['ا', 'ه', 'ين', 'ون', 'ات', 'تين', 'تان', 'ان', 'يا', 'يه', 'يين'];
