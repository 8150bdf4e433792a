import { describe, expect, it } from 'vitest';
import { analyze } from '../../analyze';
import { run } from '../test-helpers';

describe('participle cues', () => {
  it('participle continues the last source', () => {
    const at = run('وقال رئيس النادي سمير خليل إن الموسم كان صعبا، مضيفا أن الإدارة ستدعم المدرب.').attributions;
    expect(at.map((a) => a.cue.text)).toEqual(['وقال', 'مضيفا']);
    expect(at[1].source.mention).toBeNull();
    expect(at[1].source.name).toBe('سمير خليل');
    expect(at[1].claim.text).toBe('الإدارة ستدعم المدرب');
    expect(at[0].claim.text).toBe('الموسم كان صعبا');
  });

  it("a participle's subject ends before the verb's indefinite object", () => {
    const a = analyze('شنت كوريا الشمالية هجوما حادا على الولايات المتحدة قائلة إنها لن تتراجع.').attributions;
    expect(a.map((x) => x.source.name)).toEqual(['كوريا الشمالية']);
    expect(analyze('ووجه الرئيس انتقادا شديدا للحكومة مضيفا أن الوضع خطير.').attributions[0].source.name).toBe(
      'الرئيس',
    );
  });
});
