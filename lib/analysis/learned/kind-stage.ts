/**
 * The learned source-kind stage. The rules (source-kind.ts) decide a kind from the head word and lexicons; a
 * logistic-regression model (lib/lexicon/models/kind.json, trained on the dev gold by scripts/attr/train.ts,
 * cross-validated by `npm run eval`) reads the rules' decision with the phrase's words, number, definiteness and
 * entity types, and has the last word. It mostly catches unnamed groups and plural or indefinite heads the lexicon
 * lacks, and surnames the rules took for organisations (`الرزوقي`). It never overrules an anonymous reading.
 * An implicit source (no mention) takes the kind its antecedent ends with.
 */
import type { Token } from '../../arabic/tokens';
import shipped from '../../lexicon/models/kind.json';
import type { MentionIndex } from '../mention-index';
import { type Attribution, type SourceKind, SourceKindSchema } from '../schema';
import { kindFeatures } from './kind-features';
import { decide, type LinearModel } from './linear';

export const KIND_MODEL = shipped as LinearModel;

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
      // The rules' anonymous readings stand: on the cross-validation the model turned more right ones into named
      // sources than wrong ones (anonymous F1 79.2 when allowed at p >= 0.5, 80.0 when never allowed).
      if (a.source.kind !== 'anonymous') {
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
