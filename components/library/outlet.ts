import { OUTLETS, outletBySiteName } from '../../lib/page/outlets';
import type { Lang } from '../strings';

/**
 * A stored outlet name in the reader's language: claims saved before outlets were stored in Arabic carry the
 * English name («Arabi21»), newer ones the Arabic name or the page's own og:site_name; a listed outlet is
 * shown by its name in the UI language, any other as stored.
 */
export function outletLabel(stored: string, lang: Lang): string {
  if (!stored) return stored;
  const ref = outletBySiteName(stored) ?? OUTLETS.find((o) => o.nameEn === stored || o.nameAr === stored);
  return ref ? (lang === 'ar' ? ref.nameAr : ref.nameEn) : stored;
}
