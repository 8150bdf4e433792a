import { ALLOWED, NL, START_ALLOWED, type WeightsFile } from '../../lib/analysis/entities/model';
import { epochOrders, indexStage, weightsFile } from './stage';

// Tuned on the first 90% / dev split over four epoch-order seeds (lib/lexicon/ner/README.md).
const CRF_EPOCHS = Number(process.env.CRF_EPOCHS ?? 15);
const C2 = Number(process.env.C2 ?? 0.3); // L2 strength: the objective is -log-likelihood + C2/2·|w|²
const ETA = Number(process.env.ETA ?? 0.02); // SGD step size at the start, decaying as η/(1 + η·λ·t)
const COST = Number(process.env.COST ?? 1); // softmax-margin: every wrong label gets +COST in the partition
// CRF weights are dense and small: dropping |w| < 0.01 halves the file with no loss on the dev split.
const CRF_PRUNE = Number(process.env.CRF_PRUNE ?? 10);

/** The learner and its settings, for the weights file's `about`. */
export const CRF_ABOUT = `Linear-chain CRF (softmax-margin ${COST}, L2 ${C2}, SGD ${CRF_EPOCHS} epochs)`;

/**
 * Trains one linear-chain CRF stage (first order, with the BIO constraint of the tagger's Viterbi: I-X only
 * after B-X or I-X) on per-token feature lists and gold tags, by L2-regularised SGD over the softmax-margin
 * objective (Gimpel & Smith 2010: the log-likelihood with each wrong label's score raised by COST during
 * training, which pushes the gold labels a margin clear of the rest). Same output as the perceptron's: integer
 * weights over `scale`, small weights pruned. The L2 decay is a running scale factor on all feature weights,
 * so a step costs only the features of the sentence.
 */
export function trainCrfStage(
  featsAll: readonly string[][][],
  tags: readonly string[][],
  log: (s: string) => void,
  about: string,
): WeightsFile {
  const { ids, X, Y } = indexStage(featsAll, tags, log);
  const nF = ids.size;
  const allowed = new Float64Array(NL * NL);
  for (let p = 0; p < NL; p++) for (let l = 0; l < NL; l++) allowed[p * NL + l] = ALLOWED[p][l] ? 1 : 0;

  const V = new Float64Array(nF * NL); // feature weights are scale·V
  let scale = 1;
  const T = new Float64Array(NL * NL);
  const S = new Float64Array(NL);

  let maxLen = 0;
  for (const x of X) maxLen = Math.max(maxLen, x.length);
  const e = new Float64Array(maxLen * NL); // emission scores
  const psi = new Float64Array(maxLen * NL); // exp(emission − the position's max)
  const alpha = new Float64Array(maxLen * NL); // forward, normalised per position by cnorm
  const beta = new Float64Array(maxLen * NL);
  const cnorm = new Float64Array(maxLen);
  const g = new Float64Array(maxLen * NL); // emission gradient: gold − expected
  const M = new Float64Array(NL * NL);
  const gT = new Float64Array(NL * NL);
  const gS = new Float64Array(NL);

  const orders = epochOrders(X.length);
  const lambda = C2 / Math.max(1, X.length);
  let t = 0;
  for (let epoch = 0; epoch < CRF_EPOCHS; epoch++) {
    const order = orders.next();
    let loss = 0;
    for (const si of order) {
      const x = X[si];
      const y = Y[si];
      const n = x.length;
      if (!n) continue;
      for (let i = 0; i < n; i++) {
        const b = i * NL;
        for (let l = 0; l < NL; l++) e[b + l] = 0;
        for (const f of x[i]) for (let l = 0; l < NL; l++) e[b + l] += V[f * NL + l];
        for (let l = 0; l < NL; l++) e[b + l] = e[b + l] * scale + (l === y[i] ? 0 : COST);
      }
      for (let k = 0; k < NL * NL; k++) M[k] = allowed[k] * Math.exp(T[k]);
      // Forward, scaled per position.
      let logZ = 0;
      for (let i = 0; i < n; i++) {
        const b = i * NL;
        let mx = Number.NEGATIVE_INFINITY;
        for (let l = 0; l < NL; l++) if (e[b + l] > mx) mx = e[b + l];
        let z = 0;
        for (let l = 0; l < NL; l++) {
          const p = Math.exp(e[b + l] - mx);
          psi[b + l] = p;
          let a = 0;
          if (i === 0) a = START_ALLOWED[l] ? Math.exp(S[l]) : 0;
          else for (let q = 0; q < NL; q++) a += alpha[b - NL + q] * M[q * NL + l];
          alpha[b + l] = a * p;
          z += a * p;
        }
        cnorm[i] = z;
        logZ += mx + Math.log(z);
        for (let l = 0; l < NL; l++) alpha[b + l] /= z;
      }
      let gold = S[y[0]] + e[y[0]];
      for (let i = 1; i < n; i++) gold += T[y[i - 1] * NL + y[i]] + e[i * NL + y[i]];
      loss += logZ - gold;
      // Backward, with the forward pass's normalisers.
      for (let l = 0; l < NL; l++) beta[(n - 1) * NL + l] = 1;
      for (let i = n - 2; i >= 0; i--) {
        const b = i * NL;
        const nb = b + NL;
        for (let q = 0; q < NL; q++) {
          let s = 0;
          for (let l = 0; l < NL; l++) s += M[q * NL + l] * psi[nb + l] * beta[nb + l];
          beta[b + q] = s / cnorm[i + 1];
        }
      }
      // Gradients: gold counts minus marginals.
      gT.fill(0);
      gS.fill(0);
      for (let l = 0; l < NL; l++) gS[l] = -alpha[l] * beta[l];
      gS[y[0]] += 1;
      for (let i = 1; i < n; i++) {
        const b = i * NL;
        for (let q = 0; q < NL; q++) {
          const aq = alpha[b - NL + q] / cnorm[i];
          if (!aq) continue;
          for (let l = 0; l < NL; l++) gT[q * NL + l] -= aq * M[q * NL + l] * psi[b + l] * beta[b + l];
        }
        gT[y[i - 1] * NL + y[i]] += 1;
      }
      for (let i = 0; i < n; i++) {
        const b = i * NL;
        for (let l = 0; l < NL; l++) g[b + l] = -alpha[b + l] * beta[b + l];
        g[b + y[i]] += 1;
      }
      // SGD step with L2 decay.
      const eta = ETA / (1 + ETA * lambda * t);
      const decay = 1 - eta * lambda;
      scale *= decay;
      const u = eta / scale;
      for (let i = 0; i < n; i++) {
        const b = i * NL;
        for (const f of x[i]) for (let l = 0; l < NL; l++) V[f * NL + l] += u * g[b + l];
      }
      for (let k = 0; k < NL * NL; k++) if (allowed[k]) T[k] = T[k] * decay + eta * gT[k];
      for (let l = 0; l < NL; l++) if (START_ALLOWED[l]) S[l] = S[l] * decay + eta * gS[l];
      if (scale < 1e-6) {
        for (let k = 0; k < V.length; k++) V[k] *= scale;
        scale = 1;
      }
      t++;
    }
    log(`epoch ${epoch + 1}: loss ${loss.toFixed(1)}`);
  }
  for (let k = 0; k < V.length; k++) V[k] *= scale;
  return weightsFile(
    about,
    ids,
    (i) => V[i],
    (i) => T[i],
    (i) => S[i],
    CRF_PRUNE,
  );
}
