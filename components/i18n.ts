import { type Lang, STRINGS, type StringKey } from './strings';

/** The UI language: Arabic unless the browser prefers another language (then English). */
export function uiLang(language: string | undefined = globalThis.navigator?.language): Lang {
  if (!language) return 'ar';
  return language.toLowerCase().startsWith('ar') ? 'ar' : 'en';
}

export function dirOf(lang: Lang): 'rtl' | 'ltr' {
  return lang === 'ar' ? 'rtl' : 'ltr';
}

export function t(key: StringKey, lang: Lang = uiLang()): string {
  return STRINGS[key][lang];
}

/**
 * `t` with `{name}` placeholders filled. Numbers are written in Western digits (0–9) in both languages: the
 * convention of most Arabic news sites (Al Jazeera, BBC Arabic, Sky News Arabia, Arabi21, Al Arabiya), and one
 * in which no separator can be mistaken for a digit (the Arabic-Indic zero ٠ looks like a middle dot).
 */
export function format(key: StringKey, vars: Record<string, string | number>, lang: Lang = uiLang()): string {
  return t(key, lang).replace(/\{(\w+)\}/g, (m, name: string) => {
    const v = vars[name];
    if (v === undefined) return m;
    return typeof v === 'number' ? formatNumber(v, lang) : v;
  });
}

// Intl formatters are costly to build (a list of 50 claims would build 100), so one per language.
const numberFormats = new Map<Lang, Intl.NumberFormat>();
const dateFormats = new Map<Lang, Intl.DateTimeFormat>();

export function formatNumber(n: number, lang: Lang = uiLang()): string {
  let f = numberFormats.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(lang === 'ar' ? 'ar' : 'en', { numberingSystem: 'latn' });
    numberFormats.set(lang, f);
  }
  return f.format(n);
}

/** A date or date-time string as a short local date; the input unchanged when it is not a date. */
export function formatDate(iso: string, lang: Lang = uiLang()): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  let f = dateFormats.get(lang);
  if (!f) {
    f = new Intl.DateTimeFormat(lang === 'ar' ? 'ar' : 'en-GB', { dateStyle: 'medium', numberingSystem: 'latn' });
    dateFormats.set(lang, f);
  }
  return f.format(d);
}
