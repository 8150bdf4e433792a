import { NL, viterbi, type WeightsFile } from '../../lib/analysis/entities/model';
import { epochOrders, indexStage, weightsFile } from './stage';

export const EPOCHS = Number(process.env.EPOCHS ?? 12);
const PRUNE = 2; // a stored weight of |w| < PRUNE/SCALE is dropped

/** The learner and its settings, for the weights file's `about`. */
export const PERCEPTRON_ABOUT = `Averaged perceptron, ${EPOCHS} epochs`;

/**
 * Trains one averaged structured perceptron stage on per-token feature lists and gold tags (the tagger's learner
 * before the CRF; `LEARNER=perceptron npm run train` still uses it).
 */
export function trainPerceptronStage(
  featsAll: readonly string[][][],
  tags: readonly string[][],
  log: (s: string) => void,
  about: string,
): WeightsFile {
  const { ids, X, Y } = indexStage(featsAll, tags, log);
  const nF = ids.size;

  // Weights: features (nF*NL), transitions (NL*NL), start (NL). `acc` accumulates c*delta for averaging.
  const W = new Float64Array(nF * NL);
  const A = new Float64Array(nF * NL);
  const T = new Float64Array(NL * NL);
  const TA = new Float64Array(NL * NL);
  const S = new Float64Array(NL);
  const SA = new Float64Array(NL);
  let c = 1;

  const decode = (x: Int32Array[]): number[] => {
    const n = x.length;
    const e = new Float64Array(n * NL);
    for (let i = 0; i < n; i++) for (const f of x[i]) for (let l = 0; l < NL; l++) e[i * NL + l] += W[f * NL + l];
    // The same decoding as at tagging time, over the weights being trained.
    return viterbi({ start: S, trans: T }, e, n);
  };

  const orders = epochOrders(X.length);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const order = orders.next();
    let errors = 0;
    for (const si of order) {
      const x = X[si];
      const y = Y[si];
      if (!x.length) continue;
      const z = decode(x);
      for (let i = 0; i < x.length; i++) {
        const prevY = i ? y[i - 1] : -1;
        const prevZ = i ? z[i - 1] : -1;
        if (y[i] === z[i] && prevY === prevZ) continue;
        if (y[i] !== z[i]) {
          errors++;
          for (const f of x[i]) {
            W[f * NL + y[i]] += 1;
            A[f * NL + y[i]] += c;
            W[f * NL + z[i]] -= 1;
            A[f * NL + z[i]] -= c;
          }
        }
        if (i === 0) {
          S[y[0]] += 1;
          SA[y[0]] += c;
          S[z[0]] -= 1;
          SA[z[0]] -= c;
        } else {
          T[prevY * NL + y[i]] += 1;
          TA[prevY * NL + y[i]] += c;
          T[prevZ * NL + z[i]] -= 1;
          TA[prevZ * NL + z[i]] -= c;
        }
      }
      c++;
    }
    log(`epoch ${epoch + 1}: ${errors} token errors`);
  }

  const avg = (w: Float64Array, a: Float64Array, i: number) => w[i] - a[i] / c;
  return weightsFile(
    about,
    ids,
    (i) => avg(W, A, i),
    (i) => avg(T, TA, i),
    (i) => avg(S, SA, i),
    PRUNE,
  );
}
