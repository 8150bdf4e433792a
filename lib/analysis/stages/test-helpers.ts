import { expect } from 'vitest';
import { analyze } from '../analyze';
import type { Attribution } from '../schema';

// For the stages' tests: small synthetic sentences, one construction each (not taken from the dev set), run
// through the whole pipeline without entities.
export const T = (body: string) => `عنوان الخبر\n\n${body}`;
export const run = (body: string) => analyze(T(body), { entities: false });
export const one = (body: string): Attribution => {
  const a = run(body).attributions;
  expect(a.length, JSON.stringify(a.map((x) => [x.cue.text, x.source.name, x.claim.text]))).toBeGreaterThan(0);
  return a[0];
};
