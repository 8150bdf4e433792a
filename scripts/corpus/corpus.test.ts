import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { AnalysisSchema } from '../../lib/analysis/schema';
import { Aggregate, type RunRecord } from '../report-aggregate';
import { analyzeLine, countWords } from './record';
import { idOfLine } from './resume';
import { runCorpus } from './run';

const root = resolve(__dirname, '..', '..');
const gold = (name: string) => readFileSync(join(root, 'eval', 'gold', name), 'utf8');
const goldTexts = ['alarabiya_01.txt', 'alarabiya_03.txt', 'alarabiya_05.txt'];

function articles(): { id: string; outlet: string; category: string; title: string; text: string }[] {
  // Dev articles as corpus records (title, then body), under two outlets.
  const out = [];
  for (let k = 0; k < 7; k++) {
    const t = gold(goldTexts[k % goldTexts.length]);
    const nl = t.indexOf('\n');
    out.push({
      id: `art-${k}`,
      outlet: k % 2 ? 'B' : 'A',
      category: 'news',
      title: t.slice(0, nl),
      text: t.slice(nl).trim(),
    });
  }
  return out;
}

function run(args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'analyze.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('analyzeLine', () => {
  it('keeps the id and metadata, counts words, and gives the analysis of title + body', () => {
    const [a] = articles();
    const r = analyzeLine(JSON.stringify({ ...a, extra: 'dropped' }), 1, false);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const rec = JSON.parse(r.line);
    expect(rec.id).toBe('art-0');
    expect(rec.outlet).toBe('A');
    expect(rec.extra).toBeUndefined();
    expect(rec.text).toBeUndefined();
    expect(rec.words).toBe(countWords(`${a.title}\n\n${a.text}`));
    expect(AnalysisSchema.parse(rec).summary.claims).toBeGreaterThan(0);
  });

  it('names the record that fails, by id or by line', () => {
    expect(analyzeLine('{"id": "x"', 7, false)).toMatchObject({ ok: false, ref: 'line 7' });
    expect(analyzeLine('[1]', 3, false)).toMatchObject({ ok: false, ref: 'line 3' });
    expect(analyzeLine('{"id": "x", "text": ""}', 2, false)).toMatchObject({
      ok: false,
      ref: 'x',
      message: 'no "text"',
    });
    expect(analyzeLine('{"text": "قال"}', 4, false)).toMatchObject({ ok: false, ref: 'line 4' });
  });

  it('reads the id of a line cheaply, escapes included', () => {
    expect(idOfLine('{"id":"a\\"b","x":1}')).toBe('a"b');
    expect(idOfLine('{"x":1,"id":42}')).toBe('42');
    expect(idOfLine('{"x":')).toBeNull();
  });
});

describe('analyze --jsonl', () => {
  const dir = mkdtempSync(join(tmpdir(), 'isnad-corpus-'));
  const recs = articles();
  const lines = recs.map((r) => JSON.stringify(r));
  lines.splice(3, 0, '{"id": "broken", "text": 5}');
  const input = join(dir, 'in.jsonl.gz');
  writeFileSync(input, gzipSync(`${lines.join('\n')}\n`));

  it('writes one record per article in input order with 2 workers, and an error line for the bad one', () => {
    const out = join(dir, 'out.jsonl');
    const r = run(['--jsonl', input, '--out', out, '--workers', '2', '--no-entities']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^analyze: broken: no "text"$/m);
    const got = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(got.map((g) => g.id)).toEqual(recs.map((a) => a.id));
    // Same analysis as one article at a time.
    const one = analyzeLine(JSON.stringify(recs[4]), 1, false);
    expect(one.ok && JSON.parse(one.line)).toEqual(got[4]);
  }, 240_000);

  it('spreads small batches over 2 workers and still writes in input order, with the right line numbers', async () => {
    // 30 records in batches of ≈ 3: the workers answer out of order, the writer must not.
    const many = Array.from({ length: 30 }, (_, k) => ({ ...recs[k % recs.length], id: `m-${k}` }));
    const ls = many.map((r) => JSON.stringify(r));
    ls.splice(17, 0, 'not json');
    const src = join(dir, 'many.jsonl');
    writeFileSync(src, `${ls.join('\n')}\n`);
    const out = join(dir, 'many-out.jsonl');
    const errors: string[] = [];
    const write = process.stderr.write;
    process.stderr.write = ((chunk: string) => errors.push(String(chunk)) > 0) as typeof process.stderr.write;
    let code: number;
    try {
      code = await runCorpus({
        input: src,
        out,
        workers: 2,
        resume: false,
        entities: false,
        stats: true,
        batchBytes: 3 * Math.max(...ls.map((l) => l.length)),
      });
    } finally {
      process.stderr.write = write;
    }
    expect(code).toBe(1);
    expect(errors.join('')).toMatch(/^analyze: line 18: not JSON/m);
    const stats = JSON.parse(errors.at(-1)!);
    expect(stats).toMatchObject({ workers: 2, articles: 30, errors: 1 });
    const got = readFileSync(out, 'utf8').trim().split('\n');
    expect(got.map((l) => idOfLine(l))).toEqual(many.map((r) => r.id));
    const one = analyzeLine(ls[20], 21, false);
    expect(one.ok && one.line).toBe(got[19]);
  }, 240_000);

  it('--resume skips the ids already written and cuts a partial last line', () => {
    const full = join(dir, 'full.jsonl');
    run(['--jsonl', input, '--out', full, '--workers', '1', '--no-entities']);
    const whole = readFileSync(full, 'utf8');
    const kept = whole.split('\n').slice(0, 2);
    const part = join(dir, 'part.jsonl');
    writeFileSync(part, `${kept.join('\n')}\n${kept[0].slice(0, 40)}`);
    const r = run(['--jsonl', input, '--out', part, '--resume', '--no-entities', '--stats']);
    expect(JSON.parse(r.err.trim().split('\n').at(-1)!)).toMatchObject({ skipped: 2, articles: 5, errors: 1 });
    expect(readFileSync(part, 'utf8')).toBe(whole);
  }, 240_000);

  it('refuses bad options with the usage', { timeout: 240_000 }, () => {
    expect(run(['--jsonl', input, '--workers', '0']).code).toBe(2);
    expect(run(['--jsonl', input, '--resume']).err).toMatch(/--resume needs --out/);
  });
});

describe('report aggregate', () => {
  it('counts shares of claims, claims per 1,000 words and anonymous headlines per outlet', () => {
    const rec = (
      outlet: string,
      kinds: RunRecord['attributions'][number]['source']['kind'][],
      head = false,
    ): RunRecord => ({
      id: outlet,
      outlet,
      words: 500,
      attributions: kinds.map((kind, i) => ({ source: { kind, name: `s${i % 2}` } })),
      warnings: head ? [{ kind: 'anonymous-headline' }] : [],
    });
    const agg = new Aggregate((r) => r.outlet!);
    agg.add(rec('A', ['anonymous', 'person', 'person', 'organization'], true));
    agg.add(rec('A', ['person']));
    agg.add(rec('B', []));
    const { groups, total } = agg.rows();
    expect(groups[0]).toMatchObject({
      group: 'A',
      articles: 2,
      words: 1000,
      claims: 5,
      claimsPer1000Words: 5,
      anonymousHeadlines: 1,
    });
    expect(groups[0].share).toEqual({ anonymous: 0.2, person: 0.6, organization: 0.2 });
    expect(groups[0].topSources[0]).toEqual({ name: 's0', kind: 'person', claims: 2 });
    expect(groups[1]).toMatchObject({ group: 'B', claims: 0, share: { anonymous: 0, person: 0, organization: 0 } });
    expect(total).toMatchObject({ articles: 3, claims: 5 });
  });
});
