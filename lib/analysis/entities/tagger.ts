import weights from '../../lexicon/ner/weights.json';
import { outputTag } from './conll';
import {
  contextFacts,
  type Emit,
  emitDocContext,
  emitLabelContext,
  emitNeighbourWord,
  emitOwn,
  emitSpans,
  featureName,
  NO_FACT,
  type TokenForms,
  tokenForms,
  typeIndex,
} from './features';
import { NL as LABEL_COUNT, LABELS, type Model, type ShippedWeights, viterbiAt, type WeightsFile } from './model';

/** Labels per stage; a module constant, since an imported binding may be read through an accessor in hot loops. */
const NL = LABEL_COUNT;

type Transitions = Pick<Model, 'start' | 'trans'>;

/**
 * The shipped two-stage tagger. Both stages share the sentence features, so their weights are merged into one
 * table (2·NL numbers per feature): one lookup per feature serves both stages. The table is split by feature
 * template (`w`, `k-1`, ...) and keyed by the feature's value, so tagging looks a word up by the string it already
 * has (whose hash the engine keeps) instead of building `w:…` and hashing it: the same weights, added in the same
 * order as the feature names list them, hence the same sums to the last bit.
 */
export interface Tagger {
  stage1: Transitions;
  stage2: Transitions;
  /** Template → value → [stage-1 weights, stage-2 weights]; a pair template (`kk-1`) → first → second → weights. */
  both: Map<string, Map<string, Float64Array>>;
  pairs: Map<string, Map<string, Map<string, Float64Array>>>;
  /** Weights of the bias feature `b`, both stages. */
  bias: Float64Array | undefined;
  /** Features read from the weights file, both stages (a feature of both counts twice). */
  size: number;
  window: number;
  /** Word → its forms and the summed weights (both stages) of its own and its one-neighbour features. */
  words: Map<string, OwnWeights>;
  /** Summed weights of the one-neighbour features past a sentence's edge: NEAR_OFFSETS slots of 2·NL. */
  edges: Float64Array;
  /** Stage-2 weights of the label-context features (a list, in naming order), by labelContextSlot. */
  labelContext: Float64Array[][];
  /** Stage-2 weights of the document-context features, by contextFacts value − NO_FACT, then own label. */
  docContext: Float64Array[][][];
}

/** Offsets of the neighbours whose one-word features are summed per word; slot = index here. */
const NEAR_OFFSETS = [-2, -1, 1, 2] as const;
const NB = 2 * NL;

/** A word's forms and, in one array, the summed weights (stage 1 then stage 2, 2·NL numbers) of its own
 * features, then for each neighbour offset slot those of the features it gives the token that sees it there. */
interface OwnWeights extends TokenForms {
  sums: Float64Array;
}

/** Words remembered per tagger before the memory starts over (a few MB at most; a long page must not grow it). */
const WORDS_MAX = 20_000;

function getOr<K, V>(m: Map<K, V>, k: K, make: () => V): V {
  let v = m.get(k);
  if (v === undefined) {
    v = make();
    m.set(k, v);
  }
  return v;
}

const PAIR_TEMPLATES = new Set(['kk-1', 'kk+1']);
const weightsArray = () => new Float64Array(NB);

/** Files one stage's weights (WeightsFile, as modelFromFile reads it) into the tagger's tables at `at` (0 or NL). */
function fileStage(t: Tagger, w: WeightsFile, at: number): void {
  const s = 1 / w.scale;
  for (const [name, arr] of Object.entries(w.feats)) {
    // Template and value meet at the first colon (templates have none; values may); the bias `b` has no value.
    const c = name.indexOf(':');
    const targets: Float64Array[] = [];
    if (c < 0) {
      t.bias ??= weightsArray();
      targets.push(t.bias);
    } else {
      const tpl = name.slice(0, c);
      const value = name.slice(c + 1);
      if (PAIR_TEMPLATES.has(tpl)) {
        // `a|b`: a word may hold `|` itself, so the weights are filed under every split; only the split that
        // rebuilds this very name from the looked-up pair (a, b) can be asked for, so no two names meet.
        const byFirst = getOr(t.pairs, tpl, () => new Map<string, Map<string, Float64Array>>());
        for (let p = value.indexOf('|'); p >= 0; p = value.indexOf('|', p + 1)) {
          const bySecond = getOr(byFirst, value.slice(0, p), () => new Map<string, Float64Array>());
          targets.push(getOr(bySecond, value.slice(p + 1), weightsArray));
        }
      } else
        targets.push(
          getOr(
            getOr(t.both, tpl, () => new Map<string, Float64Array>()),
            value,
            weightsArray,
          ),
        );
    }
    for (const v of targets) {
      if (arr.length === NL) for (let i = 0; i < NL; i++) v[at + i] = arr[i] * s;
      else for (let i = 0; i + 1 < arr.length; i += 2) v[at + arr[i]] = arr[i + 1] * s;
    }
    t.size++;
  }
}

export function makeTagger(w: ShippedWeights): Tagger {
  const transitions = (f: WeightsFile) => ({
    trans: Float64Array.from(f.trans, (x) => x * (1 / f.scale)),
    start: Float64Array.from(f.start, (x) => x * (1 / f.scale)),
  });
  const t: Tagger = {
    stage1: transitions(w.stage1),
    stage2: transitions(w.stage2),
    both: new Map(),
    pairs: new Map(),
    bias: undefined,
    size: 0,
    window: w.window,
    words: new Map(),
    edges: new Float64Array(NEAR_OFFSETS.length * NB),
    labelContext: [],
    docContext: [],
  };
  fileStage(t, w.stage1, 0);
  fileStage(t, w.stage2, NL);
  for (let slot = 0; slot < NEAR_OFFSETS.length; slot++)
    emitNeighbourWord(undefined, NEAR_OFFSETS[slot], adder(t, t.edges, slot * NB));
  // Stage-2 context weights, as lists in the order the features are named (that order is the order of the sums);
  // a name the second stage lacks adds nothing, as before.
  const s2 = (emitAll: (e: Emit) => void) => {
    const vs: Float64Array[] = [];
    emitAll((tpl, a, b) => {
      const name = featureName(tpl, a, b);
      const v = Object.hasOwn(w.stage2.feats, name) ? byName(t, name) : undefined;
      if (v) vs.push(v.subarray(NL));
    });
    return vs;
  };
  const edgeLabel = (k: number, edge: string) => (k < NL ? LABELS[k] : edge);
  for (let p = 0; p <= NL; p++)
    for (let l = 0; l < NL; l++)
      for (let n = 0; n <= NL; n++)
        t.labelContext[labelContextSlot(p, l, n)] = s2((e) =>
          emitLabelContext(edgeLabel(p, '<s>'), LABELS[l], edgeLabel(n, '</s>'), e),
        );
  for (let fact = NO_FACT; fact < 15; fact++)
    t.docContext[fact - NO_FACT] = LABELS.map((lab) => s2((e) => emitDocContext(fact, lab, e)));
  return t;
}

/** Index of (previous, own, next) label in Tagger.labelContext; NL stands for the sentence's edge. */
function labelContextSlot(prev: number, lab: number, next: number): number {
  return (prev * NL + lab) * (NL + 1) + next;
}

/** An Emit that adds both stages' weights of each feature into `out` at `at` (2·NL numbers). */
function adder(t: Tagger, out: Float64Array, at: number): Emit {
  return (tpl, a, b) => {
    const v = lookup(t, tpl, a, b);
    if (v) for (let l = 0; l < NB; l++) out[at + l] += v[l];
  };
}

/** A reusable adder (no closure per word): adds each emitted feature's weights into `out` at `at`. */
const sink = {
  t: undefined as unknown as Tagger,
  out: new Float64Array(0) as Float64Array,
  at: 0,
  emit: (tpl: string, a?: string, b?: string): void => {
    const v = lookup(sink.t, tpl, a, b);
    if (!v) return;
    const out = sink.out;
    const at = sink.at;
    for (let l = 0; l < NB; l++) out[at + l] += v[l];
  },
};

/** The weights of a feature by its name, as fileStage filed them. */
function byName(t: Tagger, name: string): Float64Array | undefined {
  const c = name.indexOf(':');
  if (c < 0) return t.bias;
  const tpl = name.slice(0, c);
  const value = name.slice(c + 1);
  if (!PAIR_TEMPLATES.has(tpl)) return t.both.get(tpl)?.get(value);
  const p = value.indexOf('|');
  return t.pairs
    .get(tpl)
    ?.get(value.slice(0, p))
    ?.get(value.slice(p + 1));
}

function lookup(t: Tagger, tpl: string, a: string | undefined, b: string | undefined): Float64Array | undefined {
  if (a === undefined) return t.bias;
  if (b === undefined) return t.both.get(tpl)?.get(a);
  return t.pairs.get(tpl)?.get(a)?.get(b);
}

let tagger: Tagger | undefined;

export function shippedTagger(): Tagger {
  if (!tagger) tagger = makeTagger(weights as unknown as ShippedWeights);
  return tagger;
}

const LABEL_TYPES = Int8Array.from(LABELS, typeIndex);
const OUTPUT = LABELS.map(outputTag);

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
  // All sentences' emissions in one array each; sentence k holds tokens [at[k], at[k+1]).
  const at = new Int32Array(sentences.length + 1);
  for (let k = 0; k < sentences.length; k++) at[k + 1] = at[k] + sentences[k].length;
  const total = at[sentences.length];
  const e1 = new Float64Array(total * NL);
  const e2 = new Float64Array(total * NL);
  const e = new Float64Array(total * NL);
  const labels = new Int8Array(total);
  // Words numbered for the second stage's document counts (contextFacts): the stem, when two letters or more.
  const seen = new Map<string, number>();
  const ids: Int32Array[] = [];
  const types: Int8Array[] = [];
  const spanAdd = (i: number, tpl: string, a: string, b?: string) => {
    const v = lookup(t, tpl, a, b);
    if (!v) return;
    const base = i * NL;
    for (let l = 0; l < NL; l++) {
      e1[base + l] += v[l];
      e2[base + l] += v[NL + l];
    }
  };
  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k];
    const n = s.length;
    const own = s.map((tok) => ownWeights(t, tok));
    const sentIds = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const key = own[i].key;
      let id = -1;
      if (key.length >= 2) {
        id = seen.get(key) ?? -1;
        if (id < 0) {
          id = seen.size;
          seen.set(key, id);
        }
      }
      sentIds[i] = id;
    }
    ids.push(sentIds);
    const first = at[k];
    for (let i = 0; i < n; i++) {
      const base = (first + i) * NL;
      const o = own[i].sums;
      for (let l = 0; l < NL; l++) {
        e1[base + l] = o[l];
        e2[base + l] = o[NL + l];
      }
      // Neighbours' one-word features, summed once per word (the neighbour at i+d gives its slot-d sums).
      for (let slot = 0; slot < NEAR_OFFSETS.length; slot++) {
        const j = i + NEAR_OFFSETS[slot];
        const v = j < 0 || j >= n ? t.edges : own[j].sums;
        const from = j < 0 || j >= n ? slot * NB : (slot + 1) * NB;
        for (let l = 0; l < NL; l++) {
          e1[base + l] += v[from + l];
          e2[base + l] += v[from + NL + l];
        }
      }
    }
    emitSpans(own, (i, tpl, a, b) => spanAdd(first + i, tpl, a, b));
    viterbiAt(t.stage1, e1, first, n, labels);
    types.push(typeIndexes(labels, first, n));
  }
  // The second stage runs twice: its second pass reads the context of its own first-pass labels, which are
  // better than the first stage's (ANERcorp dev micro F1 +0.7; a third pass adds little).
  const w = Math.min(window, sentences.length);
  for (let pass = 0; pass < SECOND_STAGE_PASSES; pass++) {
    const facts = contextFacts(ids, types, seen.size, w);
    for (let k = 0; k < sentences.length; k++) {
      const first = at[k];
      const n = at[k + 1] - first;
      e.set(e2.subarray(first * NL, (first + n) * NL), first * NL);
      const f = facts[k];
      for (let i = 0; i < n; i++) {
        const base = (first + i) * NL;
        const lab = labels[first + i];
        const prev = i > 0 ? labels[first + i - 1] : NL;
        const next = i + 1 < n ? labels[first + i + 1] : NL;
        addAll(t.labelContext[labelContextSlot(prev, lab, next)], e, base);
        addAll(t.docContext[f[i] - NO_FACT][lab], e, base);
      }
    }
    // Every sentence's context is read from the previous pass's labels before any is re-tagged.
    for (let k = 0; k < sentences.length; k++) {
      viterbiAt(t.stage2, e, at[k], at[k + 1] - at[k], labels);
      types[k] = typeIndexes(labels, at[k], at[k + 1] - at[k]);
    }
  }
  return sentences.map((_, k) => Array.from(labels.subarray(at[k], at[k + 1]), (l) => OUTPUT[l]));
}

const SECOND_STAGE_PASSES = 2;

function typeIndexes(labels: Int8Array, first: number, n: number): Int8Array {
  const out = new Int8Array(n);
  for (let i = 0; i < n; i++) out[i] = LABEL_TYPES[labels[first + i]];
  return out;
}

/** Adds the stage-2 weights (NL each) of a list of features into the emissions at `base`, in order. */
function addAll(vs: readonly Float64Array[], e: Float64Array, base: number): void {
  for (let k = 0; k < vs.length; k++) {
    const v = vs[k];
    for (let l = 0; l < NL; l++) e[base + l] += v[l];
  }
}

/** A word's own features and their summed weights, worked out once per word and tagger. */
function ownWeights(t: Tagger, token: string): OwnWeights {
  let w = t.words.get(token);
  if (!w) {
    const { folded, key, deep, cls, shape, bc } = tokenForms(token);
    w = { folded, key, deep, cls, shape, bc, sums: new Float64Array((NEAR_OFFSETS.length + 1) * NB) };
    // One adder serves the word's own features and then each neighbour slot (its offset moves on).
    sink.t = t;
    sink.out = w.sums;
    sink.at = 0;
    emitOwn(w, sink.emit);
    for (let slot = 0; slot < NEAR_OFFSETS.length; slot++) {
      sink.at = (slot + 1) * NB;
      emitNeighbourWord(w, NEAR_OFFSETS[slot], sink.emit);
    }
    if (t.words.size >= WORDS_MAX) t.words.clear();
    t.words.set(token, w);
  }
  return w;
}

/** Tags one sentence on its own. */
export function tagSentence(tokens: readonly string[], t: Tagger = shippedTagger()): string[] {
  return tokens.length ? tagSentences([tokens], t)[0] : [];
}
