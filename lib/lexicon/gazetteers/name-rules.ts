/**
 * Closed word lists behind the recogniser's span rules (lib/analysis/entities/recognize.ts). Each list says
 * what the rule does with it. Hand-written from Arabic news usage; the code folds these spellings
 * (hamza, ة/ه, ى/ي) before comparing, except STOP_WORDS, which are compared as written.
 */

/**
 * Particles a person's name never runs over, compared as written (without diacritics): `على` the preposition
 * is a stop word, `علي` the given name is not.
 */
export const STOP_WORDS: readonly string[] = [
  'على',
  'إلى',
  'الى',
  'في',
  'من',
  'عن',
  'مع',
  'أن',
  'إن',
  'أو',
  'ثم',
  'لا',
  'لم',
  'لن',
  'قد',
  'هو',
  'هي',
  'التي',
  'الذي',
  'بعد',
  'قبل',
  'حتى',
  'منذ',
  'عند',
  'بين',
  'خلال',
  'ضد',
  'نحو',
  'كما',
  'أي',
  'وفق',
  'حسب',
  'إنه',
  'أنه',
];

/** Words inside a person's name that join its parts: `سلمان بن عبدالعزيز آل سعود`, `أبو مازن`, `دي مستورا`. */
export const PERSON_LINKS: readonly string[] = [
  'بن',
  'بنت',
  'ابن',
  'آل',
  'أبو',
  'أبي',
  'أم',
  'عبد',
  'دي',
  'دو',
  'فان',
  'فون',
];

/** Spokesperson nouns: after them `باسم` means "on behalf of", not the given name Basim. */
export const SPOKESPERSON: readonly string[] = ['متحدث', 'متحدثة', 'ناطق', 'ناطقة'];

/**
 * Organisation heads that also start ordinary phrases (`حركة السير`, `قوات الأمن`): the noun after them must not
 * be a common word for the pair to be taken as a name.
 */
export const WEAK_ORG_HEADS: readonly string[] = [
  'حركة',
  'قوات',
  'جيش',
  'شركة',
  'مجلس',
  'جهاز',
  'مصلحة',
  'بنك',
  'مصرف',
  'تحالف',
];

/**
 * Facility heads: the word after them names the facility even when it is a common word (`مستشفى الثورة`,
 * `مدرسة النجاح`), and the head is part of the name (named facilities are places, GUIDELINES.md decision 9).
 */
export const FACILITY_HEADS: readonly string[] = [
  'مستشفى',
  'مدرسة',
  'جامعة',
  'مخيم',
  'معسكر',
  'سجن',
  'مطار',
  'جسر',
  'ميناء',
];

/**
 * Administrative heads: before a known place they stay out of the name (`مدينة حرستا` → `حرستا`, the bare name
 * is always a form of the place, decision 9); before an unknown name they are kept (`مديرية كعيدنة`).
 */
export const ADMIN_HEADS: readonly string[] = [
  'مدينة',
  'بلدة',
  'ولاية',
  'محافظة',
  'مديرية',
  'منطقة',
  'قرية',
  'إقليم',
  'مقاطعة',
  'عاصمة',
  'قضاء',
  'ناحية',
  'حي',
  'ضاحية',
];

/**
 * Heads of a body's name that the tagger often leaves out: right before an organisation it found they are part
 * of its name (`صحيفة لو باريزيان`, `حزب فاين غايل`, `مجلة فانتي فير الإسبانية`).
 */
export const BODY_HEADS: readonly string[] = [
  'صحيفة',
  'جريدة',
  'مجلة',
  'دورية',
  'قناة',
  'إذاعة',
  'شبكة',
  'حزب',
  'حركة',
  'جماعة',
  'منظمة',
  'مؤسسة',
  'شركة',
  'مجموعة',
  'نادي',
  'منتخب',
  'حكومة',
  'بلدية',
];

/**
 * Of BODY_HEADS, those that before a place name that place's body, an organisation (`حكومة دبي`, `بلدية باريس`,
 * `إذاعة عجمان`, `منتخب الصين`); other heads before a place say where something is (`قناة السويس`).
 */
export const PLACE_BODY_HEADS: readonly string[] = ['حكومة', 'بلدية', 'إذاعة', 'منتخب', 'نادي'];

/** Compass adjectives that continue an organisation's name after its nationality (`الكورية الجنوبية`). */
export const COMPASS_ADJECTIVES: readonly string[] = [
  'الجنوبية',
  'الشمالية',
  'الشرقية',
  'الغربية',
  'الجنوبي',
  'الشمالي',
  'الشرقي',
  'الغربي',
];
