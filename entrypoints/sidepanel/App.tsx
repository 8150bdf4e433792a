import { useCallback, useEffect, useState } from 'react';
import { t } from '../../components/i18n';
import type { Lang } from '../../components/panel/format';
import { Panel } from '../../components/panel/Panel';
import { SaveSelection } from '../../components/panel/SaveSelection';
import { ProfileLine } from '../../components/profile/ProfileLine';
import { useSourceNames } from '../../components/source-names-store';
import {
  ContentToPanelSchema,
  ExportFileSchema,
  type PanelToContent,
  parseMessage,
  SelectionPendingSchema,
  type TabState,
  TabStateSchema,
} from '../../lib/messages';
import { exportFileMeta } from '../../lib/store/formats';
import type { ProfileContext } from '../../lib/store/profile-schema';
import { browser } from '../../platform/browser';

type Load = { kind: 'loading' } | { kind: 'no-content' } | { kind: 'ready'; state: TabState };

/** Follows the active tab (or the tab given as ?tab=ID) and renders its content script's state. */
export function App({ lang, fixedTabId }: { lang: Lang; fixedTabId: number | null }) {
  const [tabId, setTabId] = useState<number | null>(fixedTabId);
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [selection, setSelection] = useState<string | null>(null);

  // A selection from the context menu, waiting for its source: asked of the background when the panel opens
  // or the tab changes, and whenever the background says one arrived.
  useEffect(() => {
    if (tabId === null) return;
    const take = async () => {
      const got = (await browser.runtime.sendMessage({ type: 'selection-take', tabId })) as { text?: unknown } | null;
      if (got && typeof got.text === 'string') setSelection(got.text);
    };
    void take();
    const onMessage = (raw: unknown) => {
      if (parseMessage(SelectionPendingSchema, raw)?.tabId === tabId) void take();
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, [tabId]);
  const sourceNames = useSourceNames();
  const [savedClaims, setSavedClaims] = useState<ReadonlySet<string>>(new Set());

  useEffect(() => {
    if (fixedTabId !== null) return;
    const pick = async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      setTabId(tab?.id ?? null);
    };
    void pick();
    const onActivated = (info: { tabId: number }) => setTabId(info.tabId);
    browser.tabs.onActivated.addListener(onActivated);
    return () => browser.tabs.onActivated.removeListener(onActivated);
  }, [fixedTabId]);

  const send = useCallback(
    async (msg: PanelToContent): Promise<unknown> => (tabId === null ? null : browser.tabs.sendMessage(tabId, msg)),
    [tabId],
  );

  const refresh = useCallback(async () => {
    if (tabId === null) return setLoad({ kind: 'no-content' });
    try {
      const parsed = TabStateSchema.safeParse(await send({ type: 'get-state' }));
      setLoad(parsed.success ? { kind: 'ready', state: parsed.data } : { kind: 'no-content' });
      if (parsed.success) setSavedClaims(await savedOn(parsed.data.url));
    } catch {
      setLoad({ kind: 'no-content' });
    }
  }, [tabId, send]);

  useEffect(() => {
    void refresh();
    const onMessage = (raw: unknown, sender: { tab?: { id?: number } }) => {
      if (parseMessage(ContentToPanelSchema, raw) && sender.tab?.id === tabId) void refresh();
      return undefined;
    };
    const onUpdated = (id: number, info: { status?: string }) => {
      if (id === tabId && info.status === 'complete') setTimeout(() => void refresh(), 300);
    };
    browser.runtime.onMessage.addListener(onMessage);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      browser.runtime.onMessage.removeListener(onMessage);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [tabId, refresh]);

  if (selection !== null)
    return (
      <SaveSelection
        lang={lang}
        text={selection}
        save={async (name, kind) =>
          Boolean(await send({ type: 'save-selection', selectionText: selection, name, kind }).catch(() => false))
        }
        done={() => setSelection(null)}
      />
    );
  if (load.kind === 'loading') return <p className="status">{t('analysing', lang)}</p>;
  if (load.kind === 'no-content') return <p className="status">{t('noContent', lang)}</p>;
  return (
    <Panel
      lang={lang}
      state={load.state}
      context={
        load.state.status === 'article' ? (
          <ProfileLine lang={lang} url={load.state.url} version={String(load.state.completeMs)} ask={askProfile} />
        ) : null
      }
      sourceNames={sourceNames}
      savedClaims={savedClaims}
      send={async (m) => {
        await send(m);
        await refresh();
      }}
      actions={{
        save: async (a) => Boolean(await send({ type: 'save', attributionId: a.id })),
        exportPage: async (format) => {
          const file = ExportFileSchema.safeParse(await send({ type: 'export-page', format }));
          // Only the text comes from the page's side; its name and type are the panel's own.
          const { filename, mime } = exportFileMeta(format, 'page', new Date().toISOString());
          if (file.success) download(filename, mime, file.data.text);
        },
        openLibrary: () => void browser.tabs.create({ url: browser.runtime.getURL('/library.html') }),
      }}
    />
  );
}

/** The outlet-profile line for the article at `url`, from the background (which owns the database). */
async function askProfile(url: string): Promise<ProfileContext | null> {
  const r = (await browser.runtime.sendMessage({ type: 'profile-context', url })) as {
    ok?: boolean;
    context?: ProfileContext;
  } | null;
  return r?.ok && r.context ? r.context : null;
}

/** Claim texts of this page already in the library, so the panel says so instead of offering «احفظ» again. */
async function savedOn(url: string): Promise<ReadonlySet<string>> {
  try {
    const r = (await browser.runtime.sendMessage({ type: 'store-for-url', url: url.replace(/#isnad=[^#]*$/, '') })) as
      | { ok?: boolean; result?: { claim?: unknown }[] }
      | undefined;
    if (!r?.ok || !Array.isArray(r.result)) return new Set();
    return new Set(r.result.map((c) => String(c.claim ?? '').trim()));
  } catch {
    return new Set();
  }
}

/** Saves a file made on the device (Blob + a[download]); nothing leaves the machine. */
function download(filename: string, mime: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
