import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from './index';
import { AnalysisSchema } from './schema';

// The stages' own tests sit next to them in stages/; this file checks the whole pipeline's contract.
describe('contract on every dev article', () => {
  const dir = join(__dirname, '..', '..', 'eval', 'gold');
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
  it('has the dev articles', () => expect(files.length).toBeGreaterThan(20));
  for (const f of files) {
    it(`${f}: schema-valid, offsets exact, deterministic`, () => {
      const text = readFileSync(join(dir, f), 'utf8');
      const a = analyze(text, { entities: false });
      expect(AnalysisSchema.safeParse(a).success).toBe(true);
      const spans = [
        ...a.attributions.flatMap((x) => [x.cue, x.claim, ...(x.source.mention ? [x.source.mention] : [])]),
        ...a.warnings.map((w) => w.span),
      ];
      for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
      expect(JSON.stringify(analyze(text, { entities: false }))).toBe(JSON.stringify(a));
    });
  }
});
