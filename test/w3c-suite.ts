/**
 * The W3C Web Annotation conformance assertions (test/fixtures/w3c-annotation-tests, vendored with their
 * licence) run with ajv as the Web Platform Tests runner does: each `.test` file lists JSON Schema (draft-04)
 * assertions that all expect "valid". A failing MUST assertion is an error; a failing optional one means "not
 * implemented". Node only (tests).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv, { type ValidateFunction } from 'ajv-draft-04';
import addFormats from 'ajv-formats';

const root = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'w3c-annotation-tests');

export type SuiteTest =
  | 'annotations/annotationMusts'
  | 'annotations/annotationOptionals'
  | 'annotations/annotationsAgentOptionals'
  | 'collections/collectionMusts'
  | 'collections/collectionOptionals'
  | 'collections/pages/pageMusts'
  | 'collections/pages/pageOptionals';

// Strict IRI checking: `format: "uri"` is RFC 3986 (ajv-formats' full mode), so raw Arabic in a URL fails.
const ajv = new Ajv({ strict: false, allErrors: false, validateSchema: false });
addFormats(ajv, { mode: 'full' });
for (const f of readdirSync(join(root, 'definitions')).filter((n) => n.endsWith('.json'))) {
  ajv.addSchema(JSON.parse(readFileSync(join(root, 'definitions', f), 'utf8')));
}

const compiled = new Map<string, ValidateFunction>();
function assertion(path: string): ValidateFunction {
  let v = compiled.get(path);
  if (!v) {
    v = ajv.compile(JSON.parse(readFileSync(join(root, path), 'utf8')));
    compiled.set(path, v);
  }
  return v;
}

/** The assertion files of one `.test` file. */
export function assertionsOf(test: SuiteTest): string[] {
  const t = JSON.parse(readFileSync(join(root, `${test}.test`), 'utf8')) as { assertions: string[] };
  return t.assertions;
}

/** The assertions of `test` that `data` fails (paths relative to the suite), each with ajv's first error. */
export function failures(test: SuiteTest, data: unknown): { assertion: string; error: string }[] {
  const out: { assertion: string; error: string }[] = [];
  for (const path of assertionsOf(test)) {
    const v = assertion(path);
    if (!v(data)) {
      const e = v.errors?.[0];
      out.push({ assertion: path, error: e ? `${e.instancePath || '/'} ${e.message}` : 'invalid' });
    }
  }
  return out;
}

/** The assertions of `test` that `data` passes (for the optional tests: what is implemented). */
export function passed(test: SuiteTest, data: unknown): string[] {
  const failed = new Set(failures(test, data).map((f) => f.assertion));
  return assertionsOf(test).filter((a) => !failed.has(a));
}

/** An annotation of a collection as a standalone document: the collection's @context counted, as the model says. */
export function withContext(annotation: object, context: unknown): object {
  return { '@context': context, ...annotation };
}
