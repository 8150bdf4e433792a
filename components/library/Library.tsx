import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { IsnadDB } from '../../lib/store/db';
import type { ExportFile } from '../../lib/store/formats';
import { fromStored, type StoredClaim } from '../../lib/store/keys';
import { indexFacets, searchIndex } from '../../lib/store/search';
import type { SearchIndex } from '../../lib/store/search-index';
import {
  type ClaimPatch,
  deleteClaim,
  readSearchIndex,
  rebuildSearchIndex,
  restoreClaim,
  updateClaim,
} from '../../lib/store/service';
import { format, t } from '../i18n';
import type { SourceNamesApi } from '../source-names-store';
import type { Lang } from '../strings';
import { ClaimItem } from './ClaimItem';
import { EMPTY_QUERY, Filters, type LibraryQuery } from './Filters';
import { type GroupBy, GroupedList, GroupPicker } from './Groups';
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
  /** The reader's source corrections (rename, merge), shared with the panel. */
  sourceNames?: Pick<SourceNamesApi, 'names' | 'rename'>;
  /** Opens a claim's page and shows the claim there ("open original"; the background opens the tab). */
  openOriginal?: (id: string) => void;
}

/**
 * The library reads the columnar search index (one record, ≈ 20 ms for 10,000 claims; see
 * lib/store/search-index.ts), searches, filters and sorts it in memory over the folded keys computed at save
 * time, and fetches full records only for the claims on screen. Both reads are Dexie live queries, so a claim
 * saved meanwhile (by the background, from another tab) appears without reloading.
 */
export function Library({ db, lang, download = downloadFile, sourceNames, openOriginal }: Props) {
  const [query, setQuery] = useState<LibraryQuery>(EMPTY_QUERY);
  const [groupBy, setGroupBy] = useState<GroupBy>('');
  const [shown, setShown] = useState(PAGE_SIZE);
  const [toast, setToast] = useState<ToastState | null>(null);
  const listRef = useRef<HTMLHeadingElement>(null);
  const toastSeq = useRef(0);

  // The newest page straight from the savedAt index, requested before the search index so the default view
  // paints without waiting for index → search → fetch.
  const newest = useLiveQuery(() => db.claims.orderBy('savedAt').reverse().limit(PAGE_SIZE).toArray(), [db]);
  const read = useLiveQuery(() => readSearchIndex(db), [db]);
  useEffect(() => {
    // Repair an index that disagrees with the claims (written around the service); the live query re-runs.
    if (read?.stale) void rebuildSearchIndex(db);
  }, [read, db]);
  // While a stale index is rebuilt, keep searching the last good one.
  const lastIndex = useRef<SearchIndex | undefined>(undefined);
  const ix = read && !read.stale ? read.index : lastIndex.current;
  lastIndex.current = ix;

  const rows = useMemo(
    () =>
      ix
        ? searchIndex(ix, {
            text: query.text,
            kind: query.kind || undefined,
            outlet: query.outlet || undefined,
            tag: query.tag || undefined,
            dateField: query.dateField,
            from: query.from || undefined,
            to: query.to || undefined,
            sort: query.sort,
          })
        : [],
    [ix, query],
  );
  const visibleIds = useMemo(() => (ix ? rows.slice(0, shown).map((i) => ix.ids[i]) : []), [ix, rows, shown]);
  const idsKey = visibleIds.join('\n');
  const fetched = useLiveQuery(
    async () => ({ key: idsKey, records: await db.claims.bulkGet(visibleIds) }),
    [db, idsKey],
  );
  // Until the records of the current page arrive, keep showing the previous ones rather than an empty list.
  const lastShown = useRef<StoredClaim[]>([]);
  const current = fetched?.key === idsKey;
  const isDefaultView = query === EMPTY_QUERY && shown === PAGE_SIZE;
  const items = current
    ? fetched.records.filter((r): r is StoredClaim => r !== undefined)
    : lastShown.current.length === 0 && isDefaultView && newest
      ? newest
      : lastShown.current;
  lastShown.current = items;
  const { outlets, tags } = useMemo(() => (ix ? indexFacets(ix) : { outlets: [], tags: [] }), [ix]);
  const ready = ix !== undefined && current;
  // Marks for the benchmark (scripts/bench/store.ts): first claims on screen, then search ready.
  const painted = items.length > 0;
  useEffect(() => {
    if (painted) performance.mark('isnad:library-first-page');
  }, [painted]);
  useEffect(() => {
    if (ready) performance.mark('isnad:library-ready');
  }, [ready]);

  const view = useMemo(
    () => ({
      count: rows.length,
      filtered: ix !== undefined && rows.length < ix.ids.length,
      load: async () => {
        if (!ix) return [];
        const recs = await db.claims.bulkGet(rows.map((i) => ix.ids[i]));
        return recs.filter((r): r is StoredClaim => r !== undefined).map(fromStored);
      },
    }),
    [db, ix, rows],
  );

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

  const item = (c: StoredClaim) => (
    <li key={c.id}>
      <ClaimItem
        claim={c}
        lang={lang}
        sourceNames={sourceNames}
        onUpdate={(patch) => onUpdate(c.id, patch)}
        onDelete={() => void onDelete(c.id)}
        onOpen={openOriginal && (() => openOriginal(c.id))}
      />
    </li>
  );
  const empty = ix !== undefined && ix.ids.length === 0;

  return (
    <main className="library">
      <header>
        <h1>{t('libraryTitle', lang)}</h1>
      </header>
      {/* Search first: after a week of reading, finding is what the library is for. */}
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
      <GroupPicker lang={lang} value={groupBy} onChange={setGroupBy} />
      <section className="results" aria-labelledby="library-results">
        <h2
          id="library-results"
          ref={listRef}
          tabIndex={-1}
          aria-live="polite"
          data-state={ready ? 'ready' : 'loading'}
        >
          {ix ? format('results', { n: rows.length, total: ix.ids.length }, lang) : t('loading', lang)}
        </h2>
        {empty && (
          <div className="empty" data-testid="empty-library">
            <p className="empty-title">{t('emptyTitle', lang)}</p>
            <ol>
              <li>{t('emptyStep1', lang)}</li>
              <li>{t('emptyStep2', lang)}</li>
              <li>{t('emptyStep3', lang)}</li>
            </ol>
          </div>
        )}
        {ix && ix.ids.length > 0 && rows.length === 0 && <p className="empty">{t('noResults', lang)}</p>}
        {groupBy && ix ? (
          <GroupedList
            db={db}
            ix={ix}
            rows={rows}
            by={groupBy}
            lang={lang}
            names={sourceNames?.names ?? {}}
            renderItem={item}
          />
        ) : (
          <>
            <ul className="claims" aria-label={t('libraryList', lang)}>
              {items.map(item)}
            </ul>
            {rows.length > shown && (
              <button type="button" className="more" onClick={() => setShown((n) => n + PAGE_SIZE)}>
                {t('showMore', lang)}
              </button>
            )}
          </>
        )}
      </section>
      <Transfer db={db} lang={lang} download={download} view={view} />
      <Toast toast={toast} lang={lang} onClose={closeToast} />
    </main>
  );
}
