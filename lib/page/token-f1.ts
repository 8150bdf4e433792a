/**
 * Token F1 between an extracted text and the expected one: the usual measure for boilerplate
 * removal (tokens = runs of letters and digits, compared as multisets, so order and whitespace
 * do not matter, but every missing or extra word does).
 */
export function tokens(s: string): string[] {
  return s.normalize('NFKC').match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
}

export interface F1 {
  precision: number;
  recall: number;
  f1: number;
}

export function tokenF1(got: string, expected: string): F1 {
  const g = tokens(got);
  const e = tokens(expected);
  const counts = new Map<string, number>();
  for (const t of e) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of g) {
    const c = counts.get(t) ?? 0;
    if (c > 0) {
      common++;
      counts.set(t, c - 1);
    }
  }
  const precision = g.length ? common / g.length : 0;
  const recall = e.length ? common / e.length : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
