import type { SourceKind } from '../../lib/analysis/schema';
import { formatNumber as num, t } from '../i18n';
import type { Lang } from '../strings';

export type { Lang };

/**
 * Counted nouns. Arabic agreement follows the CLDR plural categories that `Intl.PluralRules('ar')` gives
 * (one, two, few = 3–10, many = 11–99, other = 100, 1000, …, zero); English uses `Intl.PluralRules('en')`.
 * `one` and `two` are whole phrases (Arabic writes no numeral there); the others are the noun after the number.
 */
export interface ArForms {
  one: string;
  two: string;
  few: string;
  many: string;
  other: string;
}
export interface EnForms {
  one: string;
  other: string;
}

const plural = { ar: new Intl.PluralRules('ar'), en: new Intl.PluralRules('en') };

export function countAr(n: number, f: ArForms): string {
  const c = plural.ar.select(n);
  if (c === 'one') return f.one;
  if (c === 'two') return f.two;
  const noun = c === 'few' ? f.few : c === 'many' ? f.many : f.other;
  return `${num(n, 'ar')} ${noun}`;
}

export function countEn(n: number, f: EnForms): string {
  return `${num(n, 'en')} ${plural.en.select(n) === 'one' ? f.one : f.other}`;
}

export function count(n: number, ar: ArForms, en: EnForms, lang: Lang): string {
  return lang === 'ar' ? countAr(n, ar) : countEn(n, en);
}

// Nouns in the nominative (subject) and the genitive (after a preposition: من، إلى).
const CLAIMS: ArForms = { one: 'ادعاء واحد', two: 'ادعاءان', few: 'ادعاءات', many: 'ادعاءً', other: 'ادعاء' };
const CLAIMS_GEN: ArForms = { ...CLAIMS, two: 'ادعاءين' };
const CLAIMS_EN: EnForms = { one: 'claim', other: 'claims' };

/** «12 ادعاءً», «5 ادعاءات», «100 ادعاء», «12 claims». */
export function claimsCount(n: number, lang: Lang): string {
  if (n === 0) return lang === 'ar' ? 'لا ادعاءات' : 'no claims';
  return count(n, CLAIMS, CLAIMS_EN, lang);
}

/**
 * The sentence a reader wants first: how many of the article's claims rest on anonymous sources.
 * «8 من 17 ادعاءً تستند إلى مصادر مجهولة», «8 of 17 claims rest on anonymous sources».
 */
export function leadSentence(anonymous: number, claims: number, lang: Lang): string {
  if (claims === 0) return t('noClaims', lang);
  if (lang === 'en') {
    if (claims === 1)
      return anonymous
        ? 'The only claim in the article rests on an anonymous source'
        : 'The only claim in the article comes from a named source';
    if (anonymous === 0) return `None of the ${num(claims, 'en')} claims rests on an anonymous source`;
    return anonymous === 1
      ? `1 of ${num(claims, 'en')} claims rests on an anonymous source`
      : `${num(anonymous, 'en')} of ${num(claims, 'en')} claims rest on anonymous sources`;
  }
  if (claims === 1)
    return anonymous ? 'الادعاء الوحيد في المقال يستند إلى مصدر مجهول' : 'الادعاء الوحيد في المقال منسوب إلى مصدر مسمّى';
  const of = countAr(claims, CLAIMS_GEN);
  if (anonymous === 0) return `لا يستند أيٌّ من ${claims === 2 ? 'الادعاءين' : of} إلى مصدر مجهول`;
  if (anonymous === 1) return `ادعاء واحد من ${of} يستند إلى مصدر مجهول`;
  if (anonymous === 2)
    return claims === 2 ? 'الادعاءان كلاهما يستندان إلى مصادر مجهولة' : `ادعاءان من ${of} يستندان إلى مصادر مجهولة`;
  return `${num(anonymous, 'ar')} من ${of} تستند إلى مصادر مجهولة`;
}

const NAMED_GEN: ArForms = {
  one: 'مصدر مسمّى واحد',
  two: 'مصدرين مسمّيين',
  few: 'مصادر مسمّاة',
  many: 'مصدرًا مسمّى',
  other: 'مصدر مسمّى',
};
const ANON_GEN: ArForms = {
  one: 'مصدر مجهول واحد',
  two: 'مصدرين مجهولين',
  few: 'مصادر مجهولة',
  many: 'مصدرًا مجهولًا',
  other: 'مصدر مجهول',
};

/** Distinct sources, second: «وهي منسوبة إلى 6 مصادر مسمّاة و3 مصادر مجهولة». */
export function sourcesSentence(named: number, anonymous: number, lang: Lang): string {
  const parts =
    lang === 'ar'
      ? [named ? countAr(named, NAMED_GEN) : '', anonymous ? countAr(anonymous, ANON_GEN) : '']
      : [
          named ? countEn(named, { one: 'named source', other: 'named sources' }) : '',
          anonymous ? countEn(anonymous, { one: 'anonymous source', other: 'anonymous sources' }) : '',
        ];
  const list = new Intl.ListFormat(lang, { type: 'conjunction' }).format(parts.filter(Boolean));
  if (!list) return '';
  return lang === 'ar' ? `وتعود هذه الادعاءات إلى ${list}` : `They come from ${list}`;
}

/** «مرة واحدة», «مرتان», «3 مرات», «11 مرة»; «once», «twice», «3 times». */
export function timesText(n: number, lang: Lang): string {
  if (lang === 'en') return n === 1 ? 'once' : n === 2 ? 'twice' : `${num(n, 'en')} times`;
  return countAr(n, { one: 'مرة واحدة', two: 'مرتان', few: 'مرات', many: 'مرة', other: 'مرة' });
}

/** Claims not painted because the page is unusually dense. */
export function unpaintedText(n: number, lang: Lang): string {
  if (lang === 'en')
    return `${countEn(n, { one: 'place was', other: 'places were' })} not highlighted because the page text is unusually dense.`;
  const places = countAr(n, { one: 'موضع واحد', two: 'موضعان', few: 'مواضع', many: 'موضعًا', other: 'موضع' });
  return `لم يُبرز ${places} في الصفحة لأن نصها كثيف على نحو غير معتاد.`;
}

/** The kind of a source in words (the long form used by the panel and the card). */
export function kindLabel(kind: SourceKind, lang: Lang): string {
  return t(
    kind === 'person' ? 'kindLongPerson' : kind === 'organization' ? 'kindLongOrganization' : 'kindLongAnonymous',
    lang,
  );
}

/** The detector's certainty that a passage is an attribution, in words (never a percentage beside a claim). */
export function certaintyText(confidence: number, lang: Lang): string {
  const level = confidence >= 0.85 ? 'high' : confidence >= 0.7 ? 'medium' : 'low';
  const ar = { high: 'عالٍ', medium: 'متوسط', low: 'منخفض' } as const;
  return lang === 'ar' ? ar[level] : level;
}

/**
 * The card's opening sentence: who says it, and whether the reader can check who. Says nothing about whether
 * the claim is true.
 */
export function plainSentence(kind: SourceKind, implicit: boolean, lang: Lang): string {
  const back =
    lang === 'ar'
      ? 'ولا يُذكر هنا بالاسم: يعود الكلام على من ذُكر قبله.'
      : 'It is not named here: the sentence refers back to it.';
  const s =
    lang === 'ar'
      ? kind === 'anonymous'
        ? 'المصدر لا يسمّيه المقال: لا يمكنك أن تتحقق ممن قال ذلك.'
        : kind === 'person'
          ? 'المصدر شخص يسمّيه المقال: يمكنك أن تتحقق ممن قال ذلك.'
          : 'المصدر جهة يسمّيها المقال: يمكنك أن تتحقق ممن قال ذلك.'
      : kind === 'anonymous'
        ? 'The article does not name this source: you cannot check who said it.'
        : kind === 'person'
          ? 'The article names this person: you can check who said it.'
          : 'The article names this organisation: you can check who said it.';
  return implicit ? `${s} ${back}` : s;
}

/**
 * The analyser explains each mark with the English name of the rule that fired (lib/analysis/stages/rules.ts); the
 * card shows it in the reader's language, behind a disclosure. A rule without a translation is shown as it is.
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
