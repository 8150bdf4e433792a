/**
 * Word clusters from unlabelled Arabic news (ANT Corpus v2.1, ../shared/data/ant/articles.jsonl.gz) and the
 * training part of ANERcorp (first 90% of data/anercorp/train.conll; the dev split's text stays out so its figures
 * stay fair), written to lib/lexicon/clusters/clusters.json.
 *
 * Two steps, both deterministic:
 *  1. Flat classes by the bidirectional predictive exchange algorithm (Uszkoreit & Brants 2008; Dehdari et al.
 *     2016, "ClusterCat"): each word of the vocabulary moves to the class that most raises the likelihood of
 *     P(class(w) | previous word) · P(w | class) plus the same model read right to left. One pass costs
 *     O(bigram types × K), minutes on one core where Brown's agglomerative algorithm takes hours.
 *  2. A binary tree over the K classes, merging the pair whose merge loses least of the same likelihood with
 *     contexts read as classes (Brown et al. 1992's criterion, applied to K classes instead of the whole vocabulary).
 *     Each class's path from the root is its bit string, so prefixes give coarser clusters, as Brown clusters do.
 *
 *   npx tsx scripts/clusters/build-clusters.ts [--k 512] [--vocab 80000] [--iters 12] [--ship 80000]   (the shipped file)
 *
 * Words are folded (lib/analysis/entities/text.ts `fold`) and tokenized as the tagger tokenizes.
 */
import { createReadStream, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createGunzip } from 'node:zlib';
import { parseConll, splitDev } from '../../lib/analysis/entities/conll';
import { fold, tokenize } from '../../lib/analysis/entities/text';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const ANT = resolve(root, '../shared/data/ant/articles.jsonl.gz');

const arg = (name: string, def: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : def;
};
const K = arg('k', 512);
const VOCAB = arg('vocab', 80_000);
const ITERS = arg('iters', 12);
const SHIP = arg('ship', 80_000);

/** Paragraphs of ANT (title, then each line of the text), in file order. */
export async function* antParagraphs(path = ANT): AsyncGenerator<string> {
  const rl = createInterface({ input: createReadStream(path).pipe(createGunzip()), crlfDelay: Infinity });
  for await (const line of rl) {
    if (!line.trim()) continue;
    const a = JSON.parse(line) as { title?: string; text?: string };
    if (a.title) yield a.title;
    for (const p of (a.text ?? '').split('\n')) if (p.trim()) yield p;
  }
}

async function main() {
  const t0 = Date.now();
  const log = (s: string) => console.log(`[${((Date.now() - t0) / 1000).toFixed(0)} s] ${s}`);
  // 1. Read every paragraph as a run of word ids; id 0 marks a paragraph boundary.
  const ids = new Map<string, number>([['<s>', 0]]);
  const names: string[] = ['<s>'];
  let seq = new Int32Array(1 << 24);
  let n = 0;
  const push = (id: number) => {
    if (n === seq.length) {
      const s2 = new Int32Array(seq.length * 2);
      s2.set(seq);
      seq = s2;
    }
    seq[n++] = id;
  };
  const addText = (words: readonly string[]) => {
    for (const w of words) {
      let id = ids.get(w);
      if (id === undefined) {
        id = names.length;
        ids.set(w, id);
        names.push(w);
      }
      push(id);
    }
    push(0);
  };
  push(0);
  let paras = 0;
  for await (const p of antParagraphs()) {
    addText(tokenize(p).map((t) => fold(t.text)));
    paras++;
  }
  log(`ANT: ${paras} paragraphs, ${n} tokens, ${names.length} types`);
  const conll = join(root, 'data/anercorp/train.conll');
  if (existsSync(conll))
    for (const s of splitDev(parseConll(readFileSync(conll, 'utf8'))).train) addText(s.tokens.map(fold));
  log(`+ ANERcorp training part: ${n} tokens, ${names.length} types`);

  // 2. Vocabulary: the VOCAB most frequent words (ties by first appearance). Others become UNK (context only).
  const count = new Float64Array(names.length);
  for (let i = 0; i < n; i++) count[seq[i]]++;
  const order = names.map((_, i) => i).filter((i) => i !== 0);
  order.sort((a, b) => count[b] - count[a] || a - b);
  const V = Math.min(VOCAB, order.length);
  const UNK = V;
  const BOUND = V + 1;
  const C = V + 2; // context ids: words 0..V-1, UNK, boundary
  const rank = new Int32Array(names.length).fill(UNK);
  for (let r = 0; r < V; r++) rank[order[r]] = r;
  rank[0] = BOUND;
  const vocab = order.slice(0, V).map((i) => names[i]);
  let covered = 0;
  for (let r = 0; r < V; r++) covered += count[order[r]];
  log(
    `vocabulary ${V} words (min count ${count[order[V - 1]]}), covering ${((100 * covered) / (n - count[0])).toFixed(1)}% of tokens`,
  );
  for (let i = 0; i < n; i++) seq[i] = rank[seq[i]];
  names.length = 0;
  ids.clear();

  // 3. Bigram types, sorted: for each target word its left contexts, and its right contexts.
  const csr = (left: boolean) => {
    const keys = new Float64Array(n - 1);
    let m = 0;
    for (let i = 0; i + 1 < n; i++) {
      const target = left ? seq[i + 1] : seq[i];
      const ctx = left ? seq[i] : seq[i + 1];
      if (target >= V) continue;
      keys[m++] = target * C + ctx;
    }
    const ks = keys.subarray(0, m).sort();
    const start = new Int32Array(V + 1);
    const ctxs: number[] = [];
    const cnts: number[] = [];
    for (let i = 0; i < m; ) {
      let j = i + 1;
      while (j < m && ks[j] === ks[i]) j++;
      const target = Math.floor(ks[i] / C);
      ctxs.push(ks[i] - target * C);
      cnts.push(j - i);
      start[target + 1]++;
      i = j;
    }
    for (let v = 0; v < V; v++) start[v + 1] += start[v];
    return { start, ctx: Int32Array.from(ctxs), cnt: Int32Array.from(cnts) };
  };
  const L = csr(true);
  const R = csr(false);
  log(`bigram types: ${L.ctx.length} left, ${R.ctx.length} right`);
  const freq = new Float64Array(V);
  for (let v = 0; v < V; v++) freq[v] = count[order[v]];

  // x ln x, tabulated up to the largest context count.
  const ctxCount = new Float64Array(C);
  for (let i = 0; i < n; i++) ctxCount[seq[i]]++;
  const maxCtx = ctxCount.reduce((a, b) => Math.max(a, b), 0);
  const F = new Float64Array(maxCtx + 1);
  for (let x = 1; x <= maxCtx; x++) F[x] = x * Math.log(x);
  const xlx = (x: number) => (x > 0 ? x * Math.log(x) : 0);

  // 4. Exchange. Start: word of frequency rank r in class r mod K.
  const cls = new Int32Array(V);
  for (let v = 0; v < V; v++) cls[v] = v % K;
  const NL = new Int32Array(C * K); // NL[ctx*K + c]: times a word of class c follows ctx
  const NR = new Int32Array(C * K); // NR[ctx*K + c]: times a word of class c precedes ctx
  const Nc = new Float64Array(K);
  const move = (v: number, c: number, sign: number) => {
    for (let i = L.start[v]; i < L.start[v + 1]; i++) NL[L.ctx[i] * K + c] += sign * L.cnt[i];
    for (let i = R.start[v]; i < R.start[v + 1]; i++) NR[R.ctx[i] * K + c] += sign * R.cnt[i];
    Nc[c] += sign * freq[v];
  };
  for (let v = 0; v < V; v++) move(v, cls[v], 1);
  const objective = () => {
    let s = 0;
    for (let i = 0; i < NL.length; i++) s += F[NL[i]] + F[NR[i]];
    for (let c = 0; c < K; c++) s -= 2 * xlx(Nc[c]);
    return s;
  };
  log(`start: objective ${objective().toExponential(6)}`);
  const delta = new Float64Array(K);
  for (let it = 0; it < ITERS; it++) {
    let moved = 0;
    for (let v = 0; v < V; v++) {
      const a = cls[v];
      move(v, a, -1);
      const nv = freq[v];
      for (let b = 0; b < K; b++) delta[b] = -2 * (xlx(Nc[b] + nv) - xlx(Nc[b]));
      for (const T of [
        { s: L, N: NL },
        { s: R, N: NR },
      ]) {
        const { start, ctx, cnt } = T.s;
        const N = T.N;
        for (let i = start[v]; i < start[v + 1]; i++) {
          const row = ctx[i] * K;
          const m = cnt[i];
          for (let b = 0; b < K; b++) {
            const x = N[row + b];
            delta[b] += F[x + m] - F[x];
          }
        }
      }
      let best = a;
      for (let b = 0; b < K; b++) if (delta[b] > delta[best] + 1e-9) best = b;
      if (best !== a) moved++;
      cls[v] = best;
      move(v, best, 1);
    }
    log(`iteration ${it + 1}: ${moved} words moved, objective ${objective().toExponential(6)}`);
    if (moved < V / 1000) break;
  }

  // 5. Binary tree over the classes: class-to-class bigram counts, then greedy merges by least likelihood loss.
  const CL = new Float64Array(K * K); // CL[c'*K + c]: class c after class c'
  for (let i = 0; i + 1 < n; i++) {
    const a = seq[i];
    const b = seq[i + 1];
    if (a < V && b < V) CL[cls[a] * K + cls[b]]++;
  }
  // A cluster's columns: its counts after each context class and before each context class (contexts fixed).
  const after: Float64Array[] = [];
  const before: Float64Array[] = [];
  const size: number[] = [];
  for (let c = 0; c < K; c++) {
    const a = new Float64Array(K);
    const b = new Float64Array(K);
    for (let d = 0; d < K; d++) {
      a[d] = CL[d * K + c];
      b[d] = CL[c * K + d];
    }
    after.push(a);
    before.push(b);
    size.push(Nc[c]);
  }
  // Σ x ln x over a cluster's columns, kept per node so a pair's loss needs only the merged column's terms.
  const own: number[] = [];
  const ownTerm = (c: number) => {
    let s = 0;
    for (let d = 0; d < K; d++) s += xlx(after[c][d]) + xlx(before[c][d]);
    return s;
  };
  for (let c = 0; c < K; c++) own.push(ownTerm(c));
  const loss = (x: number, y: number) => {
    let s = own[x] + own[y];
    const ax = after[x];
    const ay = after[y];
    const bx = before[x];
    const by = before[y];
    for (let d = 0; d < K; d++) {
      const a = ax[d] + ay[d];
      if (a > 0) s -= a * Math.log(a);
      const b = bx[d] + by[d];
      if (b > 0) s -= b * Math.log(b);
    }
    return s - 2 * (xlx(size[x]) + xlx(size[y]) - xlx(size[x] + size[y]));
  };
  const alive = new Set<number>(Array.from({ length: K }, (_, c) => c));
  const children: [number, number][] = [];
  const cost = new Map<number, number>();
  const pk = (x: number, y: number) => (x < y ? x * 4096 + y : y * 4096 + x);
  for (const x of alive) for (const y of alive) if (x < y) cost.set(pk(x, y), loss(x, y));
  while (alive.size > 1) {
    let best = -1;
    let bestCost = Infinity;
    for (const [key, c] of cost)
      if (c < bestCost || (c === bestCost && key < best)) {
        best = key;
        bestCost = c;
      }
    const x = Math.floor(best / 4096);
    const y = best % 4096;
    const z = after.length;
    const az = new Float64Array(K);
    const bz = new Float64Array(K);
    for (let d = 0; d < K; d++) {
      az[d] = after[x][d] + after[y][d];
      bz[d] = before[x][d] + before[y][d];
    }
    after.push(az);
    before.push(bz);
    size.push(size[x] + size[y]);
    own.push(ownTerm(z));
    children[z] = [x, y];
    alive.delete(x);
    alive.delete(y);
    for (const key of [...cost.keys()]) {
      const a = Math.floor(key / 4096);
      const b = key % 4096;
      if (a === x || a === y || b === x || b === y) cost.delete(key);
    }
    for (const w of alive) cost.set(pk(w, z), loss(w, z));
    alive.add(z);
  }
  const paths: string[] = new Array(K).fill('');
  const walk = (node: number, path: string) => {
    if (node < K) paths[node] = path;
    else {
      walk(children[node][0], `${path}0`);
      walk(children[node][1], `${path}1`);
    }
  };
  walk(after.length - 1, '');
  const depths = paths.map((p) => p.length);
  log(`tree: depth ${Math.min(...depths)}–${Math.max(...depths)}`);

  // 6. Ship the SHIP most frequent words, grouped by class (words of a class in frequency order).
  const ship = Math.min(SHIP, V);
  const members: string[][] = Array.from({ length: K }, () => []);
  for (let v = 0; v < ship; v++) members[cls[v]].push(vocab[v]);
  const out = {
    about: `Word clusters made by scripts/clusters/build-clusters.ts (predictive exchange, K ${K}, vocabulary ${V}, then a merge tree over the classes) from ANT Corpus v2.1 (Chouigui, Ben Khiroun & Elayeb 2021; Apache-2.0 with citation licence) and the first 90% of data/anercorp/train.conll (ANERcorp, CC BY-SA 4.0). The ${ship} most frequent folded words.`,
    paths,
    words: members.map((m) => m.join(' ')),
  };
  const file = join(root, 'lib/lexicon/clusters/clusters.json');
  writeFileSync(file, `${JSON.stringify(out)}\n`);
  log(`wrote ${file}`);
  // A look at a few classes, for the report.
  for (let c = 0; c < K; c += Math.max(1, Math.floor(K / 16)))
    console.log(`${paths[c]}\t${members[c].slice(0, 12).join(' ')}`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
