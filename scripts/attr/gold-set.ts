/**
 * The dev gold as training material for the learned attribution stages, and the article folds used to
 * cross-validate them (`npm run eval`). Folds are stratified by outlet (the id's prefix) and drawn with a
 * fixed seed, so every run and every machine uses the same split.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../lib/analysis/index';
import { kindFeatures } from '../../lib/analysis/learned/kind-features';
import { MentionIndex } from '../../lib/analysis/mention-index';
import { tokenize } from '../../lib/arabic/tokens';
import { type GoldAttribution, matchAttributions } from '../score';
import type { Example } from './linear-train';

export const CV_FOLDS = 5;
export const CV_SEED = 20261203;

export interface GoldArticle {
  id: string;
  text: string;
  attributions: GoldAttribution[];
}

export function loadGold(dir: string): GoldArticle[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -5))
    .sort()
    .map((id) => ({
      id,
      text: readFileSync(join(dir, `${id}.txt`), 'utf8'),
      attributions: JSON.parse(readFileSync(join(dir, `${id}.json`), 'utf8')).attributions,
    }));
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fold number of each article id: outlets shuffled within themselves, then dealt round-robin. */
export function foldsOf(ids: string[], k = CV_FOLDS, seed = CV_SEED): Map<string, number> {
  const rnd = mulberry32(seed);
  const byOutlet = new Map<string, string[]>();
  for (const id of [...ids].sort()) {
    const o = id.split('_')[0];
    byOutlet.set(o, [...(byOutlet.get(o) ?? []), id]);
  }
  const out = new Map<string, number>();
  let next = 0;
  for (const o of [...byOutlet.keys()].sort()) {
    const list = byOutlet.get(o) ?? [];
    for (let i = list.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [list[i], list[j]] = [list[j], list[i]];
    }
    for (const id of list) out.set(id, next++ % k);
  }
  return out;
}

/**
 * Source-kind training examples: the rules' attributions (learned kind off) that the scorer matches to a gold
 * attribution, labelled with the gold kind. Each article is read twice, with and without entities, because the
 * extension paints the attributions-only analysis first.
 */
export function kindExamples(articles: GoldArticle[]): Example[] {
  const out: Example[] = [];
  for (const art of articles) {
    const toks = tokenize(art.text);
    for (const entities of [true, false]) {
      const a = analyze(art.text, { entities, kindModel: null });
      const ctx = { toks, mentions: new MentionIndex(a.entities) };
      for (const [i, j] of matchAttributions(art.attributions, a.attributions)) {
        const p = a.attributions[i];
        if (!p.source.mention) continue;
        out.push({ feats: kindFeatures(p, ctx), label: art.attributions[j].kind });
      }
    }
  }
  return out;
}
