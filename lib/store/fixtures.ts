/**
 * Synthetic saved claims for tests and the benchmark (never bundled: only tests and scripts import this).
 * Varied on purpose: spelling variants (hamza, ى/ي, ة/ه, diacritics, tatweel), three kinds, several outlets,
 * tags and dates, notes with commas/quotes/newlines (CSV quoting), and a few repeated quotes on one page.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { IsnadDB } from './db';
import type { SavedClaim } from './schema';

export function fakeDb(name = 'isnad-test'): IsnadDB {
  return new IsnadDB(name, { indexedDB: new IDBFactory(), IDBKeyRange });
}

const CLAIMS = [
  'إنّ المفاوضات ستُستأنف الأسبوع المقبل في القاهرة',
  'أن الحكومة لن ترفع أسعار الوقود هذا العام',
  'إن القوات انسحبت من المدينة فجر الإثنين',
  'أن الشركة حققت أرباحًا قياسية في الربع الأخير',
  'إن المستشفى استقبل عشرات الجرحى',
  'أن الاتفاقية ستُوقّع خلال أيام',
  'إنّ الأمطار الغزيرة تسببت بفيضانات واسعة',
  'أن المدرسة ستُغلق حتى إشعار آخر',
];
const SOURCES: SavedClaim['source'][] = [
  { kind: 'person', name: 'أحمد الخطيب', role: 'وزير الخارجية', mention: { text: 'أحمد الخطيب', start: 0, end: 11 } },
  { kind: 'person', name: 'مصطفى عيسى', mention: null },
  { kind: 'organization', name: 'وزارة الصحة', mention: { text: 'وزارة الصحة', start: 0, end: 11 } },
  { kind: 'organization', name: 'الأمم المتحدة', role: 'مكتب تنسيق الشؤون الإنسانية', mention: null },
  { kind: 'anonymous', name: 'مصادر مطلعة', mention: { text: 'مصادر مطلعة', start: 0, end: 11 } },
  { kind: 'anonymous', name: 'مسؤول رفض الكشف عن اسمه', mention: null },
];
const OUTLETS = ['الجزيرة', 'عربي21', 'بي بي سي عربي', 'الشرق الأوسط', 'سكاي نيوز عربية'];
const TAGS = ['سياسة', 'اقتصاد', 'صحة', 'تحقق', 'مهم'];
const CUES = ['قال', 'أكدت', 'بحسب', 'أفادت', 'نقلت'];
const NOTES = ['', '', 'راجع المصدر الأصلي', 'needs a second source, "soon"', 'سطر أول\nسطر ثانٍ, مع فاصلة'];

/** The i-th synthetic claim: deterministic, unique id and unique url+quote. */
export function makeClaim(i: number): SavedClaim {
  const claim = `${CLAIMS[i % CLAIMS.length]} (${i})`;
  const prefix = 'وقال المتحدث في بيان ';
  const start = 40 + (i % 300);
  const page = Math.floor(i / 7);
  const savedAt = new Date(Date.UTC(2025, 0, 1) + i * 3_600_000).toISOString();
  const c: SavedClaim = {
    id: `c${String(i).padStart(6, '0')}`,
    claim,
    source: SOURCES[i % SOURCES.length],
    cue: CUES[i % CUES.length],
    url: `https://news.example/${OUTLETS.length > 0 ? page % 97 : 0}/article-${page}.html`,
    title: `عنوان الخبر رقم ${page}`,
    outlet: OUTLETS[page % OUTLETS.length],
    savedAt,
    quote: { type: 'TextQuoteSelector', exact: claim, prefix, suffix: '، وأضاف' },
    position: { type: 'TextPositionSelector', start, end: start + claim.length },
    note: NOTES[i % NOTES.length],
    tags: i % 3 === 0 ? [] : [TAGS[i % TAGS.length], ...(i % 4 === 0 ? [TAGS[(i + 2) % TAGS.length]] : [])],
    origin: (['card', 'panel', 'selection'] as const)[i % 3],
  };
  if (i % 2 === 0) c.published = savedAt.slice(0, 10);
  if (i % 11 === 0) c.kindCorrection = c.source.kind === 'anonymous' ? 'person' : 'anonymous';
  return c;
}

export function makeClaims(n: number): SavedClaim[] {
  return Array.from({ length: n }, (_, i) => makeClaim(i));
}
