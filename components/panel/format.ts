import { formatNumber, t } from '../i18n';
import type { Lang } from '../strings';

export type { Lang };

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
