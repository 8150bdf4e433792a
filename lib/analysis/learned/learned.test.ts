import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldsOf, loadGold } from '../../../scripts/attr/gold-set';
import { fitLinear } from '../../../scripts/attr/linear-train';
import { trainKindModel } from '../../../scripts/attr/train';
import { analyze } from '../analyze';
import { classProbs, decide, type LinearModel } from './linear';

const toy: LinearModel = {
  about: 'toy',
  classes: ['a', 'b'],
  bias: [0, 0],
  weights: { x: [2, -2], y: [-1, 1] },
};

describe('linear model', () => {
  it('gives probabilities that sum to one and picks the heavier class', () => {
    const p = classProbs(toy, ['x', 'unknown']);
    expect(p[0] + p[1]).toBeCloseTo(1, 10);
    expect(decide(toy, ['x']).label).toBe('a');
    expect(decide(toy, ['y']).label).toBe('b');
    expect(decide(toy, ['constructor', '__proto__']).p).toBeCloseTo(0.5, 10); // no prototype lookups
  });
  it('trains deterministically and learns a separable toy set', () => {
    const ex = [
      ...Array.from({ length: 5 }, () => ({ feats: ['pl', 'indef'], label: 'anonymous' })),
      ...Array.from({ length: 5 }, () => ({ feats: ['name'], label: 'person' })),
    ];
    const m1 = fitLinear(ex, ['person', 'anonymous'], 't');
    expect(JSON.stringify(fitLinear(ex, ['person', 'anonymous'], 't'))).toBe(JSON.stringify(m1));
    expect(decide(m1, ['pl', 'indef']).label).toBe('anonymous');
    expect(decide(m1, ['name']).label).toBe('person');
  });
});

describe('cross-validation folds', () => {
  const ids = ['a_01', 'a_02', 'a_03', 'a_04', 'a_05', 'b_01', 'b_02', 'b_03', 'b_04', 'b_05', 'b_06'];
  it('are fixed by the seed and spread every outlet over the folds', () => {
    const f = foldsOf(ids);
    expect([...foldsOf(ids)]).toEqual([...f]);
    for (const o of ['a', 'b']) {
      const used = new Set(ids.filter((id) => id.startsWith(o)).map((id) => f.get(id)));
      expect(used.size).toBe(5);
    }
  });
});

describe('the shipped source-kind model', () => {
  it('is what `npm run train` makes from eval/gold, byte for byte', () => {
    const shipped = readFileSync(join(__dirname, '../../lexicon/models/kind.json'), 'utf8');
    const made = `${JSON.stringify(trainKindModel(loadGold(join(__dirname, '../../../eval/gold'))))}\n`;
    expect(made === shipped).toBe(true);
  }, 60_000);
  it("marks the kinds it decided, leaves the rules' anonymous readings, and can be switched off", () => {
    const text = 'عنوان\n\nوقالت وزارة الخارجية إن الاجتماع تأجل.\nوقالت مصادر مطلعة إن الاجتماع تأجل.';
    const on = analyze(text, { entities: false });
    const off = analyze(text, { entities: false, kindModel: null });
    expect(on.attributions[0].why.kindModel).toBeGreaterThan(0.5);
    expect(on.attributions[0].source.kind).toBe('organization');
    expect(on.attributions[1].source.kind).toBe('anonymous');
    expect(on.attributions[1].why.kindModel).toBeUndefined();
    expect(off.attributions[0].why.kindModel).toBeUndefined();
  });
});
