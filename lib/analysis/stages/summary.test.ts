import { describe, expect, it } from 'vitest';
import type { Attribution } from '../schema';
import { summarize } from './summary';

const attr = (name: string, kind: Attribution['source']['kind']): Attribution => ({
  id: name,
  cue: { text: 'قال', start: 0, end: 3 },
  source: { kind, name, mention: null },
  claim: { text: 'x', start: 0, end: 1 },
  why: { rule: 'test', cue: 'قال' },
  confidence: 1,
});

describe('summarize', () => {
  it('counts claims by kind and distinct sources across spelling variants', () => {
    const s = summarize([
      attr('أسامة بشير', 'person'),
      attr('اسامة بشير', 'person'),
      attr('وزارة الدفاع', 'organization'),
      attr('مصادر مطلعة', 'anonymous'),
    ]);
    expect(s).toEqual({
      claims: 4,
      claimsByKind: { person: 2, organization: 1, anonymous: 1 },
      distinctSources: { named: 2, anonymous: 1 },
      anonymousShare: 0.25,
    });
  });
  it('gives a zero share when there are no claims', () => {
    expect(summarize([]).anonymousShare).toBe(0);
  });
});
