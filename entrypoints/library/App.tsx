import { useMemo } from 'react';
import { Library } from '../../components/library/Library';
import { useSourceNames } from '../../components/source-names-store';
import type { Lang } from '../../components/strings';
import { openDb } from '../../lib/store/db';

/**
 * The library page opens the database directly rather than through background messages: an extension page
 * has the extension's origin, so this is the same IndexedDB the background script writes (simpler, and
 * no 10,000-claim payloads over runtime messaging). Dexie's live queries pick up saves made meanwhile.
 * The reader's source corrections come from storage.local, shared with the side panel.
 */
export function App({ lang }: { lang: Lang }) {
  const db = useMemo(() => openDb(), []);
  const sourceNames = useSourceNames();
  return <Library db={db} lang={lang} sourceNames={sourceNames} />;
}
