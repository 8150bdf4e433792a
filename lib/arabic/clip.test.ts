import { describe, expect, it } from 'vitest';
import { clipWords } from './clip';

describe('clipWords', () => {
  it('keeps short text as it is', () => {
    expect(clipWords('قال الوزير', 40)).toBe('قال الوزير');
  });
  it('never cuts inside an Arabic word', () => {
    const s = 'أكد المتحدث باسم الوزارة أن المفاوضات مستمرة';
    for (let max = 3; max < s.length; max++) {
      const out = clipWords(s, max).replace(/…$/, '');
      const words = s.split(' ');
      for (const w of out.split(' ')) expect(words).toContain(w);
    }
  });
  it('drops trailing punctuation before the ellipsis', () => {
    expect(clipWords('قال، إن الأمر انتهى', 5)).toBe('قال…');
  });
});
