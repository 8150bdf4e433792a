import { browser } from 'wxt/browser';
import { type LightSignals, lightReason, lightVerdict, readLightSignals } from '../lib/page/light';
import { handoff } from './content/handoff';

// The light first step, on every http(s) page: a few kB (no zod, no React, no UI, no extraction) that decides
// from cheap, bounded signals (lib/page/light.ts) whether the page may be an Arabic article. Only then does it ask
// the background to inject the rest (article.content.ts). Until then it answers the panel's `get-state` itself
// ("not Arabic"), and "analyse anyway" loads the rest on the reader's request.

/** Seconds after start at which a page with no text yet (late loading) is looked at again. */
const RECHECK_S = [1, 2.5, 5, 10, 20];

type Reply = (x: unknown) => void;

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // No `wxt:content-script-started` window message: it costs every page a message event and tells it Isnad runs.
  noScriptStartedPostMessage: true,
  main(ctx) {
    const h = handoff();
    if (h.requested || h.running) return;
    const startedAt = performance.now();
    h.startedAt = startedAt;
    let signals: LightSignals | null = null;
    let lastUrl = location.href;
    /** How long the first decision took (benchmarks: Firefox has no tracing to tell Isnad's time otherwise). */
    let lightMs = 0;

    const load = (force: boolean): Promise<unknown> => {
      if (h.requested) return Promise.resolve(true);
      h.requested = true;
      h.force = force;
      // A re-decision (a later look, "analyse anyway") counts from its own start, not the page's.
      if (force || signals === null) h.startedAt = performance.now();
      return browser.runtime.sendMessage({ type: 'load-article' }).catch(() => {
        h.requested = false;
      });
    };

    const decide = (): boolean => {
      if (h.requested) return true;
      signals = readLightSignals(document);
      const verdict = lightVerdict(signals);
      if (verdict !== 'maybe') return verdict === 'not-arabic';
      void load(false);
      return true;
    };

    // The panel's questions while only this step runs (the article script answers them once it runs).
    browser.runtime.onMessage.addListener(((raw: unknown, _sender: unknown, reply: Reply) => {
      if (h.requested) return undefined;
      const type = (raw as { type?: unknown } | null)?.type;
      if (type === 'get-state') {
        const reason = signals ? lightReason(signals) : 'too-short';
        reply({
          url: location.href,
          title: document.title,
          status: 'not-article',
          detection: {
            isArticle: false,
            score: 0,
            outlet: null,
            reason,
            why: reason === 'too-short' ? 'short' : 'not-arabic',
          },
          analysis: null,
          published: null,
          highlightsOn: true,
          error: null,
          paintMs: null,
          completeMs: null,
          omitted: 0,
          unpainted: 0,
          skipped: 0,
          startedAt,
          light: true,
          lightMs,
        });
        return undefined;
      }
      if (type === 'analyse-anyway') {
        void load(true).then(() => reply(null));
        return true;
      }
      return undefined;
    }) as Parameters<typeof browser.runtime.onMessage.addListener>[0]);

    // A page with no text yet is looked at again a few times; a single-page app that changes its address is
    // looked at again after each change (cheap: one comparison a second).
    const decided = decide();
    lightMs = performance.now() - startedAt;
    if (!decided) {
      for (const s of RECHECK_S) ctx.setTimeout(() => void decide(), s * 1000);
    }
    ctx.setInterval(() => {
      if (h.requested || location.href === lastUrl) return;
      lastUrl = location.href;
      ctx.setTimeout(() => void decide(), 500);
    }, 1000);
  },
});
