/**
 * The learned source-kind stage. The rules (source-kind.ts) decide a kind from the head word and lexicons; a
 * logistic-regression model (lib/lexicon/models/kind.json, trained on the dev gold by scripts/attr/train.ts,
 * cross-validated by `npm run eval`) reads the rules' decision with the phrase's words, number, definiteness and
 * entity types, and has the last word. It mostly catches unnamed groups and plural or indefinite heads the lexicon
 * lacks (`صحف محلية`, `ممثلو الادعاء`, `آخرون`), which the rules took for people or organisations.
 * An implicit source (no mention) takes the kind its antecedent ends with.
 */
import type { Token } from '../../arabic/tokens';
import shipped from '../../lexicon/models/kind.json';
import type { MentionIndex } from '../mention-index';
import { type Attribution, type SourceKind, SourceKindSchema } from '../schema';
import { kindFeatures } from './kind-features';
import { decide, type LinearModel } from './linear';

export const KIND_MODEL = shipped as LinearModel;
/** Probability the model needs to turn a source the rules call anonymous into a named one. */
const KEEP_ANONYMOUS_BELOW = 0.5; // 0.5, 0.75, 0.9 tried on the cross-validation: anonymous F1 79.6, 79.2, 79.2

export function applyKindModel(
  out: Attribution[],
  ctx: { toks: Token[]; mentions: MentionIndex },
  model: LinearModel | null = KIND_MODEL,
): void {
  if (!model) return;
  const byName = new Map<string, SourceKind>();
  for (const a of out) {
    if (a.source.mention) {
      const { label, p } = decide(model, kindFeatures(a, ctx));
      const kind = SourceKindSchema.parse(label);
      // The rules' anonymity markers are precise (`طلب عدم ذكر اسمه`, `مصادر`): the model overrules them only when sure.
      if (a.source.kind !== 'anonymous' || kind === 'anonymous' || p >= KEEP_ANONYMOUS_BELOW) {
        a.source.kind = kind;
        a.why.kindModel = Math.round(p * 100) / 100;
      }
    } else {
      const k = byName.get(a.source.name);
      if (k) a.source.kind = k;
    }
    byName.set(a.source.name, a.source.kind);
  }
}
