/**
 * Strings of the side panel, the hover card and the page badge, in Arabic and English. The UI follows the
 * browser's language: Arabic unless the browser prefers another language, then English.
 */
export type Lang = 'ar' | 'en';

export function uiLangFrom(language: string | undefined): Lang {
  if (!language) return 'ar';
  return language.toLowerCase().startsWith('ar') ? 'ar' : 'en';
}

const S = {
  appName: { ar: 'إسناد', en: 'Isnad' },
  kindPerson: { ar: 'مصدر مسمّى (شخص)', en: 'Named source (person)' },
  kindOrganization: { ar: 'مصدر مسمّى (جهة)', en: 'Named source (organisation)' },
  kindAnonymous: { ar: 'مصدر مجهول', en: 'Anonymous source' },
  source: { ar: 'المصدر', en: 'Source' },
  role: { ar: 'الصفة', en: 'Role' },
  cue: { ar: 'لفظ الإسناد', en: 'Cue' },
  why: { ar: 'لماذا أُبرز', en: 'Why marked' },
  confidence: { ar: 'الثقة', en: 'Confidence' },
  implicit: { ar: 'مصدر مضمر (يعود على من سبق ذكره)', en: 'Implicit source (refers back)' },
  save: { ar: 'احفظ', en: 'Save' },
  saved: { ar: 'حُفظ', en: 'Saved' },
  saveFailed: { ar: 'تعذّر الحفظ', en: 'Could not save' },
  close: { ar: 'إغلاق', en: 'Close' },
  nextClaim: { ar: 'الادعاء التالي', en: 'Next claim' },
  prevClaim: { ar: 'الادعاء السابق', en: 'Previous claim' },
  highlightsOn: { ar: 'الإبرازات ظاهرة', en: 'Highlights on' },
  highlightsOff: { ar: 'الإبرازات مخفية', en: 'Highlights off' },
  toggleHighlights: { ar: 'إظهار الإبرازات', en: 'Show highlights' },
  badgeLabel: { ar: 'إسناد: تنقّل بين الادعاءات', en: 'Isnad: step through claims' },
  summary: { ar: 'خلاصة الإسناد', en: 'Sourcing summary' },
  warnings: { ar: 'تنبيهات', en: 'Warnings' },
  claimsBySource: { ar: 'الادعاءات حسب المصدر', en: 'Claims by source' },
  entities: { ar: 'الأعلام في المقال', en: 'Who and what' },
  people: { ar: 'أشخاص', en: 'People' },
  organizations: { ar: 'جهات', en: 'Organisations' },
  locations: { ar: 'أماكن', en: 'Places' },
  mentions: { ar: 'ذِكر', en: 'mentions' },
  notArticle: {
    ar: 'لا تبدو هذه الصفحة مقالًا إخباريًا عربيًا.',
    en: 'This page does not look like an Arabic news article.',
  },
  analyseAnyway: { ar: 'حلّل الصفحة على أي حال', en: 'Analyse anyway' },
  analysing: { ar: 'جارٍ التحليل…', en: 'Analysing…' },
  noTab: { ar: 'افتح مقالًا إخباريًا لعرض مصادره.', en: 'Open a news article to see its sources.' },
  noContent: {
    ar: 'لا يعمل إسناد في هذه الصفحة (صفحة المتصفح أو صفحة لم تُحمَّل بعد).',
    en: 'Isnad cannot run on this page (a browser page, or not loaded yet).',
  },
  error: { ar: 'حدث خطأ أثناء التحليل', en: 'Analysis failed' },
  noClaims: { ar: 'لم يُعثر على ادعاءات منسوبة في هذا المقال.', en: 'No attributed claims found in this article.' },
  openLibrary: { ar: 'مكتبتي', en: 'My library' },
  exportClaims: { ar: 'صدّر قائمة الادعاءات', en: 'Export claim list' },
  outlet: { ar: 'الناشر', en: 'Outlet' },
  saveSelectionTitle: { ar: 'حفظ ادعاء محدد', en: 'Save a selected claim' },
  whoSaysSo: { ar: 'من المصدر؟', en: 'Who says so?' },
  kind: { ar: 'النوع', en: 'Kind' },
  cancel: { ar: 'إلغاء', en: 'Cancel' },
  savedNotFound: {
    ar: 'لم يعد الادعاء المحفوظ موجودًا في هذه الصفحة: ربما عُدّل المقال.',
    en: 'The saved claim can no longer be found on this page: the article may have changed.',
  },
  savedUnknown: {
    ar: 'لم يُعثر على هذا الادعاء في مكتبتك.',
    en: 'This claim is not in your library.',
  },
  exportAs: { ar: 'صدّر بصيغة', en: 'Export as' },
} as const;

export type StringKey = keyof typeof S;

export function t(key: StringKey, lang: Lang): string {
  return S[key][lang];
}

export function kindLabel(kind: 'person' | 'organization' | 'anonymous', lang: Lang): string {
  return t(kind === 'person' ? 'kindPerson' : kind === 'organization' ? 'kindOrganization' : 'kindAnonymous', lang);
}

const AR_DIGITS = '٠١٢٣٤٥٦٧٨٩';
export function num(n: number, lang: Lang): string {
  return lang === 'ar' ? String(n).replace(/\d/g, (d) => AR_DIGITS[Number(d)]) : String(n);
}

/** «٩ ادعاءات · ٥ مصادر مسماة · مصدران مجهولان» with Arabic number agreement (1, 2, 3–10, 11+). */
export function summaryLine(claims: number, named: number, anonymous: number, lang: Lang): string {
  if (lang === 'en') {
    const pl = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
    return [
      pl(claims, 'claim', 'claims'),
      pl(named, 'named source', 'named sources'),
      pl(anonymous, 'anonymous source', 'anonymous sources'),
    ].join(' · ');
  }
  return [
    arCount(claims, 'ادعاء واحد', 'ادعاءان', 'ادعاءات', 'ادعاءً', 'لا ادعاءات'),
    arCount(named, 'مصدر مسمّى واحد', 'مصدران مسمّيان', 'مصادر مسمّاة', 'مصدرًا مسمّى', 'لا مصادر مسمّاة'),
    arCount(anonymous, 'مصدر مجهول واحد', 'مصدران مجهولان', 'مصادر مجهولة', 'مصدرًا مجهولًا', 'لا مصادر مجهولة'),
  ].join(' · ');
}

function arCount(n: number, one: string, two: string, few: string, many: string, none: string): string {
  if (n === 0) return none;
  if (n === 1) return one;
  if (n === 2) return two;
  const mod = n % 100;
  if (mod >= 3 && mod <= 10) return `${num(n, 'ar')} ${few}`;
  return `${num(n, 'ar')} ${many}`;
}
