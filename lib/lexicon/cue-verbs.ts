import { MINED_AMBIGUOUS_FORMS, MINED_CUE_VERBS } from './mined-ant';

/**
 * Reporting verbs (GUIDELINES.md "Attributions"): verbs of saying, stating, revealing, confirming, denying,
 * warning, believing, considering and reporting. Each entry gives the 3rd person masculine singular past and
 * present; `cue-forms.ts` derives every conjugation the news register uses (past/present, masculine/feminine,
 * dual/plural, object pronouns) and the و/ف prefixes are stripped at lookup.
 *
 * `takes` says what may follow the source:
 *   - 'clause' (default): a content clause (أن/إن/بأن), a colon, or a quotation;
 *   - 'object': also a bare noun object (denials: `نفى الروس هذه الاتهامات`, GUIDELINES Decision 3);
 *   - 'accuse': `اتهم X بـ…` (Decision 1): the claim runs from the accused to the end;
 *   - 'about': also `عن` + object (`كشف عن وجود…`).
 * Made by hand from the verb list in GUIDELINES.md, widened with the synonyms news agencies use.
 */
export type Takes = 'clause' | 'object' | 'accuse' | 'about' | 'describe';

export interface CueVerb {
  /** Absent when the past is unusable (see اعتقد). */
  past?: string;
  present: string;
  takes?: Takes;
  /** Extra irregular forms (defective and hollow verbs), already conjugated. */
  forms?: string[];
}

export const CUE_VERBS: CueVerb[] = [
  { past: 'قال', present: 'يقول', forms: ['قلت', 'قالتا'] },
  { past: 'أكد', present: 'يؤكد', takes: 'object' },
  { past: 'أوضح', present: 'يوضح' },
  { past: 'أضاف', present: 'يضيف' },
  { past: 'أشار', present: 'يشير' },
  { past: 'لفت', present: 'يلفت' },
  { past: 'كشف', present: 'يكشف', takes: 'about' },
  { past: 'ذكر', present: 'يذكر' },
  { past: 'أفاد', present: 'يفيد' },
  { past: 'أعلن', present: 'يعلن', takes: 'about' },
  { past: 'صرح', present: 'يصرح' },
  { past: 'نفى', present: 'ينفي', takes: 'object' },
  { past: 'رأى', present: 'يرى' },
  { past: 'اعتبر', present: 'يعتبر', takes: 'describe' },
  // The past اعتقد is spelt like the first person أعتقد ("I think") once folded: present only.
  { present: 'يعتقد', forms: ['اعتقدت', 'اعتقدوا'] },
  { past: 'حذر', present: 'يحذر', takes: 'object' },
  { past: 'شدد', present: 'يشدد' },
  { past: 'زعم', present: 'يزعم' },
  { past: 'ادعى', present: 'يدعي' },
  { past: 'نقل', present: 'ينقل' },
  { past: 'أورد', present: 'يورد', takes: 'object' },
  { past: 'تابع', present: 'يتابع' },
  { past: 'أبلغ', present: 'يبلغ' },
  { past: 'اتهم', present: 'يتهم', takes: 'accuse' },
  { past: 'وصف', present: 'يصف', takes: 'describe' },
  { past: 'كتب', present: 'يكتب' },
  { past: 'علق', present: 'يعلق' },
  { past: 'استطرد', present: 'يستطرد' },
  { past: 'مضى', present: 'يمضي' },
  { past: 'ختم', present: 'يختم' },
  { past: 'خلص', present: 'يخلص' },
  { past: 'أظهر', present: 'يظهر' },
  { past: 'توقع', present: 'يتوقع', takes: 'object' },
  { past: 'وثق', present: 'يوثق', takes: 'object' },
  { past: 'جادل', present: 'يجادل' },
  { past: 'تساءل', present: 'يتساءل' },
  { past: 'استبعد', present: 'يستبعد', takes: 'object' },
  { past: 'اقتبس', present: 'يقتبس' },
  { past: 'صرخ', present: 'يصرخ' },
  { past: 'خاطب', present: 'يخاطب' },
  { past: 'أقر', present: 'يقر' },
  { past: 'اعترف', present: 'يعترف' },
  { past: 'رجح', present: 'يرجح', takes: 'object' },
  { past: 'أبرز', present: 'يبرز' },
  { past: 'روى', present: 'يروي' },
  { past: 'أخبر', present: 'يخبر' },
  { past: 'استنتج', present: 'يستنتج' },
  { past: 'لاحظ', present: 'يلاحظ' },
  { past: 'توعد', present: 'يتوعد' },
  { past: 'هدد', present: 'يهدد' },
  { past: 'ذهب', present: 'يذهب' },
  // `جاء في التقرير أن`: only with a clause, the document after في is the source.
  { past: 'جاء', present: 'يجيء' },
  { past: 'أردف', present: 'يردف' },
  { past: 'نشر', present: 'ينشر' },
  { past: 'أفصح', present: 'يفصح', takes: 'about' },
  // Mined from the ANT corpus and reviewed (mined-ant.ts).
  ...MINED_CUE_VERBS,
];

/**
 * Bare forms that are also frequent non-reporting words (`بين` "between", `عدد` "number", `قدر`
 * "amount", `كتب` "books", `نشر` "publishing", `وصف` "description", `ذكر` "mention"): they count as cues only
 * with a content clause right after the source, never with a bare object.
 */
export const AMBIGUOUS_FORMS = [
  'بين',
  'قدر',
  'كتب',
  'نشر',
  'أبرز',
  'أظهر',
  'هدد',
  'ذهب',
  'مضى',
  'لاحظ',
  'ختم',
  'جاء',
  'تابع',
  'وصف',
  ...MINED_AMBIGUOUS_FORMS,
];

/**
 * Stances and calls that are not claims (GUIDELINES "Leave out"): `أعرب عن قلقه`, `دعا إلى`, `طالب بـ`,
 * `رحب بـ`. They are not in the verb list; the list is kept for the tests and documentation.
 */
export const STANCE_VERBS = ['أعرب', 'يعرب', 'دعا', 'يدعو', 'طالب', 'يطالب', 'رحب', 'يرحب', 'عبر', 'يعبر'];

/**
 * Impersonal background and agentless passives (GUIDELINES "Leave out", Decision 4). When one of these forms is
 * followed directly by a complementiser there is no source: `يذكر أن`, `يشار إلى أن`, `يعتقد أن`, `أفيد بأن`.
 */
export const IMPERSONAL_FORMS = [
  'يذكر',
  'ويذكر',
  'يلاحظ',
  'ويلاحظ',
  'يشار',
  'ويشار',
  'يعتقد',
  'ويعتقد',
  'يعتقد',
  'يقال',
  'قيل',
  'أفيد',
  'يفترض',
  'يرجح',
  'يتوقع',
  'يبدو',
];

/** `تجدر الإشارة إلى أن`, `الجدير بالذكر أن`: the outlet's own background notes. */
export const BACKGROUND_HEADS = ['تجدر', 'وتجدر', 'الجدير', 'والجدير', 'يذكر', 'ويذكر', 'يشار', 'ويشار'];
