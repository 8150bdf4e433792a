import { useEffect, useMemo, useState } from 'react';
import { t } from '../../components/i18n';
import { Library } from '../../components/library/Library';
import { OutletProfile } from '../../components/library/OutletProfile';
import { useSourceNames } from '../../components/source-names-store';
import type { Lang } from '../../components/strings';
import { openDb } from '../../lib/store/db';
import { browser } from '../../platform/browser';

type View = 'claims' | 'profile';
const viewOfHash = (): View => (location.hash === '#profile' ? 'profile' : 'claims');

/**
 * The library page opens the database directly rather than through background messages: an extension page
 * has the extension's origin, so this is the same IndexedDB the background script writes (simpler, and
 * no 10,000-claim payloads over runtime messaging). Dexie's live queries pick up saves made meanwhile.
 * Two views: the saved claims, and "Sourcing by outlet" (`#profile`). The reader's source corrections come from
 * storage.local, shared with the side panel.
 */
/** "Open original": the background opens the tab and hands the claim to that tab only (lib/store/reveal.ts). */
const openOriginal = (id: string) => void browser.runtime.sendMessage({ type: 'open-original', id }).catch(() => {});

export function App({ lang }: { lang: Lang }) {
  const db = useMemo(() => openDb(), []);
  const sourceNames = useSourceNames();
  const [view, setView] = useState<View>(viewOfHash);
  useEffect(() => {
    const onHash = () => setView(viewOfHash());
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  const tab = (v: View, label: string) => (
    <a href={v === 'profile' ? '#profile' : '#'} aria-current={view === v ? 'page' : undefined} data-view={v}>
      {label}
    </a>
  );
  return (
    <>
      <nav className="views" aria-label={t('libraryViews', lang)}>
        {tab('claims', t('claimsView', lang))} {tab('profile', t('profileView', lang))}
      </nav>
      {view === 'profile' ? (
        <OutletProfile db={db} lang={lang} />
      ) : (
        <Library db={db} lang={lang} sourceNames={sourceNames} openOriginal={openOriginal} />
      )}
    </>
  );
}
