import { describe, expect, it } from 'vitest';
import { RULE } from '../../lib/analysis/stages/rules';
import { summaryLine, whyText } from './format';

describe('summaryLine', () => {
  it('follows Arabic number agreement', () => {
    expect(summaryLine(9, 5, 2, 'ar')).toBe('٩ ادعاءات · ٥ مصادر مسمّاة · مصدران مجهولان');
    expect(summaryLine(1, 1, 0, 'ar')).toBe('ادعاء واحد · مصدر مسمّى واحد · لا مصادر مجهولة');
    expect(summaryLine(12, 11, 3, 'ar')).toBe('١٢ ادعاءً · ١١ مصدرًا مسمّى · ٣ مصادر مجهولة');
    expect(summaryLine(1, 2, 3, 'en')).toBe('1 claim · 2 named sources · 3 anonymous sources');
  });
});

describe('whyText', () => {
  it('has an Arabic explanation for every rule the analyser can name', () => {
    const rules = Object.values(RULE);
    expect(rules.length).toBeGreaterThan(10);
    for (const r of rules) expect(whyText(r, 'ar'), r).not.toBe(r);
    expect(whyText('reporting verb, source after the verb', 'en')).toBe('reporting verb, source after the verb');
  });
});
