import weights from '../../lexicon/ner/weights.json';
import { outputTag } from './conll';
import { contextFeatures, neighbourWordFeatures, spanFeatures, type TokenForms, tokenInfo } from './features';
import { LABELS, type Model, modelFromFile, NL, type ShippedWeights, viterbi } from './model';

/**
 * The shipped two-stage tagger. Both stages share the sentence features, so their weights are merged into one
 * table (2·NL numbers per feature): one lookup per feature serves both stages, which halves tagging time.
 */
export interface Tagger {
  stage1: Model;
  stage2: Model;
  /** Feature → [stage-1 weights, stage-2 weights]. */
  both: Map<string, Float64Array>;
  window: number;
  /** Word → its form, class and the summed weights (both stages) of its own features: text repeats its words. */
  words: Map<string, OwnWeights>;
  /** Summed weights of the one-neighbour features past a sentence's edge, by offset slot (NEAR_OFFSETS). */
  edges: Float64Array[];
}

/** Offsets of the neighbours whose one-word features are summed per word; slot = index here. */
const NEAR_OFFSETS = [-2, -1, 1, 2] as const;

/** A word's forms and class, and the summed weights of its own features for stage 1 then stage 2. */
interface OwnWeights extends TokenForms {
  both: Float64Array;
  /**
   * For each neighbour offset slot, the summed weights (both stages) of the features this word gives the token
   * that sees it at that offset: slot of offset d holds neighbourWordFeatures(word, d).
   */
  near: Float64Array[];
}

/** Words remembered per tagger before the memory starts over (a few MB at most; a long page must not grow it). */
const WORDS_MAX = 20_000;

export function makeTagger(w: ShippedWeights): Tagger {
  const stage1 = modelFromFile(w.stage1);
  const stage2 = modelFromFile(w.stage2);
  const both = new Map<string, Float64Array>();
  const slot = (f: string) => {
    let v = both.get(f);
    if (!v) {
      v = new Float64Array(2 * NL);
      both.set(f, v);
    }
    return v;
  };
  for (const [f, v] of stage1.feats) slot(f).set(v, 0);
  for (const [f, v] of stage2.feats) slot(f).set(v, NL);
  const t: Tagger = { stage1, stage2, both, window: w.window, words: new Map(), edges: [] };
  t.edges = NEAR_OFFSETS.map((d) => summed(t, neighbourWordFeatures(undefined, d)));
  return t;
}

let tagger: Tagger | undefined;

export function shippedTagger(): Tagger {
  if (!tagger) tagger = makeTagger(weights as unknown as ShippedWeights);
  return tagger;
}

/**
 * BIO tags over PERS, LOC, ORG for a run of sentences (an article, or a CoNLL file): the first stage tags each
 * sentence, the second re-tags it knowing how the first labelled the same words nearby. MISC, which the task
 * does not use, becomes O. `window` overrides the sentence window (Infinity: the whole input is one document).
 */
export function tagSentences(
  sentences: readonly (readonly string[])[],
  t: Tagger = shippedTagger(),
  window = t.window,
): string[][] {
  const e1s: Float64Array[] = [];
  const e2s: Float64Array[] = [];
  const first: string[][] = [];
  for (const s of sentences) {
    const n = s.length;
    const own = s.map((tok) => ownWeights(t, tok));
    const spans = spanFeatures(s, own);
    const e1 = new Float64Array(n * NL);
    const e2 = new Float64Array(n * NL);
    for (let i = 0; i < n; i++) {
      const base = i * NL;
      const o = own[i].both;
      for (let l = 0; l < NL; l++) {
        e1[base + l] = o[l];
        e2[base + l] = o[NL + l];
      }
      // Neighbours' one-word features, summed once per word (the neighbour at i+d gives its slot-d sums).
      for (let slot = 0; slot < NEAR_OFFSETS.length; slot++) {
        const j = i + NEAR_OFFSETS[slot];
        const v = j < 0 || j >= n ? t.edges[slot] : own[j].near[slot];
        for (let l = 0; l < NL; l++) {
          e1[base + l] += v[l];
          e2[base + l] += v[NL + l];
        }
      }
      addBoth(t, spans[i], e1, e2, base);
    }
    e1s.push(e1);
    e2s.push(e2);
    first.push(viterbi(t.stage1, e1, n).map((l) => LABELS[l]));
  }
  // The second stage runs twice: its second pass reads the context of its own first-pass labels, which are
  // better than the first stage's (ANERcorp dev micro F1 +0.7; a third pass adds little).
  const w = Math.min(window, sentences.length);
  const s2 = t.stage2.feats;
  let labels: string[][] = first;
  for (let pass = 0; pass < SECOND_STAGE_PASSES; pass++) {
    const ctx = contextFeatures(sentences, labels, w);
    labels = sentences.map((s, k) => {
      const e = e2s[k].slice();
      const c = ctx[k];
      for (let i = 0; i < s.length; i++) {
        const base = i * NL;
        for (const f of c[i]) {
          const v = s2.get(f);
          if (!v) continue;
          for (let l = 0; l < NL; l++) e[base + l] += v[l];
        }
      }
      return viterbi(t.stage2, e, s.length).map((l) => LABELS[l]);
    });
  }
  return labels.map((ls) => ls.map(outputTag));
}

const SECOND_STAGE_PASSES = 2;

/** Adds both stages' weights of `feats` into the emissions at `base`. */
function addBoth(t: Tagger, feats: readonly string[], e1: Float64Array, e2: Float64Array, base: number): void {
  for (const f of feats) {
    const v = t.both.get(f);
    if (!v) continue;
    for (let l = 0; l < NL; l++) {
      e1[base + l] += v[l];
      e2[base + l] += v[NL + l];
    }
  }
}

/** Both stages' summed weights of `feats`. */
function summed(t: Tagger, feats: readonly string[]): Float64Array {
  const both = new Float64Array(2 * NL);
  addBoth(t, feats, both, both.subarray(NL), 0);
  return both;
}

/** A word's own features and their summed weights, worked out once per word and tagger. */
function ownWeights(t: Tagger, token: string): OwnWeights {
  let w = t.words.get(token);
  if (!w) {
    const { folded, key, cls, bc, own } = tokenInfo(token);
    const forms = { folded, key, cls, bc };
    w = {
      ...forms,
      both: summed(t, own),
      near: NEAR_OFFSETS.map((d) => summed(t, neighbourWordFeatures(forms, d))),
    };
    if (t.words.size >= WORDS_MAX) t.words.clear();
    t.words.set(token, w);
  }
  return w;
}

/** Tags one sentence on its own. */
export function tagSentence(tokens: readonly string[], t: Tagger = shippedTagger()): string[] {
  return tokens.length ? tagSentences([tokens], t)[0] : [];
}
