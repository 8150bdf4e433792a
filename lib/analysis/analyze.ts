import { findEntities } from './entities/index';
import { applyKindModel } from './learned/kind-stage';
import type { Analysis, AnalyzeOptions } from './schema';
import { sourcePeople } from './source-entities';
import { linkTitlesToNames } from './stages/coreference';
import { findAttributions } from './stages/cues/index';
import { prepare } from './stages/state';
import { summarize } from './stages/summary';
import { warningsFor } from './stages/warnings';

/**
 * Finds the attributed claims of an Arabic news text (title, blank line, body) with their sources, the
 * entities (from `findEntities`), warnings about anonymous sourcing, and a summary. Pure and deterministic;
 * linear in the length of the text. Rules and their lexicons: GUIDELINES.md, lib/lexicon/.
 *
 * The stages, in order (lib/analysis/stages/, each file says what it decides):
 *   1. entities (entities/): people, organisations and places, which source reading and source kinds consult;
 *   2. prepare (state.ts): one token stream, sentences, claim boundaries (claim-bounds.ts);
 *   3. cue finding (cues/): at each cue, its reader finds the source (source-after.ts, source-before.ts), the
 *      claim (claim-span.ts), the source's kind (source-kind.ts) or, for an implicit subject, its antecedent
 *      (coreference.ts), and emits an attribution naming the rule that made it;
 *   4. coreference across attributions (coreference.ts): an office named first takes the name given later;
 *   5. warnings (warnings.ts, headline.ts) and summary (summary.ts).
 */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const entities = options.entities === false ? [] : findEntities(text);
  const st = prepare(text, entities);
  findAttributions(st);
  linkTitlesToNames(st);
  applyKindModel(st.out, st, options.kindModel);
  const attributions = st.out;
  attributions.forEach((a, k) => {
    a.id = `a${k}`;
  });
  const warnings = warningsFor(text, st.toks, attributions, options.headlineEnd);
  if (options.entities !== false) entities.push(...sourcePeople(text, attributions, entities));
  return { version: 1, attributions, entities, warnings, summary: summarize(attributions) };
}
