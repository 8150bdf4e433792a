import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MentionIndex } from './mention-index';
import type { Entity } from './schema';

const entityArb = fc.record({
  type: fc.constantFrom('person', 'organization', 'location' as const),
  spans: fc.array(fc.tuple(fc.nat({ max: 500 }), fc.integer({ min: 1, max: 40 })), { minLength: 1, maxLength: 8 }),
});

describe('MentionIndex', () => {
  it('finds exactly the mentions a scan over every mention finds', () => {
    fc.assert(
      fc.property(fc.array(entityArb, { maxLength: 12 }), fc.nat({ max: 560 }), fc.nat({ max: 80 }), (raw, s, len) => {
        const entities = raw.map(
          (r, i) =>
            ({
              id: `e${i}`,
              name: `e${i}`,
              type: r.type,
              aliases: [],
              mentions: r.spans.map(([start, n]) => ({ text: 'x'.repeat(n), start, end: start + n })),
            }) as Entity,
        );
        const e = s + len;
        const want = entities
          .flatMap((en) => en.mentions.map((m) => `${m.start}-${m.end}-${en.type}`))
          .filter((k) => {
            const [a, b] = k.split('-').map(Number);
            return a < e && b > s;
          })
          .sort();
        const got = new MentionIndex(entities)
          .overlapping(s, e)
          .map((m) => `${m.start}-${m.end}-${m.type}`)
          .sort();
        expect(got).toEqual(want);
      }),
      { numRuns: 300 },
    );
  });

  it('lists the people by folded name', () => {
    const idx = new MentionIndex([
      { id: 'p', name: 'أحمد', type: 'person', aliases: [], mentions: [] },
      { id: 'l', name: 'القاهرة', type: 'location', aliases: [], mentions: [] },
    ]);
    expect([...idx.personNames()]).toEqual(['احمد']);
  });
});
