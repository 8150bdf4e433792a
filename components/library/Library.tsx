import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { IsnadDB } from '../../lib/store/db';
import type { ExportFile } from '../../lib/store/formats';
import { facets, searchClaims } from '../../lib/store/search';
import { type ClaimPatch, deleteClaim, restoreClaim, updateClaim } from '../../lib/store/service';
import { format, t } from '../i18n';
import type { Lang } from '../strings';
import { ClaimItem } from './ClaimItem';
import { EMPTY_QUERY, Filters, type LibraryQuery } from './Filters';
import { downloadFile } from './io';
import { Toast, type ToastState } from './Toast';
import { Transfer } from './Transfer';

/** Claims rendered at a time; "show more" adds another page (10,000 DOM articles would be slow to paint). */
export const PAGE_SIZE = 50;

interface Props {
  db: IsnadDB;
  lang: Lang;
  /** How a generated file reaches the reader (tests replace it). */
  download?: (file: ExportFile) => void;
}

/**
 * The library: every record is loaded once (and again whenever the database changes, via Dexie's live
 * query, so a claim saved in another tab appears); search and filters then run in memory over the folded
 * keys computed at save time — a few milliseconds for 10,000 claims.
 * Reading 10,000 records takes Chromium ≈ 200 ms, so the newest page is read first through the savedAt
 * index (≈ 5 ms) and shown while the rest loads.
 */
export function Library({ db, lang, download = downloadFile }: Props) {
  const newest = useLiveQuery(() => db.claims.orderBy('savedAt').reverse().limit(PAGE_SIZE).toArray(), [db]);
  const total = useLiveQuery(() => db.claims.count(), [db]);
  // Start the full read only once the newest page is painted: its large result would otherwise arrive
  // first and hold up the first paint.
  const [wantAll, setWantAll] = useState(false);
  useEffect(() => {
    if (newest === undefined || wantAll) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setWantAll(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [newest, wantAll]);
  const records = useLiveQuery(async () => (wantAll ? await db.claims.toArray() : undefined), [db, wantAll]);
  useEffect(() => {
    if (newest) performance.mark('isnad:library-first-page');
  }, [newest]);
  useEffect(() => {
    if (records) performance.mark('isnad:library-ready');
  }, [records]);
  const [query, setQuery] = useState<LibraryQuery>(EMPTY_QUERY);
  const [shown, setShown] = useState(PAGE_SIZE);
  const [toast, setToast] = useState<ToastState | null>(null);
  const listRef = useRef<HTMLHeadingElement>(null);
  const toastSeq = useRef(0);

  const results = useMemo(
    () =>
      !records
        ? (newest ?? [])
        : searchClaims(records, {
            text: query.text,
            kind: query.kind || undefined,
            outlet: query.outlet || undefined,
            tag: query.tag || undefined,
            dateField: query.dateField,
            from: query.from || undefined,
            to: query.to || undefined,
            sort: query.sort,
          }),
    [records, newest, query],
  );
  const { outlets, tags } = useMemo(() => facets(records ?? []), [records]);
  const closeToast = useCallback(() => setToast(null), []);
  const say = (message: string, tone: ToastState['tone'] = 'info', undo?: () => void) =>
    setToast({ id: ++toastSeq.current, message, tone, undo });
  const fail = (e: unknown) => say(format('actionFailed', { error: String(e) }, lang), 'error');

  const onDelete = async (id: string) => {
    try {
      const removed = await deleteClaim(db, id);
      if (!removed) return;
      say(t('deleted', lang), 'info', () => {
        void restoreClaim(db, removed)
          .then((ok) => {
            say(t(ok ? 'restored' : 'restoreFailed', lang), ok ? 'info' : 'error');
            listRef.current?.focus();
          })
          .catch(fail);
      });
    } catch (e) {
      fail(e);
    }
  };
  const onUpdate = async (id: string, patch: ClaimPatch) => {
    try {
      await updateClaim(db, id, patch);
    } catch (e) {
      fail(e);
    }
  };

  return (
    <main className="library">
      <header>
        <h1>{t('libraryTitle', lang)}</h1>
      </header>
      <Transfer db={db} lang={lang} download={download} />
      <Filters
        lang={lang}
        query={query}
        outlets={outlets}
        tags={tags}
        onChange={(q) => {
          setQuery(q);
          setShown(PAGE_SIZE);
        }}
      />
      <section className="results" aria-labelledby="library-results">
        <h2
          id="library-results"
          ref={listRef}
          tabIndex={-1}
          aria-live="polite"
          data-state={records ? 'ready' : 'loading'}
        >
          {records ? format('results', { n: results.length, total: records.length }, lang) : t('loading', lang)}
        </h2>
        {total === 0 && <p className="empty">{t('emptyLibrary', lang)}</p>}
        {records && records.length > 0 && results.length === 0 && <p className="empty">{t('noResults', lang)}</p>}
        <ul className="claims" aria-label={t('libraryList', lang)}>
          {results.slice(0, shown).map((c) => (
            <li key={c.id}>
              <ClaimItem
                claim={c}
                lang={lang}
                onUpdate={(patch) => onUpdate(c.id, patch)}
                onDelete={() => void onDelete(c.id)}
              />
            </li>
          ))}
        </ul>
        {results.length > shown && (
          <button type="button" className="more" onClick={() => setShown((n) => n + PAGE_SIZE)}>
            {t('showMore', lang)}
          </button>
        )}
      </section>
      <Toast toast={toast} lang={lang} onClose={closeToast} />
    </main>
  );
}
