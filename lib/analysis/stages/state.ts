import { splitSentences } from '../../arabic/sentences';
import { tokenize } from '../../arabic/tokens';
import { MentionIndex } from '../mention-index';
import type { Attribution, Entity, Span } from '../schema';
import { claimBoundaries, quoteIndex } from './claim-bounds';
import type { RuleName } from './rules';
import { cleanPhrase, describeSource, type KindContext, type SourceInfo } from './source-kind';
import { markNonComplementizers } from './token-tests';

/**
 * What every stage reads and what the rules write. The text is cut into tokens and sentences once, with the
 * claim boundaries and the quote index precomputed (`prepare`); the rules then walk it and write attributions
 * (`emit`), and remember the sources they named (`history`, `focus`) for the coreference stage to resolve
 * implicit subjects (`وأضاف`) and back-references (`الصحيفة`).
 */

/** Longest source phrase, in tokens; longer runs are not a source. */
export const MAX_SOURCE = 16;
/** Longest claim, in tokens (keeps hostile input linear: no claim is longer than this). */
export const MAX_CLAIM = 400;
/** How far a complementiser may stand after the source (settings such as `في بيان صحفي` between). */
export const MAX_GAP = 14;

/** A token range [a, b). */
export interface Range {
  a: number;
  b: number;
}

/** The text, its tokens and entity mentions and the source history (KindContext), and the rest below. */
export interface State extends KindContext {
  /** Number of tokens. */
  n: number;
  /** `start[i]`, `end[i]`: first token of the sentence holding token i, and the token after its last. */
  start: Int32Array;
  end: Int32Array;
  /** `boundary[i]`: where a claim starting at or before i must stop (claim-bounds.ts). */
  boundary: Int32Array;
  /** `nextQuote[i]`: first closing-capable quote mark at or after i. */
  nextQuote: Int32Array;
  /** The attributions found so far, in text order of their cues (ids are set at the end). */
  out: Attribution[];
  /** The source an implicit subject falls back to when none in `history` agrees with its cue. */
  focus: SourceInfo | null;
}

export function span(st: State, a: number, b: number): Span {
  const start = st.toks[a].start;
  const end = st.toks[b - 1].end;
  return { text: st.text.slice(start, end), start, end };
}

export function tokenAt(st: State, offset: number): number {
  // Binary search over token starts.
  let lo = 0;
  let hi = st.n - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (st.toks[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function emit(
  st: State,
  cue: Range,
  src: SourceInfo,
  mention: Range | null,
  claim: Range,
  rule: RuleName,
  confidence: number,
): void {
  st.out.push({
    id: '',
    cue: span(st, cue.a, cue.b),
    source: {
      kind: src.kind,
      name: src.name,
      ...(src.role ? { role: src.role } : {}),
      mention: mention ? span(st, mention.a, mention.b) : null,
    },
    claim: span(st, claim.a, claim.b),
    why: { rule, cue: st.text.slice(st.toks[cue.a].start, st.toks[cue.b - 1].end) },
    confidence,
  });
}

export function remember(st: State, src: SourceInfo): void {
  st.history.push(src);
  st.focus = src;
}

export function sourceOf(st: State, a: number, b: number): SourceInfo {
  return describeSource(st, a, b);
}

export function cleanPhraseOf(st: State, m: Span): string {
  return cleanPhrase(st, tokenAt(st, m.start), tokenAt(st, m.end - 1) + 1);
}

/** The token stream, sentences, claim boundaries and quote index of `text`, made once for every stage. */
export function prepare(text: string, entities: readonly Entity[]): State {
  const toks = tokenize(text);
  markNonComplementizers(toks);
  const sents = splitSentences(toks);
  return {
    text,
    toks,
    n: toks.length,
    start: sents.start,
    end: sents.end,
    boundary: claimBoundaries(toks, sents.end),
    nextQuote: quoteIndex(toks),
    history: [],
    mentions: new MentionIndex(entities),
    out: [],
    focus: null,
  };
}
