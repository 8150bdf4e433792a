import { expect } from 'vitest';
import { analyze } from '../analyze';
import type { Attribution } from '../schema';
import { prepare } from './state';

// For the stages' tests: small synthetic sentences, one construction each (not taken from the dev set), run
// through the whole pipeline without entities.
export const T = (body: string) => `عنوان الخبر\n\n${body}`;
export const run = (body: string) => analyze(T(body), { entities: false });
export const one = (body: string): Attribution => {
  const a = run(body).attributions;
  expect(a.length, JSON.stringify(a.map((x) => [x.cue.text, x.source.name, x.claim.text]))).toBeGreaterThan(0);
  return a[0];
};

/** A prepared state (no entities) for calling one stage's functions directly, and token lookups into it. */
export function prepared(text: string) {
  const st = prepare(text, []);
  /** Index of the first token written `word` (at or after `from`). */
  const at = (word: string, from = 0) => {
    const i = st.toks.findIndex((t, k) => k >= from && text.slice(t.start, t.end) === word);
    if (i < 0) throw new Error(`no token ${word}`);
    return i;
  };
  /** The text of a token range. */
  const words = (r: { a: number; b: number } | null) =>
    r ? text.slice(st.toks[r.a].start, st.toks[r.b - 1].end) : null;
  return { st, at, words };
}
