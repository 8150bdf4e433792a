import { describe, expect, it } from 'vitest';
import { minedAt, minedFullNames } from '../gazetteers/mined';
import { clusterOf, clusterOfFolded } from './index';

describe('word clusters learnt from ANT', () => {
  it('puts words of one kind in one class', () => {
    expect(clusterOf('الخميس')).toBe(clusterOf('الأربعاء'));
    expect(clusterOf('يناير')).toBe(clusterOf('مارس'));
    expect(clusterOf('قال')).toBe(clusterOf('أكد'));
    expect(clusterOf('محمد')).toBe(clusterOf('أحمد'));
  });
  it('gives coarser clusters by prefix: surnames share a prefix that days of the week do not', () => {
    const [trump, putin, wenger, thursday] = ['ترامب', 'بوتين', 'فينغر', 'الخميس'].map((w) => clusterOf(w) ?? '');
    expect(trump.slice(0, 6)).toBe(putin.slice(0, 6));
    expect(wenger.slice(0, 6)).toBe(trump.slice(0, 6));
    expect(thursday.slice(0, 6)).not.toBe(trump.slice(0, 6));
  });
  it('folds before looking up, and knows nothing of rare words', () => {
    expect(clusterOf('الأربعاء')).toBe(clusterOfFolded('الاربعاء'));
    expect(clusterOf('قلقلقلقل')).toBeUndefined();
  });
});

describe('names mined from ANT', () => {
  const keys = (s: string) => s.split(' ');
  it('finds a mined person and an organisation with its acronym', () => {
    expect(minedAt(keys('وقال رجب طيب اردوغان'), 1)).toEqual({ end: 4, type: 'P' });
    expect(minedAt(keys('وقال رجب طيب اردوغان'), 0)).toBeUndefined();
    expect(minedFullNames('اوبك')).toContain('منظمه بلدان مصدره بترول');
  });
});
