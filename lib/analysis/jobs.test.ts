import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { AnalysisJobs } from './jobs';
import { mergeAnalyses, splitPieces } from './pieces';
import type { Analysis } from './schema';

const GOLD = join(__dirname, '../../eval/gold');
const articles = readdirSync(GOLD)
  .filter((f) => f.endsWith('.txt'))
  .slice(0, 8)
  .map((f) => readFileSync(join(GOLD, f), 'utf8'));

const tick = () => new Promise<void>((r) => setTimeout(r, 0));

function spansHold(text: string, a: Analysis): void {
  for (const x of a.attributions)
    for (const s of [x.cue, x.claim, x.source.mention]) if (s) expect(text.slice(s.start, s.end)).toBe(s.text);
  for (const e of a.entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  for (const w of a.warnings) expect(text.slice(w.span.start, w.span.end)).toBe(w.span.text);
}

describe('analysis in pieces (issue 14: one page must not stall the others)', () => {
  it('splits at paragraph breaks into pieces that cover the text', () => {
    const text = articles.join('\n\n');
    const pieces = splitPieces(text, 2000);
    expect(pieces.length).toBeGreaterThan(3);
    expect(pieces[0].start).toBe(0);
    expect(pieces.at(-1)!.end).toBe(text.length);
    for (let i = 0; i < pieces.length; i++) {
      expect(pieces[i].end - pieces[i].start).toBeLessThanOrEqual(2000);
      if (i) expect(pieces[i].start).toBe(pieces[i - 1].end);
      if (i < pieces.length - 1) expect(text[pieces[i].end - 1]).toBe('\n');
    }
    expect(splitPieces('قال', 4000)).toEqual([{ start: 0, end: 3 }]);
    // No break at all: hard cuts, still covering everything.
    const solid = 'ب'.repeat(10_001);
    expect(splitPieces(solid, 4000).map((p) => p.end - p.start)).toEqual([4000, 4000, 2001]);
  });

  it('merges pieces into one analysis whose offsets point into the whole text', () => {
    const text = articles.join('\n\n');
    const parts = splitPieces(text, 6000).map((p, i) => ({
      offset: p.start,
      analysis: analyze(text.slice(p.start, p.end), { entities: true, ...(i ? { headlineEnd: 0 } : {}) }),
    }));
    const merged = mergeAnalyses(parts);
    spansHold(text, merged);
    expect(merged.attributions.length).toBe(parts.reduce((n, p) => n + p.analysis.attributions.length, 0));
    expect(new Set(merged.attributions.map((a) => a.id)).size).toBe(merged.attributions.length);
    expect(new Set(merged.entities.map((e) => e.id)).size).toBe(merged.entities.length);
    const ids = new Set(merged.attributions.map((a) => a.id));
    for (const w of merged.warnings) for (const id of w.attributionIds) expect(ids.has(id)).toBe(true);
    expect(merged.summary.claims).toBe(merged.attributions.length);
    // An ordinary article is one piece: the same analysis as before.
    const one = articles[0];
    expect(mergeAnalyses([{ offset: 0, analysis: analyze(one) }])).toEqual(analyze(one));
  });

  it('stops at the piece where the attribution cap is reached, and says how far it got', async () => {
    const jobs = new AnalysisJobs(tick, analyze, 2000);
    const text = articles.join('\n\n');
    const all = await jobs.submit('tab1:0', text, { entities: false });
    expect(all!.chars).toBe(text.length);
    const total = all!.analysis.attributions.length;
    expect(total).toBeGreaterThan(40);
    const capped = await jobs.submit('tab1:0', text, { entities: false }, 20);
    const { analysis, chars } = capped!;
    expect(chars).toBeLessThan(text.length);
    // Whole pieces only: the cut is a piece end, and the analysis is that of the text up to it.
    expect(splitPieces(text, 2000).some((p) => p.end === chars)).toBe(true);
    expect(analysis.attributions.length).toBeGreaterThanOrEqual(20);
    expect(analysis.attributions.length).toBeLessThan(total);
    spansHold(text, analysis);
    for (const a of analysis.attributions) expect(a.claim.end).toBeLessThanOrEqual(chars);
    // The prefix analysed alone gives the same analysis (the complete pass asks for exactly that prefix).
    const again = await jobs.submit('tab1:0', text.slice(0, chars), { entities: false }, 20);
    expect(again).toEqual(capped);
  });

  it('answers a short text after at most one piece of a long one, and drops superseded jobs', async () => {
    const calls: string[] = [];
    const jobs = new AnalysisJobs(
      tick,
      (text) => {
        calls.push(text.length > 100 ? 'long' : 'short');
        return analyze(text.slice(0, 50), { entities: false });
      },
      1000,
    );
    const long = 'قال مسؤول إن الاتفاق قريب.\n'.repeat(2000); // ≈ 56 pieces of 1,000 characters
    const longDone = jobs.submit('tab1:0', long, { entities: false });
    await tick();
    const before = calls.length;
    const short = await jobs.submit('tab2:0', 'قال مسؤول إن الاتفاق قريب.', { entities: false });
    expect(short).not.toBeNull();
    expect(calls.indexOf('short') - before).toBeLessThanOrEqual(1);
    // The same tab asks again: the long job is dropped unfinished, the new one answers.
    const again = jobs.submit('tab1:0', 'قال مسؤول إن الاتفاق قريب.', { entities: false });
    expect(await longDone).toBeNull();
    expect(await again).not.toBeNull();
    expect(calls.filter((c) => c === 'long').length).toBeLessThan(10);
    expect(jobs.size).toBe(0);
  });
});
