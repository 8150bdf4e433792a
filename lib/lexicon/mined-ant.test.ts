import { describe, expect, it } from 'vitest';
import { analyze } from '../analysis/index';
import { foldToken } from '../arabic/tokens';
import { PARTICIPLE_FORMS, VERB_FORMS } from './cue-forms';
import { CUE_VERBS, STANCE_VERBS } from './cue-verbs';
import {
  MINED_ANONYMOUS_HEADS,
  MINED_CUE_VERBS,
  MINED_PARTICIPLE_STEMS,
  MINED_SELF_SOURCE_NOUNS,
  MINED_VERBAL_NOUNS,
} from './mined-ant';
import { ANONYMOUS_HEADS, DOCUMENT_HEADS, ORGANIZATION_HEADS, PERSON_TITLES } from './source-words';

// Synthetic sentences, one construction each (not taken from the dev set or from ANT).
const run = (body: string) => analyze(`عنوان الخبر\n\n${body}`, { entities: false }).attributions;

describe('lexicon mined from ANT (mined-ant.ts)', () => {
  it('is wired into the hand lists, and repeats none of their entries', () => {
    const hand = CUE_VERBS.filter((v) => !MINED_CUE_VERBS.includes(v)).map((v) => foldToken(v.past ?? v.present));
    for (const v of MINED_CUE_VERBS) {
      expect(CUE_VERBS).toContain(v);
      expect(hand).not.toContain(foldToken(v.past ?? v.present));
    }
    const handHeads = ANONYMOUS_HEADS.slice(0, ANONYMOUS_HEADS.length - MINED_ANONYMOUS_HEADS.length).map(foldToken);
    for (const h of MINED_ANONYMOUS_HEADS) expect(handHeads).not.toContain(foldToken(h));
  });

  it('conjugates the mined verbs and participles', () => {
    for (const f of ['نوه', 'ونوهت', 'ينوهون', 'أصرت', 'تصر', 'توصلت', 'يتوصلون', 'ألمحت', 'أجابت', 'قدرت', 'يظنون']) {
      const w = foldToken(f).replace(/^و/, '');
      expect(VERB_FORMS.has(w), f).toBe(true);
    }
    for (const f of ['متوقعا', 'ملمحا']) expect(PARTICIPLE_FORMS.has(foldToken(f)), f).toBe(true);
  });

  it('keeps stances, collisions and rejected candidates out', () => {
    for (const f of [...STANCE_VERBS, 'وجد', 'يجد', 'أثبت', 'ردت', 'واصل', 'يأمل', 'يخشى', 'تعهد']) {
      expect(VERB_FORMS.has(foldToken(f)), f).toBe(false);
    }
    // Participle stems whose other endings are common words were turned down: مصرية (Egyptian), متابعين (followers).
    for (const f of ['مصريه', 'متابعين', 'مقرات', 'معتقدات']) expect(PARTICIPLE_FORMS.has(f), f).toBe(false);
    // A mined anonymous head never shadows an office, an organisation or a document head.
    const named = new Set([...PERSON_TITLES, ...ORGANIZATION_HEADS, ...DOCUMENT_HEADS].map(foldToken));
    for (const h of MINED_ANONYMOUS_HEADS) expect(named.has(foldToken(h)), h).toBe(false);
    expect(MINED_PARTICIPLE_STEMS.length + MINED_VERBAL_NOUNS.length + MINED_SELF_SOURCE_NOUNS.length).toBeGreaterThan(
      0,
    );
  });

  it('finds the mined reporting verbs', () => {
    const [a] = run('ونوه الوزير إلى أن الأزمة انتهت.');
    expect(a.cue.text).toBe('ونوه');
    expect(a.source.mention?.text).toBe('الوزير');
    expect(a.claim.text).toBe('الأزمة انتهت');
    const [b] = run('وأصرت الحكومة على أن القرار نهائي.');
    expect(b.source.kind).toBe('organization');
    expect(b.claim.text).toBe('القرار نهائي');
    const [c] = run('وقدرت منظمات إغاثة أن آلاف الأسر نزحت.');
    expect(c.cue.text).toBe('وقدرت');
    expect(c.source.kind).toBe('anonymous');
  });

  it('reads dual offices, numbers of people and unnamed groups as anonymous', () => {
    for (const [body, source] of [
      ['وقال مسؤولان أمريكيان إن القوات انسحبت.', 'مسؤولان أمريكيان'],
      ['وقال مصدران مطلعان إن المحادثات فشلت.', 'مصدران مطلعان'],
      ['وقال ثلاثة مسؤولين إن الاتفاق بات قريبا.', 'ثلاثة مسؤولين'],
      ['ويقول منتقدون إن القانون يقيد الحريات.', 'منتقدون'],
      ['وقال ممثلو الادعاء إن المتهم كذب.', 'ممثلو الادعاء'],
      ['ورأى آخرون أن الوضع خطير.', 'آخرون'],
      ['وتظهر استطلاعات الرأي أن الحزب يتقدم.', 'استطلاعات الرأي'],
    ]) {
      const [a] = run(body);
      expect(a?.source.mention?.text, body).toBe(source);
      expect(a.source.kind, body).toBe('anonymous');
    }
  });

  it('adds no attribution to stances, calls or agentless passives', () => {
    for (const body of [
      'وأعرب الوزير عن أمله في أن تنتهي الأزمة.',
      'ودعا المجلس إلى وقف القتال فورا.',
      'وطالب المحتجون بإسقاط الحكومة.',
      'ويعتقد أن الحريق اندلع ليلا.',
      'وكان متوقعا أن يفوز الحزب.',
    ]) {
      expect(run(body), body).toEqual([]);
    }
  });
});
