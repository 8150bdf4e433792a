import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../lib/analysis/index';
import { namesMatch, scoreArticles, tokenF1 } from './score';

const root = resolve(__dirname, '..');
const gold = join(root, 'eval', 'gold');
const reference = resolve(root, '..', 'shared', 'eval', 'score.mjs');

describe('scorer definitions', () => {
  it('token F1 on normalised text and subset name matching with light stems', () => {
    expect(tokenF1('قال إن الوضعَ مستقر', 'قال ان الوضع مستقر')).toBe(1);
    expect(tokenF1('أ ب', 'ج د')).toBe(0);
    expect(namesMatch('الجابر', 'صهيب الجابر')).toBe(true);
    expect(namesMatch('للمصادر', 'المصادر')).toBe(true);
    expect(namesMatch('الوزير', 'صهيب الجابر')).toBe(false);
  });
});

// The project's scorer must give the same figures as the shared reference scorer on the same predictions.
describe.skipIf(!existsSync(reference))('parity with ../shared/eval/score.mjs (skipped only when it is absent)', () => {
  it('identical figures on the analyser predictions and on degraded ones', async () => {
    const ref = await import(reference);
    const out = mkdtempSync(join(tmpdir(), 'isnad-score-'));
    const degraded = mkdtempSync(join(tmpdir(), 'isnad-score-deg-'));
    const ids = readdirSync(gold)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => f.slice(0, -4));
    ids.forEach((id, k) => {
      const a = analyze(readFileSync(join(gold, `${id}.txt`), 'utf8'));
      writeFileSync(join(out, `${id}.json`), JSON.stringify(a));
      // Drop every third attribution and flip a kind, and leave one prediction missing.
      if (k === 0) return;
      const d = { ...a, attributions: a.attributions.filter((_, j) => j % 3 !== 1) };
      if (d.attributions[0])
        d.attributions[0] = { ...d.attributions[0], source: { ...d.attributions[0].source, kind: 'anonymous' } };
      writeFileSync(join(degraded, `${id}.json`), JSON.stringify(d));
    });
    for (const dir of [out, degraded]) {
      const mine = scoreArticles(gold, dir);
      const theirs = ref.scoreArticles(gold, dir, false);
      expect(JSON.parse(JSON.stringify(mine))).toEqual(JSON.parse(JSON.stringify(theirs)));
    }
  });
});
