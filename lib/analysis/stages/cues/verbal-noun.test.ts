import { describe, expect, it } from 'vitest';
import { one } from '../test-helpers';

describe('noun cues', () => {
  it('verbal noun with a content clause', () => {
    const a = one('وجاء ذلك بعد إعلان الشركة المصنعة أن المحرك معيب.');
    expect(a.cue.text).toBe('إعلان');
    expect(a.source.mention?.text).toBe('الشركة المصنعة');
    expect(a.claim.text).toBe('المحرك معيب');
  });
});
