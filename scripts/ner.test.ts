import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatConll, parseConll, scoreSpans } from '../lib/analysis/entities/conll';
import { modelFromFile, tagFeatures } from '../lib/analysis/entities/model';
import { runConll } from './analyze-conll';
import { devScores } from './eval-ner';
import { trainCrfStage } from './ner/crf';
import { trainPerceptronStage } from './ner/perceptron';
import { commonWords } from './train-ner';

const SCORER = resolve(__dirname, '../../shared/eval/score.mjs');

describe('runConll', () => {
  it('returns the same sentences and tokens with BIO tags over PERS, LOC, ORG only', () => {
    const input =
      'قال O\nالرئيس O\nجورج B-PERS\nبوش I-PERS\nفي O\nواشنطن B-LOC\n. O\n\nوصل O\nالوفد O\nإلى O\nبغداد O\n';
    const out = parseConll(runConll(input));
    const inp = parseConll(input);
    expect(out.map((s) => s.tokens)).toEqual(inp.map((s) => s.tokens));
    for (const s of out) for (const t of s.tags) expect(t).toMatch(/^(O|[BI]-(PERS|LOC|ORG))$/);
    expect(out[0].tags.slice(2, 6)).toEqual(['B-PERS', 'I-PERS', 'O', 'B-LOC']);
    expect(out[1].tags[3]).toBe('B-LOC');
  });
  it('ignores any tags in its input', () => {
    const a = runConll('سافر\nأوباما\nإلى\nباريس\n');
    const b = runConll('سافر O\nأوباما B-ORG\nإلى B-LOC\nباريس O\n');
    expect(a).toBe(b);
  });
});

describe('ANERcorp development split', () => {
  const { dev, gold, pred, scores } = devScores();
  it('keeps the shipped weights above the floor', () => {
    expect(scores.all.f1).toBeGreaterThan(0.73);
    expect(scores.LOC.f1).toBeGreaterThan(0.85);
  });
  it.skipIf(!existsSync(SCORER))('scores exactly as score.mjs conll does', async () => {
    const scorer = await import(pathToFileURL(SCORER).href);
    const dir = mkdtempSync(join(tmpdir(), 'isnad-conll-'));
    try {
      writeFileSync(join(dir, 'gold.conll'), formatConll(dev.map((s, i) => ({ tokens: s.tokens, tags: gold[i] }))));
      writeFileSync(join(dir, 'pred.conll'), formatConll(dev.map((s, i) => ({ tokens: s.tokens, tags: pred[i] }))));
      const theirs = scorer.scoreConll(join(dir, 'gold.conll'), join(dir, 'pred.conll'));
      for (const t of ['PERS', 'LOC', 'ORG', 'all']) {
        expect(scores[t].tp).toBe(theirs[t].tp);
        expect(scores[t].pred).toBe(theirs[t].pred);
        expect(scores[t].gold).toBe(theirs[t].gold);
        expect(scores[t].f1).toBeCloseTo(theirs[t].f1, 10);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('counts an I- tag after O as a span start, like the scorer', () => {
    const s = scoreSpans([['O', 'I-PERS', 'I-PERS']], [['O', 'B-PERS', 'I-PERS']]);
    expect(s.PERS.tp).toBe(1);
  });
});

describe('training', () => {
  const conll = readFileSync(resolve(__dirname, '../data/anercorp/train.conll'), 'utf8');
  it('is reproducible: the same data gives identical weights', () => {
    const small = parseConll(conll).slice(0, 150);
    const feats = small.map((s) => s.tokens.map((t) => [`w:${t}`, `s:${t.slice(-2)}`, 'b']));
    const tags = small.map((s) => s.tags);
    const a = trainPerceptronStage(feats, tags, () => {}, 'test');
    const b = trainPerceptronStage(feats, tags, () => {}, 'test');
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(Object.keys(a.feats).length).toBeGreaterThan(10);
    const c = trainCrfStage(feats, tags, () => {}, 'test');
    const d = trainCrfStage(feats, tags, () => {}, 'test');
    expect(JSON.stringify(c)).toBe(JSON.stringify(d));
    expect(Object.keys(c.feats).length).toBeGreaterThan(10);
  });
  it('learns: each learner tags held-out sentences far better than it did untrained', () => {
    const all = parseConll(conll).slice(0, 1200);
    const [train, held] = [all.slice(0, 1000), all.slice(1000)];
    const feats = (ss: typeof all) => ss.map((s) => s.tokens.map((t) => [`w:${t}`, `s:${t.slice(-2)}`, 'b']));
    const f1 = (w: ReturnType<typeof trainCrfStage>) => {
      const m = modelFromFile(w);
      const pred = feats(held).map((fs) => tagFeatures(m, fs));
      return scoreSpans(
        held.map((s) => s.tags),
        pred,
      ).all.f1;
    };
    const tags = train.map((s) => s.tags);
    // Word and suffix features only, 1,000 sentences: here 0.33 (CRF) and 0.37 (perceptron), against 0 untrained.
    expect(f1(trainCrfStage(feats(train), tags, () => {}, 'test'))).toBeGreaterThan(0.25);
    expect(f1(trainPerceptronStage(feats(train), tags, () => {}, 'test'))).toBeGreaterThan(0.25);
  });
  it('derives the shipped common-word list from the text the shipped weights were trained on', () => {
    const shipped = JSON.parse(readFileSync(resolve(__dirname, '../lib/lexicon/ner/common.json'), 'utf8'));
    const all = shipped.about.includes('all of'); // `npm run train -- --all` (shipped) or the first 90%
    expect(commonWords(conll, all).words).toEqual(shipped.words);
  });
});

describe('shipped size', () => {
  it('keeps weights, common words, gazetteers and word clusters within 3 MB gzipped', async () => {
    const { gzipSync } = await import('node:zlib');
    const { readdirSync } = await import('node:fs');
    const lex = resolve(__dirname, '../lib/lexicon');
    const files = [
      join(lex, 'ner/weights.json'),
      join(lex, 'ner/common.json'),
      ...readdirSync(join(lex, 'gazetteers')).map((f) => join(lex, 'gazetteers', f)),
      ...readdirSync(join(lex, 'clusters'))
        .filter((f) => !f.endsWith('.md'))
        .map((f) => join(lex, 'clusters', f)),
    ];
    const total = files.reduce((a, f) => a + gzipSync(readFileSync(f)).length, 0);
    expect(total).toBeLessThan(3 * 1024 * 1024);
  });
});
