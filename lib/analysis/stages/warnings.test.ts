import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';

describe('warnings', () => {
  it('warns on anonymous claims and a hedged headline', () => {
    const a = analyze('أنباء عن انسحاب القوات من المدينة\n\nوقالت مصادر محلية إن القوات انسحبت من المدينة.');
    expect(a.warnings.some((w) => w.kind === 'hedged-headline')).toBe(true);
    expect(a.warnings.some((w) => w.kind === 'anonymous-claim')).toBe(true);
    expect(a.warnings.some((w) => w.kind === 'anonymous-headline')).toBe(true);
    expect(a.summary.claims).toBe(1);
    expect(a.summary.anonymousShare).toBe(1);
  });

  it('no headline warning for a named source', () => {
    const a = analyze('الوزير: الميزانية جاهزة\n\nوقال وزير المالية إن الميزانية جاهزة.');
    expect(a.warnings.filter((w) => w.kind !== 'anonymous-claim')).toEqual([]);
  });
});
