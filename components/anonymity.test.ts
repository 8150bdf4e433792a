import { describe, expect, it } from 'vitest';
import type { Attribution } from '../lib/analysis/schema';
import { anonymityReason } from './anonymity';

const att = (text: string, name: string): Attribution => {
  const start = text.indexOf(name);
  return {
    id: 'a',
    cue: { text: 'قال', start: 0, end: 3 },
    source: { kind: 'anonymous', name, mention: { text: name, start, end: start + name.length } },
    claim: { text: 'x', start: text.length - 1, end: text.length },
    why: { rule: 'r', cue: 'قال' },
    confidence: 0.9,
  };
};

describe('anonymityReason', () => {
  it('finds the reason the article gives for not naming a source', () => {
    const text = 'قال مسؤول أمني طلب عدم الكشف عن اسمه لأنه غير مخوّل بالحديث إلى الإعلام، إن الهجوم وقع ليلًا.';
    expect(anonymityReason(text, att(text, 'مسؤول أمني'))).toBe(
      'طلب عدم الكشف عن اسمه لأنه غير مخوّل بالحديث إلى الإعلام',
    );
  });
  it('does not take «لم تذكر اسمه» for a reason', () => {
    const text = 'ونقلت الوكالة عن مصدر دبلوماسي لم تذكر اسمه أن المحادثات جرت.';
    expect(anonymityReason(text, att(text, 'مصدر دبلوماسي'))).toBeNull();
  });
});
