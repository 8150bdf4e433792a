import { describe, expect, it } from 'vitest';
import { sourceBefore } from './source-before';
import { one, prepared, run } from './test-helpers';

describe('source reading before the cue', () => {
  it('source before the verb', () => {
    const a = one('والحكومة الماليزية قالت إن الانتخابات ستجري في موعدها.');
    expect(a.source.mention?.text).toContain('الحكومة الماليزية');
    expect(a.claim.text).toBe('الانتخابات ستجري في موعدها');
  });

  it('وكان X، Y، قد قال: a subject with appositions before the verb', () => {
    const a = one('وكان رئيس البلدية، المهندس نبيل داود، قد قال للصحفيين إن الجسر سيفتح.');
    expect(a.source.mention?.text).toBe('رئيس البلدية، المهندس نبيل داود');
    expect(a.claim.text).toBe('الجسر سيفتح');
  });

  it('a named subject with an apposition before the verb', () => {
    const at = run(
      'وقال الوزير إن الميناء مغلق.\nوقالت مصادر إن الميناء مفتوح.\nسمير داود، وهو خبير في النقل البحري، حذّر من أن الأسعار سترتفع.',
    ).attributions;
    const last = at.at(-1)!;
    expect(last.cue.text).toBe('حذّر');
    expect(last.source.mention?.text).toBe('سمير داود');
  });
});

describe('source reading before the cue, called directly', () => {
  it('takes a plausible subject before the verb and refuses an unknown noun phrase', () => {
    let p = prepared('والحكومة الماليزية قالت إن الانتخابات ستجري.');
    expect(p.words(sourceBefore(p.st, p.at('قالت')))).toBe('والحكومة الماليزية');
    p = prepared('والطقس الجميل قال إن الانتخابات ستجري.');
    expect(sourceBefore(p.st, p.at('قال'))).toBeNull();
  });
});
