import type { Attribution } from '../lib/analysis/schema';
import { foldArabic } from '../lib/arabic/normalize';

/**
 * Whether the article says why a source is not named («طلب عدم الكشف عن اسمه لأنه غير مخوّل بالحديث»). Looked
 * for in the sentence around the source's words; a bare statement that the name is withheld («لم تذكر اسمه») is
 * not a reason. Returns the reason's words as the article gives them, or null.
 */
const REASONS = [
  'طلب عدم',
  'طالبا عدم',
  'طالبة عدم',
  'فضل عدم',
  'فضلت عدم',
  'مفضلا عدم',
  'رفض الكشف',
  'رفضت الكشف',
  'غير مخول',
  'غير مخوله',
  'غير مصرح',
  'ليس مخولا',
  'لاسباب امنيه',
  'لدواع امنيه',
  'لدواعي امنيه',
  'لحساسيه',
  'حفاظا على سلامت',
  'خشيه',
  'خوفا من',
  'لانه غير',
  'لانها غير',
  'لانهم غير',
].map((r) => foldArabic(r));

export function anonymityReason(text: string, a: Attribution): string | null {
  if (a.source.kind !== 'anonymous' || !text) return null;
  const at = a.source.mention?.start ?? a.cue.start;
  // The sentence (or line) around the source: back to the previous full stop or newline, on to the next.
  let s = at;
  while (s > 0 && !/[.!؟?\n]/.test(text[s - 1]) && at - s < 400) s--;
  let e = a.source.mention?.end ?? a.cue.end;
  while (e < text.length && !/[.!؟?\n]/.test(text[e]) && e - at < 600) e++;
  const sentence = text.slice(s, e);
  // Fold one character at a time, keeping where each folded character came from (diacritics fold to nothing).
  let folded = '';
  const from: number[] = [];
  for (let k = 0; k < sentence.length; k++) {
    const f = foldArabic(sentence[k]);
    for (const ch of f) {
      folded += ch;
      from.push(k);
    }
  }
  for (const r of REASONS) {
    const i = folded.indexOf(r);
    if (i < 0) continue;
    // From the reason's first word to the end of its clause (the next comma or the sentence's end).
    let j = from[i];
    while (j < sentence.length && !/[،,]/.test(sentence[j])) j++;
    return sentence.slice(from[i], j).trim();
  }
  return null;
}
