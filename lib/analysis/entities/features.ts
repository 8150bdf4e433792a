import { clusterOfFolded } from '../../lexicon/clusters/index';
import { type Gazetteers, gazetteers, matchAt } from '../../lexicon/gazetteers/index';
import { minedAt } from '../../lexicon/gazetteers/mined';
import { fold, isPunct, stem } from './text';

/**
 * Tagger features for every token of one sentence. The same function serves training (scripts/train-ner.ts)
 * and tagging, so the shipped weights always see the features they were trained on.
 */

const BOS = '<s>';
const EOS = '</s>';

function shape(raw: string): string {
  const c = raw.charCodeAt(0);
  if (c >= 0x30 && c <= 0x39) return 'D';
  if (c >= 0x660 && c <= 0x669) return 'D';
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return c <= 0x5a ? 'L' : 'l';
  if (isPunct(raw)) return 'P';
  return 'A';
}

/** The token stripped of a fused preposition too (`لروسيا` → `روسيا`), for lookups only. */
function deepKey(f: string, g: Gazetteers): string {
  const k = stem(f);
  if (g.tokenTypes.has(k)) return k;
  if (f.length > 3 && (f[0] === 'ب' || f[0] === 'ل' || f[0] === 'ك' || f[0] === 'و' || f[0] === 'ف')) {
    const k2 = stem(f.slice(1));
    if (g.tokenTypes.has(k2)) return k2;
  }
  return k;
}

/** A token's forms and class, which its own and its neighbours' features read. */
export interface TokenForms {
  folded: string;
  key: string;
  /** The key stripped of a fused preposition too, when that is a gazetteer word. */
  deep: string;
  cls: string;
  /** Shape class of the token as written (digit, Latin, punctuation, Arabic). */
  shape: string;
  /** Word-cluster path (lib/lexicon/clusters) of the word, else of its stem; '' when rare. */
  bc: string;
}

/**
 * Receives one feature as its template and value(s); its name is `tpl:a`, or `tpl:a|b` for a pair, or `tpl` alone
 * (the bias) when `a` is undefined. Training takes the names (featureName); the tagger looks the parts up without
 * building the name (lib/analysis/entities/tagger.ts), which saves a string and its hash per feature.
 */
export type Emit = (tpl: string, a?: string, b?: string) => void;

export function featureName(tpl: string, a?: string, b?: string): string {
  return a === undefined ? tpl : b === undefined ? `${tpl}:${a}` : `${tpl}:${a}|${b}`;
}

/** What one token brings on its own, whatever its neighbours: its forms, its class and its own features. */
export interface TokenInfo extends TokenForms {
  /** Own features, in training order: spelling and affixes (OWN_HEAD of them), then `c:` (class), then trigrams. */
  own: string[];
}

const OWN_HEAD = 14;

/** The token's forms and class: they depend on the token alone, so a tagger may keep them per word. */
export function tokenForms(token: string): TokenForms {
  const g = gazetteers();
  const f = fold(token);
  const key = stem(f);
  const deep = deepKey(f, g);
  const sh = shape(token);
  let cls: string;
  if (g.titles.has(key)) cls = 't';
  else if (g.orgHeads.has(deep)) cls = 'o';
  else if (g.placeHeads.has(deep)) cls = 'p';
  else if (g.nisba.has(key)) cls = 'n';
  else if (g.firstNames.has(deep)) cls = 'f';
  else cls = g.tokenTypes.get(deep)?.[0] ?? sh;
  // Word clusters learnt from unlabelled news, of the word, else of its stem.
  const bc = clusterOfFolded(f) ?? clusterOfFolded(key) ?? clusterOfFolded(deep) ?? '';
  return { folded: f, key, deep, cls, shape: sh, bc };
}

/** The token's own features, in training order (see TokenInfo.own). */
export function emitOwn(x: TokenForms, emit: Emit): void {
  const f = x.folded;
  const key = x.key;
  const L = f.length;
  emit('b');
  emit('w', f);
  emit('k', key);
  emit('d', x.deep);
  emit('p2', f.slice(0, 2));
  emit('p3', f.slice(0, 3));
  emit('s1', f.slice(-1));
  emit('s2', f.slice(-2));
  emit('s3', f.slice(-3));
  emit('ks2', key.slice(-2));
  emit('kp2', key.slice(0, 2));
  emit('len', LENGTHS[Math.min(L, 8)]);
  emit('sh', x.shape);
  emit('al', f.startsWith('ال') ? '1' : f.length > 3 && f.slice(1, 3) === 'ال' ? '2' : '0');
  emit('c', x.cls);
  // Inner character trigrams: transliterated foreign names share letter patterns (`ينغ`, `فيتش`) the
  // affixes alone miss.
  if (key.length > 3) {
    const padded = `^${key}$`;
    for (let a = 0; a + 3 <= padded.length; a++) emit('g3', padded.slice(a, a + 3));
  }
  // Word clusters learnt from unlabelled news: the path and its prefixes (coarser clusters), which carry what
  // ANERcorp's few labelled words cannot (a foreign surname seen only in ANT sits with other surnames).
  const bc = x.bc;
  if (bc)
    for (let p = 0; p < CLUSTER_PREFIXES.length; p++)
      if (bc.length > CLUSTER_PREFIXES[p]) emit(CLUSTER_TEMPLATES[p], bc.slice(0, CLUSTER_PREFIXES[p]));
  emit('bc', bc);
}

const LENGTHS = ['0', '1', '2', '3', '4', '5', '6', '7', '8'];
const CLUSTER_PREFIXES = [4, 6, 10];
const CLUSTER_TEMPLATES = CLUSTER_PREFIXES.map((p) => `bc${p}`);

/** The token's own features and forms. */
export function tokenInfo(token: string): TokenInfo {
  const x = tokenForms(token);
  const own: string[] = [];
  emitOwn(x, (tpl, a, b) => own.push(featureName(tpl, a, b)));
  return { ...x, own };
}

/** Gazetteer and mined-name spans over a sentence, longest first, as B/I marks with their type per token. */
function sentenceSpans(infos: readonly TokenForms[]): { gaz: string[]; mined: string[] } {
  const n = infos.length;
  const folded = infos.map((x) => x.folded);
  // Gazetteer spans over the sentence, longest first, as B/I features with their type.
  const gaz: string[] = new Array(n).fill('');
  for (let i = 0; i < n; ) {
    const m = matchAt(folded, i);
    if (!m) {
      i++;
      continue;
    }
    const amb = m.entry.ambiguous ? 'a' : '';
    gaz[i] = `B${m.entry.type}${amb}`;
    for (let j = i + 1; j < m.end; j++) gaz[j] = `I${m.entry.type}${amb}`;
    i = m.end;
  }

  // Names mined from unlabelled news (lib/lexicon/gazetteers/mined.ts), as B/I features with their kind.
  const keys = infos.map((x) => x.key);
  const mined: string[] = new Array(n).fill('');
  for (let i = 0; i < n; ) {
    const m = minedAt(keys, i);
    if (!m) {
      i++;
      continue;
    }
    mined[i] = `B${m.type}`;
    for (let j = i + 1; j < m.end; j++) mined[j] = `I${m.type}`;
    i = m.end;
  }

  return { gaz, mined };
}

/**
 * The features of each token that depend on its neighbours: their words, stems and classes, and the gazetteer
 * spans over the sentence. `before` are those listed before the token's class in training order, `after` those
 * after it.
 */
export function neighbourFeatures(
  tokens: readonly string[],
  infos: readonly TokenForms[],
): { before: string[]; after: string[] }[] {
  const n = tokens.length;
  const folded = infos.map((x) => x.folded);
  const { gaz, mined } = sentenceSpans(infos);

  const w = (j: number) => (j < 0 ? BOS : j >= n ? EOS : folded[j]);
  const k = (j: number) => (j < 0 ? BOS : j >= n ? EOS : infos[j].key);
  const cls = (j: number): string => (j < 0 || j >= n ? 'x' : infos[j].cls);
  const bc = (j: number): string => (j < 0 || j >= n ? 'x' : infos[j].bc);

  const out: { before: string[]; after: string[] }[] = [];
  for (let i = 0; i < n; i++) {
    const key = infos[i].key;
    out.push({
      before: [
        `w-1:${w(i - 1)}`,
        `w+1:${w(i + 1)}`,
        `w-2:${w(i - 2)}`,
        `w+2:${w(i + 2)}`,
        `k-1:${k(i - 1)}`,
        `k+1:${k(i + 1)}`,
        `kk-1:${k(i - 1)}|${key}`,
        `kk+1:${key}|${k(i + 1)}`,
      ],
      after: [
        `c-1:${cls(i - 1)}`,
        `c+1:${cls(i + 1)}`,
        `cc:${cls(i - 1)}${cls(i)}${cls(i + 1)}`,
        `c-2:${cls(i - 2)}`,
        `c+2:${cls(i + 2)}`,
        `g:${gaz[i]}`,
        `g-1:${i > 0 ? gaz[i - 1] : 'x'}`,
        `g+1:${i + 1 < n ? gaz[i + 1] : 'x'}`,
        `bc-1:${bc(i - 1)}`,
        `bc+1:${bc(i + 1)}`,
        `mn:${mined[i]}`,
      ],
    });
  }
  return out;
}

/**
 * The neighbour features that read one neighbour alone, by offset: the feature a token at offset `d` from the
 * tagged token gives it (`w-1:`, `k-1:`, `c-1:`, `bc-1:` for the token before, and so on). They depend on that
 * word alone, so a tagger can sum their weights once per word (lib/analysis/entities/tagger.ts).
 */
export function emitNeighbourWord(x: TokenForms | undefined, d: -2 | -1 | 1 | 2, emit: Emit): void {
  const edge = d < 0 ? BOS : EOS;
  const t = NEAR_TEMPLATES[d + 2];
  const f = x ? x.folded : edge;
  if (d === 2 || d === -2) {
    emit(t[0], f);
    emit(t[1], x ? x.cls : 'x');
    return;
  }
  emit(t[0], f);
  emit(t[1], x ? x.key : edge);
  emit(t[2], x ? x.cls : 'x');
  emit(t[3], x ? x.bc : 'x');
}

const NEAR_TEMPLATES = [
  ['w-2', 'c-2'],
  ['w-1', 'k-1', 'c-1', 'bc-1'],
  [],
  ['w+1', 'k+1', 'c+1', 'bc+1'],
  ['w+2', 'c+2'],
];

/** emitNeighbourWord's features as names. */
export function neighbourWordFeatures(x: TokenForms | undefined, d: -2 | -1 | 1 | 2): string[] {
  const out: string[] = [];
  emitNeighbourWord(x, d, (tpl, a, b) => out.push(featureName(tpl, a, b)));
  return out;
}

/**
 * The neighbour features that read more than one token (word pairs, the class triple) or the sentence's
 * gazetteer and mined-name spans, token by token (`i`); with emitNeighbourWord they make up neighbourFeatures.
 */
export function emitSpans(
  infos: readonly TokenForms[],
  emit: (i: number, tpl: string, a: string, b?: string) => void,
): void {
  const n = infos.length;
  const { gaz, mined } = sentenceSpans(infos);
  const k = (j: number) => (j < 0 ? BOS : j >= n ? EOS : infos[j].key);
  const cls = (j: number): string => (j < 0 || j >= n ? 'x' : infos[j].cls);
  for (let i = 0; i < n; i++) {
    const key = infos[i].key;
    emit(i, 'kk-1', k(i - 1), key);
    emit(i, 'kk+1', key, k(i + 1));
    emit(i, 'cc', cls(i - 1) + cls(i) + cls(i + 1));
    emit(i, 'g', gaz[i]);
    emit(i, 'g-1', i > 0 ? gaz[i - 1] : 'x');
    emit(i, 'g+1', i + 1 < n ? gaz[i + 1] : 'x');
    emit(i, 'mn', mined[i]);
  }
}

/** emitSpans's features as names, per token. */
export function spanFeatures(infos: readonly TokenForms[]): string[][] {
  const out: string[][] = infos.map(() => []);
  emitSpans(infos, (i, tpl, a, b) => out[i].push(featureName(tpl, a, b)));
  return out;
}

/** All features of every token of one sentence, in the order training numbers them. */
export function sentenceFeatures(tokens: readonly string[]): string[][] {
  const infos = tokens.map(tokenInfo);
  return neighbourFeatures(tokens, infos).map(({ before, after }, i) => {
    const own = infos[i].own;
    return [...own.slice(0, OWN_HEAD), ...before, own[OWN_HEAD], ...after, ...own.slice(OWN_HEAD + 1)];
  });
}

const TYPE_INDEX: Record<string, number> = { PERS: 1, LOC: 2, ORG: 3, MISC: 4 };
const TYPE_NAMES = ['O', 'PERS', 'LOC', 'ORG', 'MISC'];

/** A label's entity type: 0 for O, then PERS, LOC, ORG, MISC (TYPE_NAMES). */
export function typeIndex(label: string): number {
  return label === 'O' ? 0 : (TYPE_INDEX[label.slice(2)] ?? 0);
}

/** contextFacts for a token whose word is too short to count. */
export const NO_FACT = -2;
/** contextFacts for a token whose word is not seen elsewhere in the window (`dc:none`). */
export const FACT_NONE = -1;
const SHARES = ['0', 'lo', 'hi'];

/**
 * How the same word is labelled elsewhere within `window` sentences either side, per token: NO_FACT, FACT_NONE,
 * or 3·type + share (type most often given it elsewhere, TYPE_NAMES; share of that type 0, under half, at least
 * half). `ids` number each sentence's words (same word, same id below `nIds`; -1 for a word shorter than two
 * letters), `types` give each token's label type (typeIndex). Counts slide with the window, so the cost stays
 * linear in the number of tokens.
 */
export function contextFacts(
  ids: readonly ArrayLike<number>[],
  types: readonly ArrayLike<number>[],
  nIds: number,
  window: number,
): Int8Array[] {
  const counts = new Int32Array(nIds * 5);
  const bump = (s: number, d: number) => {
    const is = ids[s];
    const ts = types[s];
    for (let i = 0; i < is.length; i++) if (is[i] >= 0) counts[is[i] * 5 + ts[i]] += d;
  };
  const n = ids.length;
  for (let s = 0; s < Math.min(n, window + 1); s++) bump(s, 1);
  const out: Int8Array[] = [];
  for (let s = 0; s < n; s++) {
    if (s - window - 1 >= 0) bump(s - window - 1, -1);
    if (s > 0 && s + window < n) bump(s + window, 1);
    const is = ids[s];
    const ts = types[s];
    const facts = new Int8Array(is.length);
    for (let i = 0; i < is.length; i++) {
      const id = is[i];
      if (id < 0) {
        facts[i] = NO_FACT;
        continue;
      }
      // The token itself is always inside its own window, so its word has counts.
      const own = ts[i];
      let total = 0;
      let best = 0;
      let bestN = 0;
      for (let t = 0; t < 5; t++) {
        const v = counts[id * 5 + t] - (t === own ? 1 : 0);
        total += v;
        if (t > 0 && v > bestN) {
          best = t;
          bestN = v;
        }
      }
      if (total > 0) {
        const share = bestN / total;
        facts[i] = best * 3 + (share >= 0.5 ? 2 : share > 0 ? 1 : 0);
      } else facts[i] = FACT_NONE;
    }
    out.push(facts);
  }
  return out;
}

/** Second-stage features of a token's own first-stage label and its neighbours' (`<s>`, `</s>` at the edges). */
export function emitLabelContext(prev: string, lab: string, next: string, emit: Emit): void {
  emit('p1', lab);
  emit('p1-1', prev);
  emit('p1+1', next);
  emit('p1t', `${prev}|${lab}|${next}`);
}

/** Second-stage features of how the token's word is labelled elsewhere (a contextFacts value), with its own label. */
export function emitDocContext(fact: number, lab: string, emit: Emit): void {
  if (fact === NO_FACT) return;
  if (fact === FACT_NONE) {
    emit('dc', 'none');
    return;
  }
  const t = TYPE_NAMES[Math.floor(fact / 3)];
  emit('dc', t);
  emit('dcs', `${t}:${SHARES[fact % 3]}`);
  emit('dcp', t, lab);
}

/** Numbers words for contextFacts: the folded stem of each token, -1 when shorter than two letters. */
export function wordIds(tokens: readonly (readonly string[])[]): { ids: Int32Array[]; nIds: number } {
  const seen = new Map<string, number>();
  const ids = tokens.map((s) =>
    Int32Array.from(s, (t) => {
      const k = stem(fold(t));
      if (k.length < 2) return -1;
      let id = seen.get(k);
      if (id === undefined) {
        id = seen.size;
        seen.set(k, id);
      }
      return id;
    }),
  );
  return { ids, nIds: seen.size };
}

/**
 * Second-stage (stacked) features from the first stage's labels: the token's own first-stage label and its
 * neighbours', and how the same word was labelled elsewhere within `window` sentences either side (a name
 * recognised once is usually the same name elsewhere in the article).
 */
export function contextFeatures(
  tokens: readonly (readonly string[])[],
  labels: readonly (readonly string[])[],
  window: number,
): string[][][] {
  const { ids, nIds } = wordIds(tokens);
  const facts = contextFacts(
    ids,
    labels.map((ls) => ls.map(typeIndex)),
    nIds,
    window,
  );
  return labels.map((labs, s) =>
    labs.map((lab, i) => {
      const fs: string[] = [];
      const emit: Emit = (tpl, a, b) => fs.push(featureName(tpl, a, b));
      emitLabelContext(i > 0 ? labs[i - 1] : '<s>', lab, i + 1 < labs.length ? labs[i + 1] : '</s>', emit);
      emitDocContext(facts[s][i], lab, emit);
      return fs;
    }),
  );
}
