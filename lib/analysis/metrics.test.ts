import { describe, expect, it } from 'vitest';
import { bootstrapF1, prf } from './metrics';
import { seededRandom } from './random';

describe('bootstrapF1', () => {
  // 500 sentences with 2 gold names each, found with probability 0.75 and a wrong guess with probability 0.2.
  const random = seededRandom(42);
  const units = Array.from({ length: 500 }, () => {
    const tp = (random() < 0.75 ? 1 : 0) + (random() < 0.75 ? 1 : 0);
    const fp = random() < 0.2 ? 1 : 0;
    return [tp, tp + fp, 2] as const;
  });
  const total = units.reduce((a, u) => [a[0] + u[0], a[1] + u[1], a[2] + u[2]], [0, 0, 0]);
  const point = prf(total[0], total[1], total[2]).f1;

  it('brackets the point estimate and is the same on every run', () => {
    const [lo, hi] = bootstrapF1(units);
    expect(lo).toBeLessThan(point);
    expect(hi).toBeGreaterThan(point);
    expect(bootstrapF1(units)).toEqual([lo, hi]);
  });

  it('narrows as the sample grows', () => {
    const [lo1, hi1] = bootstrapF1(units.slice(0, 100));
    const [lo5, hi5] = bootstrapF1(units);
    expect(hi5 - lo5).toBeLessThan(hi1 - lo1);
  });

  it('is one point when every block is the same', () => {
    const same = Array.from({ length: 50 }, () => [3, 4, 4] as const);
    const [lo, hi] = bootstrapF1(same);
    expect(lo).toBeCloseTo(prf(3, 4, 4).f1, 10);
    expect(hi).toBeCloseTo(lo, 10);
  });
});
