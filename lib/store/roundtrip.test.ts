import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fakeDb } from './fixtures';
import { exportClaims } from './formats';
import { type SavedClaim, SavedClaimSchema } from './schema';
import { exportLibrary, importFile } from './service';

const AT = '2026-03-04T05:06:07.000Z';

// Arabic letters, diacritics, tatweel, Latin, digits, punctuation that CSV / JSON / Markdown treat specially.
const chars = fc.constantFrom(...'ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآةىؤئ ًٌٍَُِّْـabcXYZ019 ,;"\'\n\r\t\\[]()<>#*_|');
const str = (min = 0, max = 20) => fc.string({ unit: chars, minLength: min, maxLength: max });
const kind = fc.constantFrom('person', 'organization', 'anonymous' as const);
const nat = fc.nat({ max: 100_000 });

const claimArb = fc
  .record(
    {
      id: fc.string({ unit: fc.constantFrom(...'abcdef0123456789-:/ %é'), minLength: 1, maxLength: 12 }),
      claim: str(1),
      source: fc.record(
        {
          kind,
          name: str(),
          role: str(),
          mention: fc.option(fc.record({ text: str(), start: nat, end: nat }), { nil: null }),
        },
        { requiredKeys: ['kind', 'name', 'mention'] },
      ),
      cue: str(),
      url: fc.webUrl(),
      title: str(),
      outlet: str(),
      published: fc.constantFrom('2025-01-02', '2024-12-31T23:00:00+03:00', 'أمس'),
      savedAt: fc
        .integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) })
        .map((t) => new Date(t).toISOString()),
      quote: fc.record({
        type: fc.constant('TextQuoteSelector' as const),
        exact: str(1),
        prefix: str(),
        suffix: str(),
      }),
      position: fc.option(
        fc
          .tuple(nat, nat)
          .map(([a, b]) => ({ type: 'TextPositionSelector' as const, start: Math.min(a, b), end: Math.max(a, b) })),
        { nil: null },
      ),
      note: str(),
      tags: fc.uniqueArray(str(1, 8).filter((t) => t.trim() === t && t.length > 0)),
      kindCorrection: kind,
      origin: fc.constantFrom('card', 'panel', 'selection' as const),
    },
    {
      requiredKeys: [
        'id',
        'claim',
        'source',
        'cue',
        'url',
        'title',
        'outlet',
        'savedAt',
        'quote',
        'position',
        'note',
        'tags',
        'origin',
      ],
    },
  )
  .map((c) => SavedClaimSchema.parse(c) as SavedClaim);

// Unique ids and unique url+quote, as in a library (the store never holds two of either).
const libraryArb = fc
  .uniqueArray(claimArb, {
    maxLength: 15,
    selector: (c) => c.id,
  })
  .map((list) => {
    const seen = new Set<string>();
    return list.filter((c) => {
      const k = [c.url, c.quote.exact, c.quote.prefix, c.quote.suffix].join('\u0000');
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
  });

describe('export → import → export', () => {
  for (const format of ['json', 'w3c'] as const) {
    it(`gives identical ${format} output`, async () => {
      await fc.assert(
        fc.asyncProperty(libraryArb, async (claims) => {
          const first = exportClaims(claims, format, { exportedAt: AT, scope: 'library' }).text;
          const db = fakeDb();
          const r = await importFile(db, first);
          expect(r.errors).toEqual([]);
          expect(r.added).toBe(claims.length);
          const second = (await exportLibrary(db, format, AT)).text;
          expect(second).toBe(first);
          // The other formats come from the same records, so they match too.
          for (const other of ['csv', 'markdown'] as const) {
            expect((await exportLibrary(db, other, AT)).text).toBe(
              exportClaims(claims, other, { exportedAt: AT, scope: 'library' }).text,
            );
          }
          db.close();
        }),
        { numRuns: 60 },
      );
    });
  }
});
