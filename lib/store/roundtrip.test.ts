import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wholePrefix, wholeSuffix } from './anchor';
import { fakeDb } from './fixtures';
import { exportClaims } from './formats';
import { iriSafe } from './formats/w3c';
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
      url: fc.oneof(
        fc.webUrl(),
        fc.webUrl().map((u) => `${u}/أخبار/${encodeURIComponent('ا')}|x`),
      ),
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
      tags: fc.uniqueArray(str(1, 8).filter((t) => t.trim() === t && t.length > 0 && !/\p{Cc}/u.test(t))),
      kindCorrection: kind,
      origin: fc.constantFrom('card', 'panel', 'selection' as const),
      // Issue 17: fields a W3C round trip must keep.
      modified: fc.constantFrom('2026-02-03T04:05:06.000Z', '2026-02-03T07:05:06+03:00'),
      pagePosition: fc
        .tuple(nat, nat)
        .map(([a, b]) => ({ type: 'TextPositionSelector' as const, start: Math.min(a, b), end: Math.max(a, b) })),
      // Issue 14 (10): how a claim entered this library; never exported, so it cannot change a file.
      imported: fc.constant(true as const),
      annotation: fc.record(
        {
          via: fc.array(fc.webUrl(), { minLength: 1, maxLength: 3 }),
          canonical: fc.webUrl(),
          creator: fc.constantFrom('https://example.org/u/1', { type: 'Person', name: 'قارئ', nickname: 'r' }),
          sourceBody: fc.record({
            language: fc.constantFrom('ar', 'en-GB'),
            textDirection: fc.constantFrom('ltr', 'auto' as const),
          }),
          noteBody: fc.record({ format: fc.constantFrom('text/html', 'text/markdown') }),
          tagBody: fc.constant({}),
        },
        { requiredKeys: [] },
      ),
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

/** A claim as the W3C export writes it: URL as a URI, prefix and suffix trimmed to whole characters. */
function asW3cWrites(c: SavedClaim): SavedClaim {
  const quote = { ...c.quote, prefix: wholePrefix(c.quote.prefix), suffix: wholeSuffix(c.quote.suffix) };
  return { ...c, url: iriSafe(c.url), quote };
}

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
          // Every claim read from a file is marked imported, whatever the file said.
          expect((await db.claims.toArray()).every((c) => c.imported === true)).toBe(true);
          const second = (await exportLibrary(db, format, AT)).text;
          expect(second).toBe(first);
          // The other formats come from the same records, so they match too. The W3C file holds the URL as a
          // URI and the quote's context in whole characters, so its records are the claims in that form.
          const asRead = format === 'w3c' ? claims.map(asW3cWrites) : claims;
          for (const other of ['csv', 'markdown'] as const) {
            expect((await exportLibrary(db, other, AT)).text).toBe(
              exportClaims(asRead, other, { exportedAt: AT, scope: 'library' }).text,
            );
          }
          db.close();
        }),
        { numRuns: 60 },
      );
    });
  }
});

/** Every node of a parsed JSON value, with a setter that replaces it (the root has none). */
function jsonNodes(root: unknown): ((v: unknown) => void)[] {
  const out: ((v: unknown) => void)[] = [];
  const walk = (v: unknown) => {
    if (v === null || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    for (const k of Object.keys(o)) {
      out.push((x) => {
        if (x === undefined && !Array.isArray(o)) delete o[k];
        else o[k] = x;
      });
      walk(o[k]);
    }
  };
  walk(root);
  return out;
}

const damage = fc.oneof(
  // Cut short, or one character replaced: mostly not JSON any more.
  fc.record({ cut: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), ch: fc.constantFrom('"', '}', ',', 'ا', '\u0000', ' ') }),
  // Valid JSON with one field removed or given a value of the wrong kind.
  fc.record({
    node: fc.nat(),
    value: fc.constantFrom(undefined, null, 0, -1, 1.5, 2 ** 53, '', 'ا'.repeat(3), true, [], {}, [null], {
      '@type': 'x',
    }),
  }),
);

function applyDamage(text: string, d: Record<string, unknown>): string {
  if (typeof d.cut === 'number') return text.slice(0, Math.floor(text.length * d.cut));
  if (typeof d.at === 'number') {
    const i = Math.floor((text.length - 1) * d.at);
    return text.slice(0, i) + String(d.ch) + text.slice(i + 1);
  }
  const doc = JSON.parse(text);
  const nodes = jsonNodes(doc);
  if (nodes.length) nodes[(d.node as number) % nodes.length](d.value);
  return JSON.stringify(doc);
}

describe('a damaged import', () => {
  it('never throws and never changes or loses what the library holds', async () => {
    await fc.assert(
      fc.asyncProperty(
        libraryArb,
        libraryArb,
        fc.constantFrom('json', 'w3c' as const),
        damage,
        async (mine, incoming, format, d) => {
          const db = fakeDb();
          await importFile(db, exportClaims(mine, 'json', { exportedAt: AT, scope: 'library' }).text);
          const before = await db.claims.toArray();
          const text = applyDamage(exportClaims(incoming, format, { exportedAt: AT, scope: 'library' }).text, d);
          const r = await importFile(db, text);
          const after = new Map((await db.claims.toArray()).map((s) => [s.id, s]));
          for (const b of before) expect(after.get(b.id)).toEqual(b);
          if (r.errors.length) {
            expect(r.added).toBe(0);
            expect(after.size).toBe(before.length);
            for (const e of r.errors) expect(e.length).toBeGreaterThan(0);
          } else expect(after.size).toBe(before.length + r.added);
          db.close();
        },
      ),
      { numRuns: 60 },
    );
  });
});
