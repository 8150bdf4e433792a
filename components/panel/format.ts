import { formatNumber, t } from '../i18n';
import type { Lang } from '../strings';

export type { Lang };

/** Shapes that tell the kinds apart without colour (they match the underline styles: solid, double, wavy). */
export const KIND_MARK = { person: '●', organization: '■', anonymous: '▲' } as const;

/** The kind of a source in words (the long form used by the panel and the card). */
export function kindLabel(kind: 'person' | 'organization' | 'anonymous', lang: Lang): string {
  return t(
    kind === 'person' ? 'kindLongPerson' : kind === 'organization' ? 'kindLongOrganization' : 'kindLongAnonymous',
    lang,
  );
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
  return `${formatNumber(n, 'ar')} ${mod >= 3 && mod <= 10 ? few : many}`;
}

/**
 * The analyser explains each mark with the English name of the rule that fired (lib/analysis/stages/rules.ts); the
 * card shows it in the reader's language. A rule without a translation here is shown as it is.
 */
const RULES_AR: Record<string, string> = {
  'reporting verb, source after the verb': 'فعل إسناد، والمصدر بعده',
  'reporting verb, source before the verb': 'فعل إسناد، والمصدر قبله',
  'reporting verb, source before the verb, object after it': 'فعل إسناد، والمصدر قبله ومفعوله بعده',
  'reporting verb after كان … قد: the subject stands before it': 'فعل إسناد بعد «كان … قد»، والمصدر اسم كان قبله',
  'reporting verb, implicit subject (last source in focus)': 'فعل إسناد بفاعل مضمر يعود على آخر مصدر ذُكر',
  'reporting verb, subject of the sentence': 'فعل إسناد، والمصدر مبتدأ الجملة',
  'reporting verb, description of an object': 'فعل وصف أو اعتبار، والادعاء وصفٌ لمفعوله',
  'participle continuing the last source': 'حال (مضيفًا، مشيرًا…) تُكمل كلام آخر مصدر',
  'prepositional attribution': 'إسناد بحرف جر (بحسب، وفقًا لـ، نقلًا عن…)',
  'prepositional attribution, second layer': 'إسناد بحرف جر، طبقة ثانية من المصادر',
  'prepositional attribution, quoted source (عن)': 'إسناد بحرف جر، ومصدر منقول عنه (عن)',
  'two-layer: outer source (نقل … عن)': 'إسناد من طبقتين: الناقل (نقل … عن)',
  'two-layer: inner source (نقل … عن … قوله)': 'إسناد من طبقتين: المنقول عنه',
  'two-layer: outer source': 'إسناد من طبقتين: الناقل',
  'two-layer: source quoted by the outer one': 'إسناد من طبقتين: المنقول عنه',
  'accusation: accuser, then the accused and the charge': 'اتهام: المتَّهِم، ثم المتَّهَم والتهمة',
  'accusation: charge after the verb, accuser named before': 'اتهام: التهمة بعد الفعل والمتَّهِم قبله',
  'verbal noun with a content clause': 'مصدر فعل إسناد (إعلان، تأكيد…) يتبعه مضمون',
  'reports with a content clause': 'تقارير يتبعها مضمون',
};

export function whyText(rule: string, lang: Lang): string {
  return lang === 'ar' ? (RULES_AR[rule] ?? rule) : rule;
}
