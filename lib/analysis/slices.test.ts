import { describe, expect, it } from 'vitest';
import type { Analysis } from './schema';
import { AnalysisSchema } from './schema';
import { analyzeInSlices, paragraphChunks, summarize } from './slices';

/** A toy analyser for testing the slicing only: every «…» quotation is a claim of the word before it. */
function toyAnalyze(text: string): Analysis {
  const attributions: Analysis['attributions'] = [];
  const entities: Analysis['entities'] = [];
  let i = text.indexOf('«');
  while (i >= 0) {
    const j = text.indexOf('»', i);
    if (j < 0) break;
    const srcEnd = i - 1;
    const srcStart = text.lastIndexOf(' ', srcEnd - 1) + 1;
    const name = text.slice(srcStart, srcEnd);
    attributions.push({
      id: `a${attributions.length}`,
      cue: { text: '«', start: i, end: i + 1 },
      source: {
        kind: name === 'مصدر' ? 'anonymous' : 'person',
        name,
        mention: { text: name, start: srcStart, end: srcEnd },
      },
      claim: { text: text.slice(i + 1, j), start: i + 1, end: j },
      why: { rule: 'toy', cue: '«' },
      confidence: 1,
    });
    entities.push({
      id: `e${entities.length}`,
      name,
      type: 'person',
      aliases: [],
      mentions: [{ text: name, start: srcStart, end: srcEnd }],
    });
    i = text.indexOf('«', j);
  }
  return { version: 1, attributions, entities, warnings: [], summary: summarize(attributions) };
}

const pause = () => Promise.resolve();

describe('analyzeInSlices', () => {
  const para = (k: number) => `فقرة ${k} قال زيد «نص ${k}» وقال مصدر «خبر ${k}»`;
  const text = Array.from({ length: 200 }, (_, k) => para(k)).join('\n');

  it('gives exactly the whole-text analysis for a short text', async () => {
    const short = para(1);
    expect(await analyzeInSlices(short, toyAnalyze, pause, 10_000)).toEqual(toyAnalyze(short));
  });

  it('keeps offsets true to the whole text across slices', async () => {
    const a = await analyzeInSlices(text, toyAnalyze, pause, 500);
    AnalysisSchema.parse(a);
    expect(a.attributions).toHaveLength(400);
    for (const x of a.attributions) {
      expect(text.slice(x.claim.start, x.claim.end)).toBe(x.claim.text);
      expect(text.slice(x.source.mention!.start, x.source.mention!.end)).toBe(x.source.mention!.text);
    }
    expect(new Set(a.attributions.map((x) => x.id)).size).toBe(400);
    // Entities with one name across slices are merged into one, keeping every mention.
    const zaid = a.entities.filter((e) => e.name === 'زيد');
    expect(zaid).toHaveLength(1);
    expect(zaid[0].mentions).toHaveLength(200);
    expect(a.summary).toEqual({
      claims: 400,
      claimsByKind: { person: 200, organization: 0, anonymous: 200 },
      distinctSources: { named: 1, anonymous: 1 },
      anonymousShare: 0.5,
    });
  });

  it('yields between slices', async () => {
    let pauses = 0;
    await analyzeInSlices(text, toyAnalyze, async () => void pauses++, 500);
    expect(pauses).toBeGreaterThan(10);
  });
});

describe('paragraphChunks', () => {
  it('covers the text without gaps, cutting after newlines', () => {
    const text = Array.from({ length: 50 }, (_, k) => 'كلمة '.repeat(k + 1)).join('\n');
    const chunks = paragraphChunks(text, 200);
    expect(chunks[0][0]).toBe(0);
    expect(chunks[chunks.length - 1][1]).toBe(text.length);
    for (let k = 1; k < chunks.length; k++) expect(chunks[k][0]).toBe(chunks[k - 1][1]);
    for (const [, end] of chunks.slice(0, -1)) expect(/[\n ]/.test(text[end - 1])).toBe(true);
  });
  it('terminates on text with no break at all', () => {
    const chunks = paragraphChunks('ب'.repeat(10_000), 300);
    expect(chunks.length).toBe(34);
  });
});
