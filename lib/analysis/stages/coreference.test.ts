import { describe, expect, it } from 'vitest';
import { VERB_FORMS } from '../../lexicon/cue-forms';
import { analyze } from '../analyze';
import type { SourceKind } from '../schema';
import { cueGender, focusFor } from './coreference';
import { cueBare } from './cues/words';
import type { Gender, SourceInfo } from './source-kind';
import { prepared, run } from './test-helpers';

describe('coreference', () => {
  it('implicit subject resolves to the last agreeing source', () => {
    const at = run(
      'وقالت الوزيرة هدى سالم إن الخطة جاهزة.\nوقال المحلل كريم نصار إن الخطة متأخرة.\nوأضافت في حديثها للصحفيين أن التمويل مضمون.',
    ).attributions;
    const last = at.at(-1)!;
    expect(last.cue.text).toBe('وأضافت');
    expect(last.source.name).toBe('هدى سالم');
  });

  it('surname back-reference', () => {
    const at = run(
      'وقال الخبير الاقتصادي مروان العلي إن الأسعار سترتفع.\nولفت العلي إلى أن الطلب يتراجع.',
    ).attributions;
    expect(at[1].source.mention?.text).toBe('العلي');
    expect(at[1].source.name).toBe('مروان العلي');
  });

  it('an office named first takes the name given on second mention', () => {
    const at = run(
      'وقالت الناطقة باسم الحكومة إن الموازنة أقرت.\nوقالت ليلى منصور في مؤتمر صحفي إن الضرائب لن ترتفع.',
    ).attributions;
    expect(at[0].source.name).toBe('ليلى منصور');
    expect(at[0].source.role).toBe('الناطقة باسم الحكومة');
    expect(at[1].source.role).toBe('الناطقة باسم الحكومة');
  });

  it('title back-reference keeps the kind of the first mention', () => {
    const at = run('وقال مصدر أمني إن الهجوم فشل.\nوأضاف المصدر أن التحقيق مستمر.').attributions;
    expect(at[1].source.kind).toBe('anonymous');
  });

  it('a subject named before a relative pronoun stays the focus, and a woman sheikh is a person', () => {
    const a = analyze(
      'وقالت الشيخة موزة إن التعليم أولوية. وانتقدت الوزيرة كوندوليزا رايس التي قالت إنه حان الوقت. وأضافت أن الحل قريب.',
    ).attributions;
    expect(a.map((x) => x.source.kind)).toEqual(['person', 'person', 'person']);
    expect(a[1].source.mention?.text).toBe('الوزيرة كوندوليزا رايس');
    expect(a[2].source.name).toContain('رايس');
  });
});

describe('coreference, called directly', () => {
  it('reads gender and number from the cue', () => {
    const { st } = prepared('وقالت وقالوا وقال مضيفة مضيفين يقولون');
    const g = st.toks.map((t, i) => cueGender(st, i, VERB_FORMS.get(cueBare(t.f)) ?? null));
    expect(g).toEqual(['f', 'p', 'm', 'f', 'p', 'p']);
  });

  it('an implicit subject takes the latest source that agrees with its cue', () => {
    const { st } = prepared('x');
    const src = (name: string, kind: SourceKind, gender?: Gender): SourceInfo => ({
      kind,
      name,
      gender,
      bare: [],
      head: '',
    });
    st.history.push(src('هدى', 'person', 'f'), src('كريم', 'person', 'm'), src('الوزارة', 'organization'));
    expect(focusFor(st, 'f')?.name).toBe('هدى');
    expect(focusFor(st, 'm')?.name).toBe('كريم');
    // No plural source: the latest source named without a cue's gender, if it is not a person.
    expect(focusFor(st, 'p')?.name).toBe('الوزارة');
  });
});
