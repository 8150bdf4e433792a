/**
 * The project's scorer: a TypeScript port of ../shared/eval/score.mjs with the same definitions
 * (normalisation, light stemming, token-F1 claim matching ≥ 0.5, subset name matching, greedy one-to-one
 * matching best first, entity form matching). scripts/score.test.ts checks both give identical figures.
 *
 *   npx tsx scripts/score.ts GOLD_DIR PRED_DIR [--json] [--verbose]
 */

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Prf, prf, prfLine } from '../lib/analysis/metrics';

const DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/gu;

export function normalize(s: unknown): string {
  return String(s ?? '')
    .normalize('NFKC')
    .replace(DIACRITICS, '')
    .replace(/[أإآٱ]/gu, 'ا')
    .replace(/ى/gu, 'ي')
    .replace(/ة/gu, 'ه')
    .replace(/ؤ/gu, 'و')
    .replace(/ئ/gu, 'ي')
    .replace(/[\p{P}\p{S}]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

const tokens = (s: unknown): string[] => normalize(s).split(' ').filter(Boolean);

/** Light stem: a leading conjunction, then the article with its clitics. */
export function stem(t: string): string {
  let w = t;
  if (/^[وف]/u.test(w) && w.length > 3) w = w.slice(1);
  for (const p of ['بال', 'كال', 'لل', 'ال']) {
    if (w.startsWith(p) && w.length - p.length >= 2) return w.slice(p.length);
  }
  return w;
}

function variants(form: string): string[] {
  const ts = tokens(form).map(stem);
  if (!ts.length) return [];
  const out = [ts.join(' ')];
  if (/^[بلك]/u.test(ts[0]) && ts[0].length > 4) out.push([stem(ts[0].slice(1)), ...ts.slice(1)].join(' '));
  return out;
}

export function tokenF1(a: string, b: string): number {
  const ta = tokens(a);
  const tb = tokens(b);
  if (!ta.length || !tb.length) return 0;
  const counts = new Map<string, number>();
  for (const t of tb) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of ta) {
    const c = counts.get(t) ?? 0;
    if (c > 0) {
      common++;
      counts.set(t, c - 1);
    }
  }
  if (!common) return 0;
  const p = common / ta.length;
  const r = common / tb.length;
  return (2 * p * r) / (p + r);
}

export function namesMatch(a: string, b: string): boolean {
  const ta = tokens(a).map(stem);
  const tb = tokens(b).map(stem);
  if (!ta.length || !tb.length) return false;
  const [short, long] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
  const set = new Set(long);
  return short.every((t) => set.has(t));
}

export type PRF = Prf;

function match<P, G>(
  preds: P[],
  golds: G[],
  score: (p: P, g: G) => number,
  ok: (p: P, g: G, s: number) => boolean,
): [number, number, number][] {
  const pairs: [number, number, number][] = [];
  preds.forEach((p, i) => {
    golds.forEach((g, j) => {
      const s = score(p, g);
      if (ok(p, g, s)) pairs.push([s, i, j]);
    });
  });
  // Stable sort, as Array.prototype.sort is in the reference scorer.
  pairs.sort((a, b) => b[0] - a[0]);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const out: [number, number, number][] = [];
  for (const [s, i, j] of pairs) {
    if (usedP.has(i) || usedG.has(j)) continue;
    usedP.add(i);
    usedG.add(j);
    out.push([i, j, s]);
  }
  return out;
}

type Json = any;

export interface GoldAttribution {
  cue: string;
  source: string;
  speaker?: string;
  kind: string;
  claim: string;
}

interface GoldEntity {
  name: string;
  type: string;
  aliases?: string[];
}

const CLAIM_MIN = 0.5;
const predSourceNames = (a: Json): string[] =>
  [a?.source?.name, a?.source?.mention?.text].filter((s) => typeof s === 'string' && s.trim());
const goldSourceNames = (g: GoldAttribution): string[] => [g.source, g.speaker].filter(Boolean) as string[];
const sourceOk = (p: Json, g: GoldAttribution) =>
  predSourceNames(p).some((x) => goldSourceNames(g).some((y) => namesMatch(x, y)));

interface Counts {
  tp: number;
  pred: number;
  gold: number;
}

const claimScore = (p: Json, g: GoldAttribution) => tokenF1(p?.claim?.text ?? '', g.claim);

/** The scorer's one-to-one matching of predicted to gold attributions (claim F1 ≥ 0.5 and source names agree): [pred, gold, score]. */
export function matchAttributions(G: GoldAttribution[], P: Json[]): [number, number, number][] {
  return match(P, G, claimScore, (p, g, s) => s >= CLAIM_MIN && sourceOk(p, g));
}

export function scoreArticle(gold: { attributions: GoldAttribution[]; entities: GoldEntity[] }, pred: Json) {
  const P: Json[] = Array.isArray(pred?.attributions) ? pred.attributions : [];
  const G = gold.attributions;
  const claimOnly = match(P, G, claimScore, (_p, _g, s) => s >= CLAIM_MIN);
  const full = matchAttributions(G, P);
  const kindRight = full.filter(([i, j]) => P[i]?.source?.kind === G[j].kind).length;
  const anonP = P.filter((p) => p?.source?.kind === 'anonymous');
  const anonG = G.filter((g) => g.kind === 'anonymous');
  const anon = match(anonP, anonG, claimScore, (p, g, s) => s >= CLAIM_MIN && sourceOk(p, g));
  const missed = G.filter((_, j) => !full.some(([, jj]) => jj === j));
  const spurious = P.filter((_, i) => !full.some(([ii]) => ii === i));
  const ents: Record<string, Counts> = {};
  const PE: Json[] = Array.isArray(pred?.entities) ? pred.entities : [];
  for (const type of ['person', 'organization', 'location']) {
    const ge = gold.entities.filter((e) => e.type === type);
    const pe = PE.filter((e) => e?.type === type);
    const forms = (e: Json, withMentions: boolean) =>
      new Set(
        [e.name, ...(e.aliases ?? []), ...(withMentions ? (e.mentions ?? []).map((m: Json) => m?.text) : [])]
          .filter((s) => typeof s === 'string')
          .flatMap(variants),
      );
    const m = match(
      pe,
      ge,
      () => 1,
      (p, g) => {
        const a = forms(p, true);
        const b = forms(g, false);
        for (const x of a) if (b.has(x)) return true;
        return false;
      },
    );
    ents[type] = { tp: m.length, pred: pe.length, gold: ge.length };
  }
  return {
    claim: { tp: claimOnly.length, pred: P.length, gold: G.length },
    full: { tp: full.length, pred: P.length, gold: G.length },
    kindRight,
    anon: { tp: anon.length, pred: anonP.length, gold: anonG.length },
    ents,
    missed,
    spurious,
  };
}

export interface ScoreReport {
  articles: number;
  missingPredictions: string[];
  claims: PRF;
  attributions: PRF;
  sourceKindAccuracy: number;
  anonymousSources: PRF;
  entities: Record<string, PRF>;
}

export function scoreArticles(
  goldDir: string,
  predDir: string,
  verbose = false,
  log = console.log,
  only: (id: string) => boolean = () => true,
): ScoreReport {
  const ids = readdirSync(goldDir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -5))
    .filter(only)
    .sort();
  const sum = {
    claim: [0, 0, 0],
    full: [0, 0, 0],
    anon: [0, 0, 0],
    kindRight: 0,
    ents: {} as Record<string, number[]>,
    missing: [] as string[],
  };
  for (const t of ['person', 'organization', 'location', 'all']) sum.ents[t] = [0, 0, 0];
  const add = (acc: number[], x: Counts) => {
    acc[0] += x.tp;
    acc[1] += x.pred;
    acc[2] += x.gold;
  };
  for (const id of ids) {
    const gold = JSON.parse(readFileSync(join(goldDir, `${id}.json`), 'utf8'));
    const pf = join(predDir, `${id}.json`);
    let pred: Json = null;
    if (existsSync(pf)) {
      try {
        pred = JSON.parse(readFileSync(pf, 'utf8'));
      } catch {
        pred = null;
      }
    }
    if (!pred) sum.missing.push(id);
    const r = scoreArticle(gold, pred);
    add(sum.claim, r.claim);
    add(sum.full, r.full);
    add(sum.anon, r.anon);
    sum.kindRight += r.kindRight;
    for (const [t, x] of Object.entries(r.ents)) {
      add(sum.ents[t], x);
      add(sum.ents.all, x);
    }
    if (verbose) {
      for (const g of r.missed) log(`${id}\tmissed\t${g.kind}\t${g.cue} | ${g.source} | ${g.claim.slice(0, 60)}`);
      for (const p of r.spurious) {
        log(
          `${id}\tspurious\t${p?.source?.kind}\t${p?.cue?.text} | ${predSourceNames(p)[0] ?? ''} | ${String(p?.claim?.text ?? '').slice(0, 60)}`,
        );
      }
    }
  }
  const f = (a: number[]) => prf(a[0], a[1], a[2]);
  return {
    articles: ids.length,
    missingPredictions: sum.missing,
    claims: f(sum.claim),
    attributions: f(sum.full),
    sourceKindAccuracy: sum.full[0] ? sum.kindRight / sum.full[0] : 0,
    anonymousSources: f(sum.anon),
    entities: Object.fromEntries(Object.entries(sum.ents).map(([t, a]) => [t, f(a)])),
  };
}

const line = prfLine;
const pct = (x: number) => (100 * x).toFixed(1);

/** The score table, in the reference scorer's layout. */
export function formatReport(r: ScoreReport): string {
  const out: string[] = [];
  if (r.missingPredictions.length) out.push(`no usable prediction for: ${r.missingPredictions.join(' ')}`);
  out.push(`${r.articles} articles`);
  out.push(line('claims found', r.claims));
  out.push(line('attributions', r.attributions));
  out.push(`${'source kind accuracy'.padEnd(22)} ${pct(r.sourceKindAccuracy)}`);
  out.push(line('anonymous sources', r.anonymousSources));
  for (const [t, m] of Object.entries(r.entities)) out.push(line(`entities ${t}`, m));
  return out.join('\n');
}

if (process.argv[1]?.endsWith('score.ts')) {
  const [goldDir, predDir, ...flags] = process.argv.slice(2);
  if (!goldDir || !predDir) {
    console.error('usage: tsx scripts/score.ts GOLD_DIR PRED_DIR [--json] [--verbose]');
    process.exit(2);
  }
  const r = scoreArticles(goldDir, predDir, flags.includes('--verbose'));
  console.log(flags.includes('--json') ? JSON.stringify(r, null, 2) : formatReport(r));
}
