import '../lib/zod-setup';
import type { Runtime } from 'webextension-polyfill';
import { AnalysisJobs } from '../lib/analysis/jobs';
import type { Analysis } from '../lib/analysis/schema';
import {
  ANALYSIS_CHUNK,
  AnalyseRequestSchema,
  AnalysisChunkRequestSchema,
  AnalysisDoneSchema,
  type AnalysisReply,
  type BackgroundToContent,
  isStoreMessage,
  MAX_ATTRIBUTIONS,
  MAX_SELECTION,
  parseMessage,
  SelectionOfferSchema,
  SelectionTakeSchema,
} from '../lib/messages';
import { openDb } from '../lib/store/db';
import { handleStoreMessage, pageUrlOf } from '../lib/store/handler';
import { handleProfileMessage } from '../lib/store/profile-handler';
import { OpenOriginalSchema, RevealQueue, RevealTakeSchema, revealAnswer } from '../lib/store/reveal';
import { getClaim } from '../lib/store/service';
import { browser } from '../platform/browser';

// Thin glue: opens the panel from the toolbar button, routes the keyboard shortcut to the tab's content script
// and the context menu's selection to the panel, owns the saved-claims database (the extension's own IndexedDB
// origin, never the page's), and runs the analyser for content scripts: off the page's main thread, one copy
// per browser, not per tab. Content scripts run in the page's process and are treated as the page: every
// message is routed by who sent it (callerOf), and a content script gets only what its own page needs.

/** At most this many long analyses wait to be fetched in chunks, all tabs together (the oldest go first). */
const MAX_PENDING = 16;

/** Who sent a message, from `runtime.MessageSender` (set by the browser, not by the sender). */
type Caller = { kind: 'extension' } | { kind: 'page'; url: string; key: string; tabId: number; frameId: number };

function callerOf(sender: Runtime.MessageSender, extOrigin: string): Caller | null {
  if (sender.id !== browser.runtime.id) return null;
  const url = sender.url ?? '';
  // Extension pages (panel, library) are at the extension's own origin; content scripts report their page's.
  if (url.startsWith(extOrigin)) return { kind: 'extension' };
  const tabId = sender.tab?.id;
  if (tabId === undefined || !/^https?:/.test(url)) return null;
  const frameId = sender.frameId ?? 0;
  return { kind: 'page', url: pageUrlOf(url), key: `${tabId}:${frameId}`, tabId, frameId };
}

/** Long analyses waiting to be fetched in chunks, by token, each bound to the tab and frame that asked. */
const pending = new Map<string, { analysis: Analysis; key: string; at: number }>();

function analysisReply(analysis: Analysis, analysedChars: number, key: string): AnalysisReply {
  const { attributions, entities, warnings } = analysis;
  // A newer analysis for the same tab and frame replaces the older one's chunks.
  for (const [k, v] of pending) if (v.key === key) pending.delete(k);
  if (Math.max(attributions.length, entities.length, warnings.length) <= ANALYSIS_CHUNK)
    return { ...analysis, analysedChars, more: null };
  const now = Date.now();
  for (const [k, v] of pending) if (now - v.at > 120_000) pending.delete(k);
  while (pending.size >= MAX_PENDING) pending.delete(pending.keys().next().value as string);
  const token = crypto.randomUUID();
  pending.set(token, { analysis, key, at: now });
  return {
    ...analysis,
    analysedChars,
    attributions: attributions.slice(0, ANALYSIS_CHUNK),
    entities: entities.slice(0, ANALYSIS_CHUNK),
    warnings: warnings.slice(0, ANALYSIS_CHUNK),
    more: { token, attributions: attributions.length, entities: entities.length, warnings: warnings.length },
  };
}

/**
 * A task break, so that the runtime delivers other messages between pieces of a long analysis. A message-channel
 * task, not setTimeout: timers in a background context can be throttled to one a second or slower.
 */
const waiting: (() => void)[] = [];
// Made on first use, not at module load: WXT imports this module in Node at build time, and an open channel
// there keeps the build process from ever exiting.
let channel: MessageChannel | null = null;
const breathe = () =>
  new Promise<void>((resolve) => {
    if (!channel) {
      channel = new MessageChannel();
      channel.port1.onmessage = () => waiting.shift()?.();
    }
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });

/** Selections from the context menu waiting for the reader to name their source in the panel, by tab. */
const selections = new Map<number, { text: string; at: number }>();
function offerSelection(tabId: number, text: string): void {
  const now = Date.now();
  for (const [k, v] of selections) if (now - v.at > 600_000) selections.delete(k);
  selections.delete(tabId);
  while (selections.size >= 32) selections.delete(selections.keys().next().value as number);
  selections.set(tabId, { text: text.slice(0, MAX_SELECTION), at: now });
  browser.runtime.sendMessage({ type: 'selection-pending', tabId }).catch(() => {});
}
/** The article script's file in the build (entrypoints/article.content.ts, registration: 'runtime'). */
const ARTICLE_SCRIPT = '/content-scripts/article.js';

/**
 * Runs the article script in one frame of a tab, at once (the light step asks only once the page is idle).
 * Chrome MV3: scripting.executeScript; Firefox MV2: tabs.executeScript. Both need the host permission the
 * manifest already holds for every http(s) page (the article script's `matches`).
 */
async function injectArticle(tabId: number, frameId: number): Promise<boolean> {
  const scripting = (
    globalThis as {
      chrome?: { scripting?: { executeScript(o: object): Promise<unknown> } };
    }
  ).chrome?.scripting;
  if (scripting && !browser.tabs.executeScript)
    await scripting.executeScript({
      target: { tabId, frameIds: [frameId] },
      files: [ARTICLE_SCRIPT],
      injectImmediately: true,
    });
  else await browser.tabs.executeScript(tabId, { file: ARTICLE_SCRIPT, frameId, runAt: 'document_start' });
  return true;
}

export default defineBackground(() => {
  const db = openDb();
  const jobs = new AnalysisJobs(breathe);
  // "Open original": tabs this background opened, with the claim to show (lib/store/reveal.ts).
  const reveals = new RevealQueue();
  async function openOriginal(id: string): Promise<boolean> {
    const claim = await getClaim(db, id);
    const url = claim ? pageUrlOf(claim.url) : '';
    if (!/^https?:\/\//i.test(url)) return false;
    const tab = await browser.tabs.create({ url });
    if (tab.id !== undefined) reveals.expect(tab.id, url, id);
    return true;
  }
  const extOrigin = browser.runtime.getURL('/');
  const api = browser as unknown as {
    sidebarAction?: { toggle(): Promise<void>; open(): Promise<void> };
    browserAction?: typeof browser.action;
  };
  const sidePanel = (
    globalThis as {
      chrome?: { sidePanel?: { setPanelBehavior(o: object): Promise<void>; open(o: object): Promise<void> } };
    }
  ).chrome?.sidePanel;
  if (sidePanel) {
    // Chrome: the toolbar button opens the side panel.
    sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => {});
  } else {
    // Firefox: the toolbar button toggles the sidebar (a user gesture, as sidebarAction requires).
    (browser.action ?? api.browserAction)?.onClicked.addListener(() => void api.sidebarAction?.toggle());
  }

  const send = (tabId: number | undefined, msg: BackgroundToContent) => {
    if (tabId !== undefined) browser.tabs.sendMessage(tabId, msg).catch(() => {});
  };

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: 'isnad-save-selection',
      title: browser.i18n.getMessage('menuSaveSelection') || 'Save this claim in Isnad',
      contexts: ['selection'],
    });
    // The toolbar button's own menu: show or hide the highlights (the button itself opens the panel).
    browser.contextMenus.create({
      id: 'isnad-toggle-highlights',
      title: browser.i18n.getMessage('cmdToggleHighlights') || 'Show or hide highlights',
      contexts: [browser.action ? 'action' : 'browser_action'],
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === 'isnad-save-selection' && info.selectionText && tab?.id !== undefined) {
      // The reader names the source in the panel, where the page cannot see or type (opened first: the
      // browsers allow it only synchronously inside the click's handler).
      if (sidePanel) sidePanel.open({ tabId: tab.id }).catch(() => {});
      else api.sidebarAction?.open().catch(() => {});
      offerSelection(tab.id, info.selectionText);
    } else if (info.menuItemId === 'isnad-toggle-highlights') {
      send(tab?.id, { type: 'toggle-highlights' });
    }
  });
  browser.commands.onCommand.addListener(async (command) => {
    if (command !== 'toggle-highlights') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    send(tab?.id, { type: 'toggle-highlights' });
  });

  browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
    // Only our own content scripts and pages talk to us (no externally_connectable), but check anyway.
    const caller = callerOf(sender, extOrigin);
    if (!caller) return undefined;
    // The outlet profile: its own schemas and sender checks (lib/store/profile-handler.ts).
    const type = (raw as { type?: unknown } | null)?.type;
    if (type === 'profile-read' || type === 'profile-context')
      return handleProfileMessage(raw, sender, db, browser.runtime.getURL('/'));
    if (isStoreMessage(raw)) return handleStoreMessage(raw, db, caller);
    // The light first step (detector.content.ts) found a page that may be Arabic: inject the rest into its frame.
    if (type === 'load-article' && caller.kind === 'page' && sender.tab?.id !== undefined)
      return injectArticle(sender.tab.id, sender.frameId ?? 0);
    if (caller.kind === 'extension') {
      const take = parseMessage(SelectionTakeSchema, raw);
      if (take) {
        const sel = selections.get(take.tabId);
        selections.delete(take.tabId);
        return Promise.resolve(sel ? { text: sel.text } : null);
      }
      const offer = parseMessage(SelectionOfferSchema, raw);
      if (offer) offerSelection(offer.tabId, offer.text);
      const open = parseMessage(OpenOriginalSchema, raw);
      if (open) return openOriginal(open.id).catch(() => false);
      return undefined;
    }
    if (parseMessage(RevealTakeSchema, raw)) {
      // Only the top frame of a tab we opened, at the address we opened, once.
      const id = caller.frameId === 0 ? reveals.take(caller.tabId, caller.url) : null;
      return id === null ? Promise.resolve(null) : getClaim(db, id).then(revealAnswer);
    }
    const req = parseMessage(AnalyseRequestSchema, raw);
    // One analysis per tab and frame: a newer request drops the older, which answers null ("superseded").
    if (req)
      return jobs
        .submit(caller.key, req.text, { entities: req.entities }, MAX_ATTRIBUTIONS)
        .then((r) => (r ? analysisReply(r.analysis, r.chars, caller.key) : null));
    const chunk = parseMessage(AnalysisChunkRequestSchema, raw);
    if (chunk) {
      const entry = pending.get(chunk.token);
      const list = entry?.key === caller.key ? entry.analysis[chunk.list] : [];
      return Promise.resolve(list.slice(chunk.from, chunk.from + ANALYSIS_CHUNK));
    }
    const done = parseMessage(AnalysisDoneSchema, raw);
    if (done && pending.get(done.token)?.key === caller.key) pending.delete(done.token);
    return undefined;
  });
});
