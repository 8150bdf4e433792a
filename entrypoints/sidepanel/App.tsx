import { useCallback, useEffect, useState } from 'react';
import { t } from '../../components/i18n';
import type { Lang } from '../../components/panel/format';
import { Panel } from '../../components/panel/Panel';
import { useSourceNames } from '../../components/source-names-store';
import {
  ContentToPanelSchema,
  ExportFileSchema,
  type PanelToContent,
  parseMessage,
  type TabState,
  TabStateSchema,
} from '../../lib/messages';
import { browser } from '../../platform/browser';

type Load = { kind: 'loading' } | { kind: 'no-content' } | { kind: 'ready'; state: TabState };

/** Follows the active tab (or the tab given as ?tab=ID) and renders its content script's state. */
export function App({ lang, fixedTabId }: { lang: Lang; fixedTabId: number | null }) {
  const [tabId, setTabId] = useState<number | null>(fixedTabId);
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
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

  if (load.kind === 'loading') return <p className="status">{t('analysing', lang)}</p>;
  if (load.kind === 'no-content') return <p className="status">{t('noContent', lang)}</p>;
  return (
    <Panel
      lang={lang}
      state={load.state}
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
          if (file.success) download(file.data.filename, file.data.mime, file.data.text);
        },
        openLibrary: () => void browser.tabs.create({ url: browser.runtime.getURL('/library.html') }),
      }}
    />
  );
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
