import '../lib/zod-setup';
import type { Runtime } from 'webextension-polyfill';
import { analyze } from '../lib/analysis';
import { AnalyseRequestSchema, type BackgroundToContent, isStoreMessage, parseMessage } from '../lib/messages';
import { openDb } from '../lib/store/db';
import { handleStoreMessage } from '../lib/store/handler';
import { browser } from '../platform/browser';

// Thin glue: opens the panel from the toolbar button, routes the keyboard shortcut and the context menu to the
// tab's content script, owns the saved-claims database (the extension's own IndexedDB origin, never the page's),
// and runs the analyser for content scripts: off the page's main thread, one copy per browser, not per tab.
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
    const req = parseMessage(AnalyseRequestSchema, raw);
    if (req) return Promise.resolve(analyze(req.text, { entities: req.entities }));
    return undefined;
  });
});
