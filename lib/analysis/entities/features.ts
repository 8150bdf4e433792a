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

/** A token's forms and class, which its neighbours' features read. */
export interface TokenForms {
  folded: string;
  key: string;
  cls: string;
  /** Word-cluster path (lib/lexicon/clusters) of the word, else of its stem; '' when rare. */
  bc: string;
}

/** What one token brings on its own, whatever its neighbours: its forms, its class and its own features. */
export interface TokenInfo extends TokenForms {
  /** Own features, in training order: spelling and affixes (OWN_HEAD of them), then `c:` (class), then trigrams. */
  own: string[];
}

const OWN_HEAD = 14;

/** The token's own features and forms. They depend on the token alone, so a tagger may cache their weights per word. */
export function tokenInfo(token: string): TokenInfo {
  const g = gazetteers();
  const f = fold(token);
  const key = stem(f);
  const deep = deepKey(f, g);
  let cls: string;
  if (g.titles.has(key)) cls = 't';
  else if (g.orgHeads.has(deep)) cls = 'o';
  else if (g.placeHeads.has(deep)) cls = 'p';
  else if (g.nisba.has(key)) cls = 'n';
  else if (g.firstNames.has(deep)) cls = 'f';
  else cls = g.tokenTypes.get(deep)?.[0] ?? shape(token);
  const L = f.length;
  const own = [
    'b',
    `w:${f}`,
    `k:${key}`,
    `d:${deep}`,
    `p2:${f.slice(0, 2)}`,
    `p3:${f.slice(0, 3)}`,
    `s1:${f.slice(-1)}`,
    `s2:${f.slice(-2)}`,
    `s3:${f.slice(-3)}`,
    `ks2:${key.slice(-2)}`,
    `kp2:${key.slice(0, 2)}`,
    `len:${Math.min(L, 8)}`,
    `sh:${shape(token)}`,
    `al:${f.startsWith('ال') ? 1 : f.length > 3 && f.slice(1, 3) === 'ال' ? 2 : 0}`,
    `c:${cls}`,
  ];
  // Inner character trigrams: transliterated foreign names share letter patterns (`ينغ`, `فيتش`) the
  // affixes alone miss.
  if (key.length > 3) {
    const padded = `^${key}$`;
    for (let a = 0; a + 3 <= padded.length; a++) own.push(`g3:${padded.slice(a, a + 3)}`);
  }
  // Word clusters learnt from unlabelled news: the path and its prefixes (coarser clusters), which carry what
  // ANERcorp's few labelled words cannot (a foreign surname seen only in ANT sits with other surnames).
  const bc = clusterOfFolded(f) ?? clusterOfFolded(key) ?? clusterOfFolded(deep) ?? '';
  if (bc) for (const p of CLUSTER_PREFIXES) if (bc.length > p) own.push(`bc${p}:${bc.slice(0, p)}`);
  own.push(`bc:${bc}`);
  return { folded: f, key, cls, bc, own };
}

const CLUSTER_PREFIXES = [4, 6, 10];

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
export function neighbourWordFeatures(x: TokenForms | undefined, d: -2 | -1 | 1 | 2): string[] {
  const edge = d < 0 ? BOS : EOS;
  const sign = d < 0 ? '-' : '+';
  const a = Math.abs(d);
  const f = x ? x.folded : edge;
  if (a === 2) return [`w${sign}2:${f}`, `c${sign}2:${x ? x.cls : 'x'}`];
  return [
    `w${sign}1:${f}`,
    `k${sign}1:${x ? x.key : edge}`,
    `c${sign}1:${x ? x.cls : 'x'}`,
    `bc${sign}1:${x ? x.bc : 'x'}`,
  ];
}

/**
 * The neighbour features that read more than one token (word pairs, the class triple) or the sentence's
 * gazetteer and mined-name spans; with neighbourWordFeatures they make up neighbourFeatures.
 */
export function spanFeatures(tokens: readonly string[], infos: readonly TokenForms[]): string[][] {
  const n = tokens.length;
  const { gaz, mined } = sentenceSpans(infos);
  const k = (j: number) => (j < 0 ? BOS : j >= n ? EOS : infos[j].key);
  const cls = (j: number): string => (j < 0 || j >= n ? 'x' : infos[j].cls);
  const out: string[][] = [];
  for (let i = 0; i < n; i++) {
    const key = infos[i].key;
    out.push([
      `kk-1:${k(i - 1)}|${key}`,
      `kk+1:${key}|${k(i + 1)}`,
      `cc:${cls(i - 1)}${cls(i)}${cls(i + 1)}`,
      `g:${gaz[i]}`,
      `g-1:${i > 0 ? gaz[i - 1] : 'x'}`,
      `g+1:${i + 1 < n ? gaz[i + 1] : 'x'}`,
      `mn:${mined[i]}`,
    ]);
  }
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

/**
 * Second-stage (stacked) features from the first stage's labels: the token's own first-stage label and its
 * neighbours', and how the same word was labelled elsewhere within `window` sentences either side (a name
 * recognised once is usually the same name elsewhere in the article). Counts slide with the window, so the
 * cost stays linear in the number of tokens.
 */
export function contextFeatures(
  tokens: readonly (readonly string[])[],
  labels: readonly (readonly string[])[],
  window: number,
): string[][][] {
  const keys = tokens.map((s) => s.map((t) => stem(fold(t))));
  const counts = new Map<string, Int32Array>();
  const bump = (s: number, d: number) => {
    keys[s].forEach((k, i) => {
      if (k.length < 2) return;
      let c = counts.get(k);
      if (!c) {
        c = new Int32Array(5);
        counts.set(k, c);
      }
      const lab = labels[s][i];
      c[lab === 'O' ? 0 : (TYPE_INDEX[lab.slice(2)] ?? 0)] += d;
    });
  };
  const n = tokens.length;
  for (let s = 0; s < Math.min(n, window + 1); s++) bump(s, 1);
  const out: string[][][] = [];
  for (let s = 0; s < n; s++) {
    if (s - window - 1 >= 0) bump(s - window - 1, -1);
    if (s > 0 && s + window < n) bump(s + window, 1);
    const labs = labels[s];
    const sent: string[][] = [];
    keys[s].forEach((k, i) => {
      const lab = labs[i];
      const prev = i > 0 ? labs[i - 1] : '<s>';
      const next = i + 1 < labs.length ? labs[i + 1] : '</s>';
      const fs = [`p1:${lab}`, `p1-1:${prev}`, `p1+1:${next}`, `p1t:${prev}|${lab}|${next}`];
      const c = counts.get(k);
      if (c && k.length >= 2) {
        const own = lab === 'O' ? 0 : (TYPE_INDEX[lab.slice(2)] ?? 0);
        let total = 0;
        let best = 0;
        let bestN = 0;
        for (let t = 0; t < 5; t++) {
          const v = c[t] - (t === own ? 1 : 0);
          total += v;
          if (t > 0 && v > bestN) {
            best = t;
            bestN = v;
          }
        }
        if (total > 0) {
          const share = bestN / total;
          fs.push(`dc:${TYPE_NAMES[best]}`, `dcs:${TYPE_NAMES[best]}:${share >= 0.5 ? 'hi' : share > 0 ? 'lo' : '0'}`);
          fs.push(`dcp:${TYPE_NAMES[best]}|${lab}`);
        } else fs.push('dc:none');
      }
      sent.push(fs);
    });
    out.push(sent);
  }
  return out;
}
