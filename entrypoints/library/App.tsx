import { useMemo } from 'react';
import { Library } from '../../components/library/Library';
import type { Lang } from '../../components/strings';
import { openDb } from '../../lib/store/db';

/**
 * The library page opens the database directly rather than through background messages: an extension page
 * has the extension's origin, so this is the same IndexedDB the background script writes (simpler, and
 * no 10,000-claim payloads over runtime messaging). Dexie's live queries pick up saves made meanwhile.
 */
export function App({ lang }: { lang: Lang }) {
  const db = useMemo(() => openDb(), []);
  return <Library db={db} lang={lang} />;
}
