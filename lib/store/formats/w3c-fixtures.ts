/**
 * Hand-made claims for the W3C tests (issue 17): each one carries a case the export once got wrong.
 * Tests only (never bundled).
 */
import { makeClaim } from '../fixtures';
import type { SavedClaim } from '../schema';

/** A foreign annotation (another tool's), with everything the model lets it carry that Isnad must keep. */
export const FOREIGN_ANNOTATION = {
  '@context': 'http://www.w3.org/ns/anno.jsonld',
  id: 'https://annotations.example/anno/42',
  type: 'Annotation',
  motivation: 'commenting',
  canonical: 'urn:uuid:6b2f2b46-0c8a-4d3a-9a4e-2d1f2b8f1c11',
  via: 'https://mirror.example/anno/7',
  creator: { id: 'https://annotations.example/user/sara', type: 'Person', name: 'Sara', nickname: 'sara' },
  created: '2024-03-05T13:00:00+03:00',
  modified: '2024-03-06T08:30:00+00:00',
  body: [
    {
      type: 'TextualBody',
      purpose: 'commenting',
      value: '<p>Check the <em>ministry</em> statement</p>',
      format: 'text/html',
      language: 'en',
      textDirection: 'ltr',
    },
    { type: 'TextualBody', purpose: 'tagging', value: 'verify', language: 'en' },
  ],
  target: {
    source: 'https://news.example/أخبار/مقال-الوزير?قسم=سياسة#فقرة',
    selector: [
      { type: 'TextQuoteSelector', exact: 'قال الوزير إن الاتفاق قريب', prefix: 'أمس ', suffix: '.' },
      { type: 'TextPositionSelector', start: 812, end: 838 },
    ],
  },
};

/** Isnad claims with the edge cases: no source name, an emoji cut by an old prefix window, a Latin note, a
 * time with an offset, a reader's change (modified), a position in the page's text, a URL with Arabic. */
export function edgeClaims(): SavedClaim[] {
  const base = makeClaim(1);
  return [
    { ...makeClaim(2), id: 'edge-unnamed', source: { kind: 'anonymous', name: '', mention: null } },
    {
      ...base,
      id: 'edge-emoji',
      quote: { ...base.quote, prefix: '\ude00 وقال المتحدث في بيان ', suffix: '، وأضاف 😀 ثم \ud83d' },
    },
    { ...makeClaim(3), id: 'edge-latin-note', note: 'needs a second source', tags: ['follow-up', 'سياسة'] },
    { ...makeClaim(4), id: 'edge-offset', savedAt: '2025-06-01T12:00:00+03:00', modified: '2025-06-02T09:00:00+03:00' },
    {
      ...makeClaim(5),
      id: 'edge-page-position',
      url: 'https://www.example.com/ar/أخبار/2025/خبر عاجل?id=٣',
      pagePosition: { type: 'TextPositionSelector', start: 760, end: 760 + makeClaim(5).claim.length },
    },
  ];
}
