/**
 * The W3C Web Annotation assertion suite (w3c/web-annotation-tests, vendored in test/fixtures) on real exports:
 * every annotation of a library export passes every MUST assertion, the optional features Isnad writes are
 * recognised as implemented, the collection and its page pass theirs, and the empty export is valid.
 */
import { describe, expect, it } from 'vitest';
import { failures, passed, withContext } from '../../../test/w3c-suite';
import { makeClaims } from '../fixtures';
import { exportClaims, parseImport } from './index';
import { edgeClaims, FOREIGN_ANNOTATION } from './w3c-fixtures';

const AT = '2026-01-02T03:04:05.000Z';

function library() {
  const r = parseImport(JSON.stringify(FOREIGN_ANNOTATION));
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return [...makeClaims(22), ...edgeClaims(), ...r.claims];
}

const collection = JSON.parse(exportClaims(library(), 'w3c', { exportedAt: AT, scope: 'library' }).text);
const annotations: Record<string, unknown>[] = collection.first.items;

describe('W3C assertion suite', () => {
  it('every annotation passes every MUST assertion (annotationMusts)', () => {
    expect(annotations).toHaveLength(28);
    for (const a of annotations) {
      expect(failures('annotations/annotationMusts', withContext(a, collection['@context'])), String(a.id)).toEqual([]);
    }
  });

  it('recognises the optional features Isnad writes as implemented', () => {
    const everywhere = [
      'annotations/3.3.1-annotationCreatedImplemented.json',
      'annotations/3.3.5-annotationMotivationImplemented.json',
      'annotations/bodiesTargets/4-targSpecificResource.json',
      'annotations/specificResource/4.2.4-textQuoteSelector.json',
      'annotations/specificResource/4.2.4-prefix.json',
      'annotations/specificResource/4.2.4-suffix.json',
    ];
    const withBodies = [
      'annotations/3.1-bodyKeyFound.json',
      'annotations/bodiesTargets/3.2.1-bodyFormat.json',
      'annotations/bodiesTargets/3.2.1-bodyTextDirection.json',
      'annotations/bodiesTargets/3.3.5-bodyPurpose.json',
    ];
    const counts = new Map<string, number>();
    for (const a of annotations) {
      const ok = new Set(passed('annotations/annotationOptionals', withContext(a, collection['@context'])));
      for (const x of ok) counts.set(x, (counts.get(x) ?? 0) + 1);
      for (const x of everywhere) expect(ok.has(x), `${a.id} ${x}`).toBe(true);
      if (a.body) for (const x of withBodies) expect(ok.has(x), `${a.id} ${x}`).toBe(true);
    }
    const some = (x: string) => counts.get(x) ?? 0;
    // Arabic bodies have a language; Latin-only ones need not.
    expect(some('annotations/bodiesTargets/3.2.1-bodyLanguage.json')).toBeGreaterThanOrEqual(26);
    expect(some('annotations/3.3.1-annotationModifiedImplemented.json')).toBe(2);
    expect(some('annotations/specificResource/4.2.5-textPositionSelector.json')).toBe(2);
    expect(some('annotations/3.3.7-annotationCanonicalImplemented.json')).toBe(1);
    expect(some('annotations/3.3.7-annotationViaImplemented.json')).toBe(1);
    const foreign = annotations.find((a) => a.via)!;
    expect(passed('annotations/annotationsAgentOptionals', withContext(foreign, collection['@context']))).toEqual(
      expect.arrayContaining([
        'annotations/3.3.1-annotationCreatorImplemented.json',
        'annotations/3.3.2-annotationCreatorAgentIdImplemented.json',
        'annotations/3.3.2-annotationCreatorAgentNameImplemented.json',
      ]),
    );
  });

  it('the collection and its embedded page pass theirs, with last and partOf', () => {
    expect(failures('collections/collectionMusts', collection)).toEqual([]);
    expect(failures('collections/pages/pageMusts', collection)).toEqual([]);
    expect(
      failures('collections/pages/pageMusts', { '@context': collection['@context'], ...collection.first }),
    ).toEqual([]);
    expect(passed('collections/collectionOptionals', collection)).toEqual(
      expect.arrayContaining([
        'collections/5.1-collectionLabelImplemented.json',
        'collections/5.1-collectionLastImplemented.json',
        'collections/5.1-collectionTotalImplemented.json',
        'collections/5.1-collectionFirstImplemented.json',
      ]),
    );
    expect(
      passed('collections/pages/pageOptionals', { '@context': collection['@context'], ...collection.first }),
    ).toEqual(
      expect.arrayContaining([
        'collections/pages/5.2-pagePartOfImplemented.json',
        'collections/pages/5.2-pageStartIndexImplemented.json',
      ]),
    );
  });

  it('an empty library exports a valid collection with no page', () => {
    const empty = JSON.parse(exportClaims([], 'w3c', { exportedAt: AT, scope: 'library' }).text);
    expect(empty.total).toBe(0);
    expect('first' in empty || 'last' in empty).toBe(false);
    expect(failures('collections/collectionMusts', empty)).toEqual([]);
    const back = parseImport(JSON.stringify(empty));
    expect(back.ok && back.claims).toEqual([]);
  });

  it('is not vacuous: it fails a raw Arabic IRI, a non-date and a missing @context', () => {
    const a = annotations[0] as { target: { source: string }; created: string };
    const ctx = collection['@context'];
    const bad = (x: object) => failures('annotations/annotationMusts', x).map((f) => f.assertion);
    expect(bad({ ...a, '@context': ctx, target: { ...a.target, source: 'https://news.example/أخبار' } })).toContain(
      'annotations/3.2-targetObjectsRecognized.json',
    );
    expect(bad({ ...a, '@context': ctx, created: 'yesterday' })).toContain(
      'annotations/3.3.1-annotationCreatedValidated.json',
    );
    expect(bad(a)).toContain('annotations/3.1-annotationContextValidated.json');
    // What the suite does not check (UTC `Z`, a page holding annotations, positions) is in w3c.test.ts.
  });
});
