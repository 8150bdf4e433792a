import '../../lib/zod-setup';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { uiLang } from '../../components/i18n';
import type { Analysis, Attribution, SourceKind } from '../../lib/analysis/schema';
import { ContentMessageSchema, MAX_ANALYSED_CHARS, parseMessage, type TabState } from '../../lib/messages';
import { type Detection, detectArticle } from '../../lib/page/detect';
import { type ExtractedArticle, extractArticleSliced } from '../../lib/page/extract';
import { rangeFor } from '../../lib/page/offsets';
import { pagePositioner } from '../../lib/page/page-position';
import { reanchor } from '../../lib/store/anchor';
import { exportClaims } from '../../lib/store/formats';
import { claimsFromAnalysis } from '../../lib/store/formats/page';
import { profileReadMessage } from '../../lib/store/profile-schema';
import { browser } from '../../platform/browser';
import { watchFrames } from './frames';
import { handoff } from './handoff';
import { type PaintedSpan, Painter } from './paint';
import { analyseInBackground, lastAnalyse, pendingReveal, saveAttribution, savedForUrl, saveManualClaim } from './save';
import { PageUi } from './ui';

/** True when two analyses paint the same spans with the same kinds (then no repaint is needed). */
function sameMarks(a: Analysis, b: Analysis): boolean {
  if (a.attributions.length !== b.attributions.length) return false;
  return a.attributions.every((x, i) => {
    const y = b.attributions[i];
    return (
      x.id === y.id &&
      x.source.kind === y.source.kind &&
      x.claim.start === y.claim.start &&
      x.claim.end === y.claim.end &&
      x.source.mention?.start === y.source.mention?.start &&
      x.source.mention?.end === y.source.mention?.end
    );
  });
}

/**
 * What the panel gets: the state with at most PANEL_LIMIT claims, entities and warnings (in reading order) and
 * the counts of what was left out. A hostile page can yield tens of thousands of "claims"; sending them all on
 * every panel refresh would cost the page megabytes of copying, and no reader can use such a list. The summary
 * still counts everything.
 */
const PANEL_LIMIT = 500;
function viewOf(state: TabState, unpainted: number): TabState {
  const a = state.analysis;
  const over = a && Math.max(a.attributions.length, a.entities.length, a.warnings.length) > PANEL_LIMIT;
  const analysis =
    a && over
      ? {
          ...a,
          attributions: a.attributions.slice(0, PANEL_LIMIT),
          entities: a.entities.slice(0, PANEL_LIMIT),
          warnings: a.warnings.slice(0, PANEL_LIMIT),
        }
      : a;
  const omitted = a && over ? Math.max(0, a.attributions.length - PANEL_LIMIT) : 0;
  return { ...state, analysis, omitted, unpainted };
}

/** Least time between two re-analyses the page's own changes cause (URL, text). */
const RERUN_GAP_MS = 3000;

/** The text sent to the analyser: at most MAX_ANALYSED_CHARS, ending at a white space where one is near. */
function capText(text: string): string {
  if (text.length <= MAX_ANALYSED_CHARS) return text;
  const space = text.slice(MAX_ANALYSED_CHARS - 2000, MAX_ANALYSED_CHARS).search(/\s\S*$/);
  return text.slice(0, space < 0 ? MAX_ANALYSED_CHARS : MAX_ANALYSED_CHARS - 2000 + space);
}

/** Why a page is not taken for an article, in terms the panel can tell the reader. */
function notArticleWhy(det: Detection): 'not-arabic' | 'listing' | 'short' | undefined {
  if (det.isArticle) return undefined;
  if (det.reasons.some((r) => r.startsWith('not Arabic'))) return 'not-arabic';
  const s = det.signals;
  if (s.linkedHeadings >= 3 || s.rootLinkDensity > 0.2 || s.searchQuery) return 'listing';
  if (s.bodyChars < 300) return 'short';
  return undefined;
}

/** Yields to the page: scheduler.yield where the browser has it, else a message-channel task (no 4 ms clamp). */
function pause(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (s?.yield) return s.yield();
  return new Promise((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => resolve();
    ch.port2.postMessage(null);
  });
}

/**
 * The rest of Isnad on a page: extraction, detection, analysis, painting, the card and the panel's messages.
 * Loaded only where the light first step (entrypoints/detector.content.ts) says the page may be Arabic: the
 * background injects it (entrypoints/article.content.ts). Timings count from the light step's start.
 */
export const articleScript = {
  main(ctx: ContentScriptContext) {
    const t0 = handoff().startedAt ?? performance.now();
    const lang = uiLang(navigator.language);
    const painter = new Painter();
    let article: ExtractedArticle | null = null;
    let runId = 0;
    let stepIndex = -1;
    let byElement = new Map<Element, PaintedSpan[]>();
    let siteName: string | null = null;
    /** The text behind the complete analysis on screen (kept so an unchanged text is not analysed again). */
    let analysedText: string | null = null;
    const state: TabState = {
      url: location.href,
      title: document.title,
      status: 'analysing',
      detection: null,
      analysis: null,
      published: null,
      highlightsOn: true,
      error: null,
      paintMs: null,
      completeMs: null,
      startedAt: t0,
      omitted: 0,
      unpainted: 0,
      skipped: 0,
      timings: { inject: performance.now() - t0 },
    };

    const notify = () => {
      browser.runtime.sendMessage({ type: 'state-changed', url: state.url }).catch(() => {});
    };

    const ui = new PageUi(lang, {
      save: (a) => saveAttribution(a, pageMeta(), 'card'),
      step: (d) => step(d),
      goTo: (id) => {
        const list = state.analysis?.attributions ?? [];
        const i = list.findIndex((x) => x.id === id);
        if (i < 0) return;
        stepIndex = i;
        reveal(list[i], false);
        ui.setPosition(i, painter.isOn);
      },
      toggleHighlights: () => setHighlights(!painter.isOn),
    });

    /** The page's address without its fragment, as the background keys saved claims (from the sender's URL). */
    const pageUrl = () => location.href.replace(/#.*$/s, '');
    const pageMeta = () => ({
      url: pageUrl(),
      title: article?.title || document.title,
      // The outlet as its readers know it: the listed Arabic name, else the page's own og:site_name.
      outlet: state.detection?.outlet?.nameAr ?? siteName ?? location.hostname,
      published: article?.published ?? null,
      text: article?.text ?? '',
      pagePosition: article ? pagePositioner(article, document) : undefined,
    });

    async function run(force: boolean): Promise<void> {
      const id = ++runId;
      const started = runId === 1 ? t0 : performance.now();
      state.startedAt = started;
      try {
        state.url = location.href;
        state.title = document.title;
        const mark = (k: keyof NonNullable<TabState['timings']>, from: number) => {
          state.timings = { ...(state.timings ?? {}), [k]: performance.now() - from };
          return performance.now();
        };
        let t = performance.now();
        // Extraction first, in slices that yield to the page; detection then reuses it.
        const extracted = await extractArticleSliced(document, pause);
        if (id !== runId) return;
        t = mark('extract', t);
        const det = detectArticle(document, location.href, extracted);
        t = mark('detect', t);
        siteName = det.siteName?.slice(0, 200) ?? null;
        state.detection = {
          isArticle: det.isArticle,
          score: det.score,
          outlet: det.outlet,
          reason: det.reason,
          why: notArticleWhy(det),
        };
        if (!det.isArticle && !force) {
          state.status = 'not-article';
          state.analysis = null;
          painter.clear();
          ui.setBadge(0, painter.isOn);
          notify();
          return;
        }
        if (!extracted?.text.trim()) {
          state.status = force ? 'error' : 'not-article';
          state.error = force ? 'no-text' : null;
          notify();
          return;
        }
        article = extracted;
        state.published = extracted.published ?? null;
        // At most MAX_ANALYSED_CHARS go to the analyser, cut at a white space; the rest is reported as skipped.
        const text = capText(extracted.text);
        const paint = (a: Analysis) => painter.build(a, (s, e) => rangeFor(extracted, s, e, document), pause);
        if (!force && text === analysedText && state.analysis) {
          // The same text as the complete analysis on screen (a re-render, a page touching its DOM or churning
          // its address): keep that analysis, and repaint only if the page replaced the nodes it marked. The
          // background is not asked again for megabytes it has already analysed (issue 14's churning page).
          if (painter.spans.some((s) => s.ranges.some((r) => !r.startContainer.isConnected))) {
            await paint(state.analysis);
            if (id !== runId) return;
            indexSpans();
          }
          state.status = 'article';
          notify();
          return;
        }
        state.skipped = extracted.text.length - text.length;
        await pause();
        t = performance.now();
        // First the attributions alone (fast, painted at once), then the complete analysis with entities (the
        // tagger is the slow part), which replaces it and repaints if any source changed. Asked one after the
        // other: the background answers in order, and the first answer's chunks must not wait behind the second.
        const first = await analyseInBackground(text, false, pause);
        t = mark('analyse', t);
        state.timings = { ...state.timings, send: lastAnalyse.sendMs, check: lastAnalyse.checkMs };
        if (id !== runId || !first) return; // a newer run started while we yielded
        const analysis = first.analysis;
        // Past MAX_ATTRIBUTIONS the analyser stopped: the rest is skipped too, and the complete analysis gets
        // the same part of the text.
        const analysed = text.slice(0, first.analysedChars);
        state.skipped = extracted.text.length - analysed.length;
        await paint(analysis);
        mark('paint', t);
        if (id !== runId) return;
        indexSpans();
        state.analysis = analysis;
        analysedText = null; // attributions only, until the complete analysis arrives
        state.status = 'article';
        state.error = null;
        state.paintMs = performance.now() - started;
        state.completeMs = null;
        ui.mount();
        ui.setArticle(analysis, extracted.text);
        ui.setBadge(analysis.attributions.length, painter.isOn);
        notify();
        void reanchorOpened();
        const done = await analyseInBackground(analysed, true, pause);
        if (id !== runId || !done) return;
        const complete = done.analysis;
        state.skipped = extracted.text.length - done.analysedChars;
        if (!sameMarks(analysis, complete)) {
          await paint(complete);
          if (id !== runId) return;
          indexSpans();
          ui.setBadge(complete.attributions.length, painter.isOn);
        }
        ui.setArticle(complete, extracted.text);
        state.analysis = complete;
        analysedText = text;
        state.completeMs = performance.now() - started;
        mark('complete', started);
        // The reader's outlet profile: counts only, never text; the background keys it by this page's URL.
        browser.runtime.sendMessage(profileReadMessage(complete, state.published)).catch(() => {});
        notify();
      } catch (err) {
        if (id !== runId) return; // superseded: the newer run reports
        state.status = 'error';
        state.error = err instanceof Error ? err.message : String(err);
        notify();
      }
    }

    /**
     * "Open original" from the library: the background opened this tab and hands over the claim to show, once
     * (lib/store/reveal.ts). Nothing in the page's address names the claim, so a page cannot probe the library.
     */
    async function reanchorOpened(): Promise<void> {
      if (window !== window.top || !article) return;
      const claim = await pendingReveal();
      if (!claim) return;
      const found = claim.found ? reanchor(article.text, claim.quote, claim.position) : null;
      if (!found || found.method === 'fuzzy') {
        ui.mount();
        ui.notice(!claim.found ? 'savedUnknown' : found ? 'anchorApproximate' : 'anchorNotFound');
      }
      if (!found) return;
      const ranges = rangeFor(article, found.start, found.end, document);
      painter.markSaved(ranges);
      ranges[0]?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      painter.flash(ranges, 2500);
    }

    /** Element → spans whose ranges start or end in it, so hover tests only nearby spans. */
    function indexSpans(): void {
      byElement = new Map();
      for (const span of painter.spans) {
        for (const r of span.ranges) {
          for (const node of [r.startContainer, r.endContainer]) {
            const elt = node instanceof Element ? node : node.parentElement;
            if (!elt) continue;
            const list = byElement.get(elt);
            if (!list) byElement.set(elt, [span]);
            else if (list[list.length - 1] !== span) list.push(span);
          }
        }
      }
    }

    function candidatesAt(target: EventTarget | null): PaintedSpan[] {
      const out: PaintedSpan[] = [];
      let elt = target instanceof Element ? target : null;
      for (let depth = 0; elt && depth < 6; depth++, elt = elt.parentElement) {
        const list = byElement.get(elt);
        if (list) out.push(...list);
        // Spans whose ranges live in descendants of the hovered block (links, <strong> inside a paragraph).
        for (const child of elt.children) {
          const l = byElement.get(child);
          if (l) out.push(...l);
        }
      }
      return out;
    }

    let pending = false;
    ctx.addEventListener(document, 'mousemove', (e: MouseEvent) => {
      // Only the reader's own mouse shows the card (a page can dispatch synthetic events).
      if (!e.isTrusted || pending || !painter.isOn || !painter.spans.length || ui.isInside(e.target)) return;
      pending = true;
      requestAnimationFrame(() => {
        pending = false;
        // composedPath()[0]: the element inside an open shadow root (e.target is retargeted to its host).
        const hit = painter.hitTest(e.clientX, e.clientY, candidatesAt(e.composedPath()[0] ?? e.target));
        if (hit) {
          const rect = hit.ranges.find((r) => r.getClientRects().length)?.getBoundingClientRect();
          if (rect) ui.showCard(hit.attribution, rect);
        } else if (ui.cardVisible) ui.hideCardSoon();
      });
    });

    function attributionRanges(a: Attribution): Range[] {
      return painter.spans.filter((s) => s.attribution.id === a.id).flatMap((s) => s.ranges);
    }

    function reveal(a: Attribution, focusCard: boolean): void {
      const ranges = attributionRanges(a);
      const first = ranges[0];
      if (!first) return;
      const target = first.startContainer.parentElement;
      target?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
      painter.flash(ranges);
      requestAnimationFrame(() => ui.showCard(a, first.getBoundingClientRect(), focusCard));
    }

    function step(delta: 1 | -1): void {
      const list = state.analysis?.attributions ?? [];
      if (!list.length) return;
      stepIndex = (stepIndex + delta + list.length) % list.length;
      reveal(list[stepIndex], false);
      ui.setPosition(stepIndex, painter.isOn);
      ui.announceStep(stepIndex, list.length, list[stepIndex].source.name);
    }

    function setHighlights(on: boolean): void {
      painter.setOn(on);
      state.highlightsOn = on;
      if (!on) ui.hideCard();
      ui.setBadge(state.analysis?.attributions.length ?? 0, on, stepIndex);
      notify();
    }

    browser.runtime.onMessage.addListener((raw: unknown) => {
      const msg = parseMessage(ContentMessageSchema, raw);
      if (!msg) return undefined;
      switch (msg.type) {
        case 'get-state':
          return Promise.resolve(viewOf(state, painter.unpainted));
        case 'scroll-to': {
          const a = state.analysis?.attributions.find((x) => x.id === msg.attributionId);
          if (a) {
            stepIndex = state.analysis!.attributions.indexOf(a);
            reveal(a, false);
            ui.setPosition(stepIndex, painter.isOn);
          }
          return Promise.resolve(Boolean(a));
        }
        case 'show-headline': {
          const w = state.analysis?.warnings.find((x) => x.kind !== 'anonymous-claim');
          if (w && article) {
            const ranges = rangeFor(article, w.span.start, w.span.end, document);
            ranges[0]?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
            painter.flash(ranges);
          }
          return Promise.resolve(Boolean(w));
        }
        case 'step-entity': {
          const ent = state.analysis?.entities.find((x) => x.id === msg.entityId);
          const m = ent?.mentions[msg.index % Math.max(1, ent.mentions.length)];
          if (m && article) {
            const ranges = rangeFor(article, m.start, m.end, document);
            ranges[0]?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
            painter.flash(ranges);
          }
          return Promise.resolve(Boolean(m));
        }
        case 'set-highlights':
          setHighlights(msg.on);
          return Promise.resolve(state);
        case 'toggle-highlights':
          setHighlights(!painter.isOn);
          return Promise.resolve(state);
        case 'analyse-anyway':
          return run(true).then(() => state);
        case 'save': {
          const a = state.analysis?.attributions.find((x) => x.id === msg.attributionId);
          return a ? saveAttribution(a, pageMeta(), 'panel') : Promise.resolve(false);
        }
        case 'export-page': {
          if (!state.analysis) return Promise.resolve(null);
          const analysis = state.analysis;
          return savedForUrl(pageUrl()).then((saved) => {
            const exportedAt = new Date().toISOString();
            const claims = claimsFromAnalysis(analysis, pageMeta(), { exportedAt, saved });
            return exportClaims(claims, msg.format, { exportedAt, scope: 'page', name: pageMeta().title });
          });
        }
        case 'save-selection':
          // From the panel, where the reader named the source; the page text gives the selectors.
          return saveManualClaim(msg.selectionText, msg.name, msg.kind as SourceKind, pageMeta());
        case 'ui-state':
          // savedMarks: how many ranges show a re-found saved claim ("open original"), for the tests.
          return Promise.resolve({ ...ui.snapshot(), savedMarks: painter.savedCount });
      }
    });

    // Pages that change: late-loading text, single-page navigation, a page script clearing our highlights.
    // Re-runs the page causes start at most once per RERUN_GAP_MS (a page changing its URL every second
    // would otherwise have its whole text extracted and analysed every second); the last change always runs.
    let lastUrl = location.href;
    let lastLength = -1;
    // Whether the page's DOM changed (outside our UI) since the last run started. An address change alone
    // (history.pushState with the same text) keeps the analysis: re-extracting and re-analysing megabytes of
    // unchanged text on every change is what let a hostile page grow the browser by gigabytes (issue 14).
    let dirty = false;
    // The address moved while the DOM stood still: the next change to the DOM re-runs (SPAs often change the
    // address first and the text a moment later, possibly to a text of the same length).
    let movedUnchanged = false;
    let debounce: ReturnType<typeof setTimeout> | undefined;
    let lastRerun = 0;
    let rerunTimer: ReturnType<typeof setTimeout> | undefined;
    // One page-caused run at a time, and the gap counts from the end of the last one: a run that takes longer
    // than the gap (megabytes of text on a slow machine) is not superseded by the next change, so it finishes,
    // and an unchanged text is then recognised and not analysed again. A change during a run waits for it.
    let inFlight = false;
    let wanted = false;
    const rerun = () => {
      clearTimeout(rerunTimer);
      if (inFlight) {
        wanted = true;
        return;
      }
      const wait = lastRerun + RERUN_GAP_MS - performance.now();
      if (wait > 0) {
        rerunTimer = setTimeout(rerun, wait);
        return;
      }
      dirty = false;
      movedUnchanged = false;
      inFlight = true;
      void run(false).finally(settle);
    };
    const settle = () => {
      inFlight = false;
      lastRerun = performance.now();
      if (wanted) {
        wanted = false;
        rerun();
      }
    };
    const recheck = () => {
      clearTimeout(debounce);
      debounce = setTimeout(() => {
        if (location.href !== lastUrl) {
          lastUrl = location.href;
          if (!dirty && (state.status === 'article' || state.status === 'analysing')) {
            movedUnchanged = true;
            state.url = location.href;
            state.title = document.title;
            notify();
            return;
          }
          stepIndex = -1;
          rerun();
          return;
        }
        if (movedUnchanged && dirty) {
          stepIndex = -1;
          rerun();
          return;
        }
        if (painter.missing()) painter.apply();
        const len = document.body?.textContent?.length ?? 0;
        // Re-analyse when the page's text grew or shrank noticeably (late-loading article, re-render).
        if (lastLength >= 0 && Math.abs(len - lastLength) > Math.max(200, lastLength * 0.05)) rerun();
        else if (
          state.status === 'article' &&
          painter.spans.some((s) => s.ranges.some((r) => !r.startContainer.isConnected))
        )
          rerun();
        lastLength = len;
      }, 400);
    };
    /**
     * Whether DOM changes may have changed the article's text: a change inside the article's container, the
     * container gone, or more than a few words changed elsewhere. A clock or a ticker beside the article
     * does not make a page re-read megabytes of text.
     */
    const touchesArticle = (records: MutationRecord[]): boolean => {
      const root = article?.root;
      if (!root?.isConnected) return true;
      let outside = 0;
      for (const r of records) {
        if (root.contains(r.target)) return true;
        if (r.type === 'characterData') outside += r.target.textContent?.length ?? 0;
        for (const list of [r.addedNodes, r.removedNodes])
          for (const n of list) {
            if (n.contains(root)) return true;
            outside += n.textContent?.length ?? 0;
          }
        if (outside > 200) return true;
      }
      return false;
    };
    const observer = new MutationObserver((records) => {
      if (records.every((r) => ui.isInside(r.target) || r.target === ui.host)) return;
      if (touchesArticle(records)) dirty = true;
      recheck();
    });
    if (document.body) observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    ctx.addEventListener(window, 'popstate', recheck);
    // A same-origin frame that loads after the first look may hold the article (frames.ts).
    const unwatchFrames = watchFrames(document, () => {
      if (state.status !== 'article') rerun();
    });
    ctx.setInterval(() => {
      if (location.href !== lastUrl || painter.missing()) recheck();
    }, 1000);
    ctx.onInvalidated(() => {
      clearTimeout(rerunTimer);
      unwatchFrames();
      observer.disconnect();
      painter.clear();
      ui.destroy();
    });

    inFlight = true;
    void run(handoff().force === true)
      .then(() => {
        lastLength = document.body?.textContent?.length ?? 0;
      })
      .finally(settle);
  },
};
