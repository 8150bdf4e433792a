import { describe, expect, it } from 'vitest';
import { RULE } from '../../lib/analysis/stages/rules';
import { format } from '../i18n';
import { certaintyText, claimsCount, leadSentence, sourcesSentence, timesText, unpaintedText, whyText } from './format';

describe('leadSentence', () => {
  it('says first how many claims rest on anonymous sources, with Arabic number agreement', () => {
    expect(leadSentence(8, 17, 'ar')).toBe('8 من 17 ادعاءً تستند إلى مصادر مجهولة');
    expect(leadSentence(3, 5, 'ar')).toBe('3 من 5 ادعاءات تستند إلى مصادر مجهولة');
    expect(leadSentence(1, 12, 'ar')).toBe('ادعاء واحد من 12 ادعاءً يستند إلى مصدر مجهول');
    expect(leadSentence(2, 100, 'ar')).toBe('ادعاءان من 100 ادعاء يستندان إلى مصادر مجهولة');
    expect(leadSentence(0, 2, 'ar')).toBe('لا يستند أيٌّ من الادعاءين إلى مصدر مجهول');
    expect(leadSentence(0, 9, 'ar')).toBe('لا يستند أيٌّ من 9 ادعاءات إلى مصدر مجهول');
    expect(leadSentence(8, 17, 'en')).toBe('8 of 17 claims rest on anonymous sources');
    expect(leadSentence(1, 17, 'en')).toBe('1 of 17 claims rests on an anonymous source');
    expect(leadSentence(0, 0, 'en')).toBe('No attributed claims found in this article.');
  });

  it('counts distinct sources second, in words that do not read as claims', () => {
    expect(sourcesSentence(6, 3, 'ar')).toBe('وتعود هذه الادعاءات إلى 6 مصادر مسمّاة و3 مصادر مجهولة');
    expect(sourcesSentence(2, 1, 'ar')).toBe('وتعود هذه الادعاءات إلى مصدرين مسمّيين ومصدر مجهول واحد');
    expect(sourcesSentence(11, 0, 'ar')).toBe('وتعود هذه الادعاءات إلى 11 مصدرًا مسمّى');
    expect(sourcesSentence(6, 3, 'en')).toBe('They come from 6 named sources and 3 anonymous sources');
  });
});

describe('counted words (issue 12, item 15)', () => {
  it('uses Intl.PluralRules categories: 100 ادعاء, 3 مرات, places 3–10', () => {
    expect(claimsCount(100, 'ar')).toBe('100 ادعاء');
    expect(claimsCount(12, 'ar')).toBe('12 ادعاءً');
    expect(claimsCount(5, 'ar')).toBe('5 ادعاءات');
    expect(claimsCount(1, 'ar')).toBe('ادعاء واحد');
    expect(claimsCount(103, 'ar')).toBe('103 ادعاءات');
    expect(timesText(3, 'ar')).toBe('3 مرات');
    expect(timesText(2, 'ar')).toBe('مرتان');
    expect(timesText(11, 'ar')).toBe('11 مرة');
    expect(timesText(1, 'en')).toBe('once');
    expect(unpaintedText(4, 'ar')).toContain('4 مواضع');
    expect(unpaintedText(20, 'ar')).toContain('20 موضعًا');
    expect(unpaintedText(1, 'en')).toMatch(/^1 place was/);
  });

  it('writes Western digits in both languages (the convention of most Arabic news sites)', () => {
    expect(format('results', { n: 3, total: 1200 }, 'ar')).toBe('النتائج: 3 من 1,200');
    expect(claimsCount(17, 'ar')).not.toMatch(/[٠-٩]/);
  });

  it('says the detector’s certainty in words, never as a percentage', () => {
    for (const c of [0.1, 0.7, 0.9, 1]) {
      expect(certaintyText(c, 'ar')).not.toMatch(/[%٪\d]/);
      expect(certaintyText(c, 'en')).not.toMatch(/[%٪\d]/);
    }
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
