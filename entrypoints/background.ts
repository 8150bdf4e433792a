import '../lib/zod-setup';
import { browser } from 'wxt/browser';
import type { BackgroundToContent } from '../lib/messages';

// Thin glue: opens the panel from the toolbar button, routes the keyboard shortcut and the context menu to the
// tab's content script. The analysis itself runs in the content script; saved claims live in the extension's
// own IndexedDB (see lib/store).
export default defineBackground(() => {
  const sidePanel = (globalThis as { chrome?: { sidePanel?: { setPanelBehavior(o: object): Promise<void> } } }).chrome
    ?.sidePanel;
  if (sidePanel) {
    // Chrome: the toolbar button opens the side panel.
    sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => {});
  } else {
    // Firefox: the toolbar button toggles the sidebar (a user gesture, as sidebarAction requires).
    browser.action?.onClicked.addListener(() => {
      (browser as unknown as { sidebarAction?: { toggle(): Promise<void> } }).sidebarAction?.toggle();
    });
    (browser as unknown as { browserAction?: typeof browser.action }).browserAction?.onClicked.addListener(() => {
      (browser as unknown as { sidebarAction?: { toggle(): Promise<void> } }).sidebarAction?.toggle();
    });
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
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === 'isnad-save-selection' && info.selectionText) {
      send(tab?.id, { type: 'save-selection', selectionText: info.selectionText.slice(0, 20_000) });
    }
  });
  browser.commands.onCommand.addListener(async (command) => {
    if (command !== 'toggle-highlights') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    send(tab?.id, { type: 'toggle-highlights' });
  });
});
