import '../lib/zod-setup';
import type { Runtime } from 'webextension-polyfill';
import { analyze } from '../lib/analysis';
import type { Analysis } from '../lib/analysis/schema';
import {
  ANALYSIS_CHUNK,
  AnalyseRequestSchema,
  AnalysisChunkRequestSchema,
  AnalysisDoneSchema,
  type AnalysisReply,
  type BackgroundToContent,
  isStoreMessage,
  parseMessage,
} from '../lib/messages';
import { openDb } from '../lib/store/db';
import { handleStoreMessage } from '../lib/store/handler';
import { handleProfileMessage } from '../lib/store/profile-handler';
import { browser } from '../platform/browser';

// Thin glue: opens the panel from the toolbar button, routes the keyboard shortcut and the context menu to the
// tab's content script, owns the saved-claims database (the extension's own IndexedDB origin, never the page's),
// and runs the analyser for content scripts: off the page's main thread, one copy per browser, not per tab.

/** Long analyses waiting to be fetched in chunks, by token; dropped when fetched or after two minutes. */
const pending = new Map<string, { analysis: Analysis; at: number }>();

function analysisReply(analysis: Analysis): AnalysisReply {
  const { attributions, entities, warnings } = analysis;
  if (Math.max(attributions.length, entities.length, warnings.length) <= ANALYSIS_CHUNK)
    return { ...analysis, more: null };
  const now = Date.now();
  for (const [k, v] of pending) if (now - v.at > 120_000) pending.delete(k);
  const token = crypto.randomUUID();
  pending.set(token, { analysis, at: now });
  return {
    ...analysis,
    attributions: attributions.slice(0, ANALYSIS_CHUNK),
    entities: entities.slice(0, ANALYSIS_CHUNK),
    warnings: warnings.slice(0, ANALYSIS_CHUNK),
    more: { token, attributions: attributions.length, entities: entities.length, warnings: warnings.length },
  };
}

export default defineBackground(() => {
  const db = openDb();
  const api = browser as unknown as {
    sidebarAction?: { toggle(): Promise<void> };
    browserAction?: typeof browser.action;
  };
  const sidePanel = (globalThis as { chrome?: { sidePanel?: { setPanelBehavior(o: object): Promise<void> } } }).chrome
    ?.sidePanel;
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
    if (info.menuItemId === 'isnad-save-selection' && info.selectionText) {
      send(tab?.id, { type: 'save-selection', selectionText: info.selectionText.slice(0, 20_000) });
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
    if (sender.id !== browser.runtime.id) return undefined;
    if (isStoreMessage(raw)) return handleStoreMessage(raw, db);
    // The outlet profile: its own schemas and sender checks (lib/store/profile-handler.ts).
    const type = (raw as { type?: unknown } | null)?.type;
    if (type === 'profile-read' || type === 'profile-context')
      return handleProfileMessage(raw, sender, db, browser.runtime.getURL('/'));
    const req = parseMessage(AnalyseRequestSchema, raw);
    if (req) return Promise.resolve(analysisReply(analyze(req.text, { entities: req.entities })));
    const chunk = parseMessage(AnalysisChunkRequestSchema, raw);
    if (chunk) {
      const list = pending.get(chunk.token)?.analysis[chunk.list] ?? [];
      return Promise.resolve(list.slice(chunk.from, chunk.from + ANALYSIS_CHUNK));
    }
    const done = parseMessage(AnalysisDoneSchema, raw);
    if (done) pending.delete(done.token);
    return undefined;
  });
});
