/**
 * What the light first step (detector.content.ts) hands to the article script it has the background inject: a
 * global of the content scripts' isolated world (never the page's: the page cannot read or set it). Both are
 * separate bundles, so a module variable would not be shared.
 */
export interface Handoff {
  /** performance.now() when the light step started: the article's timings count from here. */
  startedAt?: number;
  /** The reader asked to analyse a page the light step had turned away ("analyse anyway"). */
  force?: boolean;
  /** The article script has been asked for (the light step stops answering the panel once it runs). */
  requested?: boolean;
  /** The article script runs (set by it; a second injection does nothing). */
  running?: boolean;
}

const KEY = '__isnadHandoff';

export function handoff(): Handoff {
  const g = globalThis as unknown as Record<string, Handoff | undefined>;
  let h = g[KEY];
  if (!h) {
    h = {};
    g[KEY] = h;
  }
  return h;
}
