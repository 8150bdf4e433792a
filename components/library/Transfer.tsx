import { useId, useState } from 'react';
import type { IsnadDB } from '../../lib/store/db';
import {
  EXPORT_FORMATS,
  type ExportFile,
  type ExportFormat,
  exportClaims,
  MAX_IMPORT_BYTES,
} from '../../lib/store/formats';
import type { SavedClaim } from '../../lib/store/schema';
import { importFile } from '../../lib/store/service';
import { format, t } from '../i18n';
import type { Lang, StringKey } from '../strings';

const LABELS: Record<ExportFormat, StringKey> = {
  json: 'exportJson',
  csv: 'exportCsv',
  markdown: 'exportMarkdown',
  w3c: 'exportW3c',
  hypothesis: 'exportHypothesis',
};

type Outcome = { tone: 'ok'; text: string } | { tone: 'error'; text: string; details: string[] };

/** What is on screen: how many claims, and how to read them (search, filters and sort applied). */
export interface LibraryView {
  count: number;
  /** A search or filter narrows the view (then the JSON export leaves the outlet profile out, and says so). */
  filtered: boolean;
  load(): Promise<SavedClaim[]>;
}

/**
 * One export menu that exports the current view (what the search and filters show, in its order), and the
 * import file input with its outcome.
 */
export function Transfer({
  db,
  lang,
  download,
  view,
}: {
  db: IsnadDB;
  lang: Lang;
  download(file: ExportFile): void;
  view: LibraryView;
}) {
  const id = useId();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);
  const [fmt, setFmt] = useState<ExportFormat>('json');
  const tr = (key: StringKey) => t(key, lang);

  const run = async (work: () => Promise<Outcome>) => {
    setBusy(true);
    try {
      setOutcome(await work());
    } catch (e) {
      setOutcome({ tone: 'error', text: format('actionFailed', { error: String(e) }, lang), details: [] });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="transfer" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{tr('exportGroup')}</h2>
      <div className="buttons">
        <label htmlFor={`${id}-fmt`}>{tr('exportAs')}</label>
        <select id={`${id}-fmt`} value={fmt} onChange={(e) => setFmt(e.target.value as ExportFormat)}>
          {EXPORT_FORMATS.map((f) => (
            <option key={f} value={f}>
              {tr(LABELS[f])}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="export-view"
          // The whole library's JSON can hold the outlet profile alone, without any claim.
          disabled={busy || (view.count === 0 && (view.filtered || fmt !== 'json'))}
          onClick={() =>
            run(async () => {
              // The outlet profile travels in Isnad JSON with the whole library only: a filtered export is
              // a selection of claims, often to share, and should not carry the reader's reading history.
              const withReads = fmt === 'json' && !view.filtered;
              const reads = withReads ? await db.reads.toArray() : undefined;
              const file = exportClaims(await view.load(), fmt, {
                exportedAt: new Date().toISOString(),
                scope: 'library',
                reads,
              });
              download(file);
              const key = reads?.length
                ? 'exportDoneReads'
                : fmt === 'json' && view.filtered
                  ? 'exportDoneNoReads'
                  : 'exportDone';
              return { tone: 'ok', text: format(key, { file: file.filename, n: reads?.length ?? 0 }, lang) };
            })
          }
        >
          {format('exportView', { n: view.count }, lang)}
        </button>
      </div>
      <div className="import">
        <label htmlFor={`${id}-file`}>{tr('importLabel')}</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".json,.jsonld,application/json,application/ld+json"
          disabled={busy}
          onChange={(e) => {
            const input = e.currentTarget;
            const file = input.files?.[0];
            if (!file) return;
            void run(async () => {
              // Checked before reading: a file of gigabytes would otherwise be read whole into memory.
              if (file.size > MAX_IMPORT_BYTES) {
                input.value = '';
                return {
                  tone: 'error',
                  text: tr('importRefused'),
                  details: [format('importTooLarge', { mb: Math.round(MAX_IMPORT_BYTES / 1048576) }, lang)],
                };
              }
              const r = await importFile(db, await file.text());
              input.value = '';
              if (r.errors.length) return { tone: 'error', text: tr('importRefused'), details: r.errors };
              return { tone: 'ok', text: format('importDone', { added: r.added, skipped: r.skipped }, lang) };
            });
          }}
        />
      </div>
      {/* Success is announced politely; a refusal as an alert, with the field paths that failed. */}
      <div role="status" aria-live="polite" className="outcome ok">
        {outcome?.tone === 'ok' && outcome.text}
      </div>
      <div role="alert" className="outcome error">
        {outcome?.tone === 'error' && (
          <>
            <p>{outcome.text}</p>
            {outcome.details.length > 0 && (
              <ul>
                {outcome.details.map((d) => (
                  <li key={d} dir="ltr">
                    {d}
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </div>
    </section>
  );
}
