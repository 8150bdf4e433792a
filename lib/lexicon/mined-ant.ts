import type { CueVerb } from './cue-verbs';

/**
 * Lexicon entries mined from the ANT corpus (30,032 unlabelled 2018 news articles, 7.6 M words; see
 * ../shared/data/ant/README.md for its licence and citation) by `scripts/mine-lexicon.ts`, then reviewed one by
 * one against eval/GUIDELINES.md. Counts are from `data/mined/*.tsv` (`npx tsx scripts/mine-lexicon.ts`);
 * `data/mined/REJECTED.tsv` lists the high-count candidates turned down, with the reason. Nothing was added for
 * one evaluation article. Each list is spread into the hand-made list it extends (cue-verbs.ts, participles.ts,
 * verbal-nouns.ts, source-words.ts).
 *
 * Chouigui, Ben Khiroun, Elayeb: An Arabic Multi-source News Corpus: Experimenting on Single-document Extractive
 * Summarization. Arabian Journal for Science and Engineering 46(8), 2021. DOI 10.1007/s13369-020-05258-z.
 */

/** Reporting verbs seen before أن/إن/بأن (data/mined/verb-lemmas.tsv: count of forms over both tenses). */
export const MINED_CUE_VERBS: CueVerb[] = [
  { past: 'نوه', present: 'ينوه' }, // 76: نوه إلى أن (its participle منوها was already listed)
  { past: 'توصل', present: 'يتوصل' }, // 98: توصلت الدراسة إلى أن
  { past: 'أصر', present: 'يصر' }, // 62: أصر على أن
  { past: 'نبه', present: 'ينبه' }, // 47: نبه إلى أن
  { past: 'أجمع', present: 'يجمع' }, // 25: أجمع الخبراء على أن; ambiguous (يجمع "collects", تجمع)
  { past: 'ألمح', present: 'يلمح' }, // 19 (+ ملمحا 13): ألمح إلى أن
  { past: 'أجاب', present: 'يجيب' }, // 16: أجاب بأن
  { past: 'أنكر', present: 'ينكر', takes: 'object' }, // 9: a denial (GUIDELINES Decision 3)
  { past: 'قدر', present: 'يقدر' }, // 61: قدرت الحكومة أن, يقدر بعض الخبراء أن; ambiguous (قدر الإمكان, يقدر "values")
  { present: 'يظن', forms: ['ظنوا'] }, // 12 يظنون: a belief like يعتقد; the past ظن is two letters, أظن first person
];

/** Of those, forms that are frequent in another sense: they need a content clause right after the source. */
export const MINED_AMBIGUOUS_FORMS = ['أجمع']; // قدر is already in AMBIGUOUS_FORMS

/** Participles seen before أن/إلى أن (data/mined/participles.tsv). */
export const MINED_PARTICIPLE_STEMS = [
  'متوقع', // 38 متوقعا أن
  'ملمح', // 13 ملمحا إلى أن
];
/** Of those, stems whose other endings are common adjectives (`المتوقعة`). */
export const MINED_PARTICIPLE_NEEDS_CLAUSE = ['متوقع'];

/** Verbal nouns with a source and a content clause (Decision 2; data/mined/verbal-nouns.tsv). */
export const MINED_VERBAL_NOUNS = [
  'تأكيدات', // 16: the plural of تأكيد (listed by hand)
];

/** Nouns that are themselves anonymous sources before `بأن` / `عن أن` (like شائعات). */
export const MINED_SELF_SOURCE_NOUNS = [
  'تسريبات', // 17: تسريبات تحدثت عن أن
  'تكهنات', // 32
];

/**
 * Anonymous-source heads (GUIDELINES Decisions 7 and 13: unnamed groups, poll respondents, unnamed studies and
 * polls, dual offices), from the heads right after a reporting cue (data/mined/heads-*.tsv and
 * constructions.tsv). Without them these were read as `person` (`وقال مسؤولان أمريكيان إن`).
 */
export const MINED_ANONYMOUS_HEADS = [
  // Dual of an unnamed office or source: 33 مصدران, 16 مسؤولان (def and indef), دبلوماسيان, شاهدان.
  'مصدران',
  'مصدرين',
  'مسؤولان',
  'دبلوماسيان',
  'شاهدان',
  // Numbers of people (`وقال ثلاثة مسؤولين إن`): the number word heads the phrase.
  'اثنان',
  'ثلاثة',
  'أربعة',
  'خمسة',
  'ستة',
  'سبعة',
  'ثمانية',
  'تسعة',
  'عشرة',
  // Unnamed groups (indefinite or in a construct, where the -ون rule for definite plurals does not reach).
  'آخرون', // 66
  'آخرين',
  'منتقدون', // 31 (+8 definite)
  'منتقدين',
  'منتقدو', // 19: منتقدو القرار
  'منتقدي',
  'ممثلو', // 27: ممثلو الادعاء
  'ممثلي',
  'أعضاء', // 23: أعضاء في لجنة
  'منظمو', // 19 (+19 المنظمون): منظمو المهرجان
  'منظمون',
  'محامو', // 18: محامو رونالدو (not محامي: also the singular office)
  'متعاملون', // 15: traders
  'متعاملين',
  'معدو', // 12: معدو الدراسة
  'مراسلون', // 12
  'مراسلين',
  'مراسلو', // 9: مراسلو وكالة
  'مؤيدو', // 12
  'مؤيدي',
  'معارضو', // 8
  'معارضي',
  'متابعون', // 11
  'سياسيون', // 11
  'سياسيين',
  'معلقون', // 8
  'معلقين',
  'مؤرخون', // 7
  'اقتصاديون', // 6
  'اقتصاديين',
  'مستثمرون', // 7 definite
  'مستثمرين',
  'عاملون', // 6 + 5 definite
  'موظفو', // 7 with موظفين: staff (Decision 13)
  'موظفي',
  'موظفون',
  'موظفين',
  'مدافعون', // 13: مدافعون عن حقوق الإنسان
  'مدافعين',
  'فلسطينيون', // 18 (the definite الفلسطينيون is anonymous by the -ون rule already)
  'فلسطينيين',
  'نساء', // 9
  'طلاب', // 7
  // Unnamed polls and studies (Decision 13: `استطلاعات الرأي` without a publisher is anonymous).
  'استطلاعات', // 56: استطلاعات رأي
  'دراسات', // 25: دراسات سابقة
  'تسريبات', // 13
  'تكهنات', // a self-source noun (above) that is itself the anonymous source
];
