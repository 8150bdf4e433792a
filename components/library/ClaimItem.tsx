import { useEffect, useId, useRef, useState } from 'react';
import type { SourceKind } from '../../lib/analysis/schema';
import type { StoredClaim } from '../../lib/store/keys';
import type { ClaimPatch } from '../../lib/store/service';
import { Ar } from '../Ar';
import { format, formatDate, t } from '../i18n';
import type { SourceNamesApi } from '../source-names-store';
import { resolveName } from '../sources';
import type { Lang, StringKey } from '../strings';
import { KIND_KEYS } from './Filters';
import { hostOf, originalHref, parseTags } from './io';
import { outletLabel } from './outlet';

const ORIGIN_KEYS: Record<StoredClaim['origin'], StringKey> = {
  card: 'originCard',
  panel: 'originPanel',
  selection: 'originSelection',
};

interface Props {
  claim: StoredClaim;
  lang: Lang;
  onUpdate(patch: ClaimPatch): Promise<void>;
  onDelete(): void;
  /** Opens the original page and shows the claim there (through the background); absent: a plain link. */
  onOpen?(): void;
  /** The reader's source corrections, shared with the panel. */
  sourceNames?: Pick<SourceNamesApi, 'names' | 'rename'>;
}

/**
 * One saved claim, headed by its source. Page text is rendered as text (React escapes it), never as HTML; every
 * Arabic fragment is isolated (<bdi>) so the English UI keeps it in order; no separator sits beside a number.
 */
export function ClaimItem({ claim: c, lang, onUpdate, onDelete, onOpen, sourceNames }: Props) {
  const [editing, setEditing] = useState(false);
  const editRef = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  useEffect(() => {
    // Back on the Edit button after the editor closes, so keyboard users keep their place.
    if (wasEditing.current && !editing) editRef.current?.focus();
    wasEditing.current = editing;
  }, [editing]);
  const tr = (key: StringKey) => t(key, lang);
  const kindLabel = (k: SourceKind) => tr(KIND_KEYS[k]);
  const href = originalHref(c.url);
  const headingId = useId();

  const shownName = c.source.name ? resolveName(c.source.name, sourceNames?.names ?? {}) : '';
  return (
    <article className={`claim kind-${c.kind}`} aria-labelledby={headingId}>
      <h3 className="who" id={headingId}>
        <span className={`kind-badge kind-${c.kind}`}>{kindLabel(c.kind)}</span>{' '}
        {shownName ? <Ar className={`src-name sample-source kind-${c.kind}`}>{shownName}</Ar> : tr('unnamedSource')}
        {shownName !== c.source.name && (
          <span className="corrected">
            {' '}
            ({tr('detectedAs')} <Ar>{c.source.name}</Ar>)
          </span>
        )}
        {c.kindCorrection && (
          <span className="corrected"> ({format('correctedFrom', { kind: kindLabel(c.source.kind) }, lang)})</span>
        )}
      </h3>
      {c.source.role && (
        <p className="role">
          <Ar>{c.source.role}</Ar>
        </p>
      )}
      <blockquote dir="rtl" lang="ar">
        {c.cue && <span className="cue">{c.cue} </span>}
        {c.claim}
      </blockquote>
      <ul className="meta">
        <li className="title">
          <bdi dir="auto">{c.title || c.url}</bdi>
        </li>
        {c.outlet && (
          <li className="outlet">
            {tr('outlet')}: <bdi dir="auto">{outletLabel(c.outlet, lang)}</bdi>
          </li>
        )}
        {c.published && (
          <li>
            {tr('published')}: {formatDate(c.published, lang)}
          </li>
        )}
        <li>
          {tr('savedAt')}: <time dateTime={c.savedAt}>{formatDate(c.savedAt, lang)}</time> ({tr(ORIGIN_KEYS[c.origin])}
          {c.imported && `${lang === 'ar' ? '،' : ','} ${tr('importedClaim')}`})
        </li>
      </ul>
      {c.note && !editing && (
        <p className="note" dir="auto">
          <span className="label">{tr('note')}: </span>
          {c.note}
        </p>
      )}
      {c.tags.length > 0 && !editing && (
        <ul className="tags" aria-label={tr('tags')}>
          {c.tags.map((tag) => (
            <li key={tag} dir="auto">
              {tag}
            </li>
          ))}
        </ul>
      )}
      {editing ? (
        <ClaimEditor
          claim={c}
          lang={lang}
          shownName={shownName}
          canRename={Boolean(sourceNames && c.source.name)}
          onCancel={() => setEditing(false)}
          onSave={async (patch, name) => {
            await onUpdate(patch);
            if (sourceNames && c.source.name && name !== shownName) await sourceNames.rename(c.source.name, name);
            setEditing(false);
          }}
        />
      ) : (
        <div className="actions">
          {href && c.imported && (
            // An imported claim's link was chosen by whoever wrote the file: say where it goes first.
            <span className="link-host">
              {tr('importedLinkTo')} <bdi dir="ltr">{hostOf(href)}</bdi>{' '}
            </span>
          )}
          {href && (
            <a
              className="button open-original"
              href={href}
              target="_blank"
              rel="noopener noreferrer"
              onClick={(e) => {
                // A plain click opens the page with the claim shown; a modified click (new window, copy) is the
                // plain link, which only opens the page.
                if (!onOpen || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
                e.preventDefault();
                onOpen();
              }}
            >
              {tr('openOriginal')}
            </a>
          )}
          <button type="button" ref={editRef} onClick={() => setEditing(true)}>
            {tr('edit')}
          </button>
          <button type="button" className="danger" onClick={onDelete}>
            {tr('delete')}
          </button>
        </div>
      )}
    </article>
  );
}

function ClaimEditor({
  claim: c,
  lang,
  shownName,
  canRename,
  onSave,
  onCancel,
}: {
  claim: StoredClaim;
  lang: Lang;
  shownName: string;
  canRename: boolean;
  onSave(patch: ClaimPatch, sourceName: string): Promise<void>;
  onCancel(): void;
}) {
  const id = useId();
  const [name, setName] = useState(shownName);
  const [note, setNote] = useState(c.note);
  const [tags, setTags] = useState(c.tags.join('، '));
  const [kind, setKind] = useState<SourceKind | ''>(c.kindCorrection ?? '');
  const noteRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => noteRef.current?.focus(), []);
  const tr = (key: StringKey) => t(key, lang);
  return (
    <form
      className="editor"
      aria-label={tr('editing')}
      onSubmit={(e) => {
        e.preventDefault();
        void onSave({ note, tags: parseTags(tags), kindCorrection: kind === '' ? null : kind }, name.trim());
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
    >
      <label htmlFor={`${id}-note`}>{tr('note')}</label>
      <textarea
        id={`${id}-note`}
        ref={noteRef}
        dir="auto"
        rows={3}
        value={note}
        onChange={(e) => setNote(e.target.value)}
      />
      <label htmlFor={`${id}-tags`}>{tr('tags')}</label>
      <input
        id={`${id}-tags`}
        dir="auto"
        value={tags}
        aria-describedby={`${id}-tags-hint`}
        onChange={(e) => setTags(e.target.value)}
      />
      <small id={`${id}-tags-hint`}>{tr('tagsHint')}</small>
      {canRename && (
        <>
          <label htmlFor={`${id}-src`}>{tr('sourceRename')}</label>
          <input
            id={`${id}-src`}
            dir="rtl"
            lang="ar"
            maxLength={200}
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
        </>
      )}
      <label htmlFor={`${id}-kind`}>{tr('kindCorrection')}</label>
      <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as SourceKind | '')}>
        <option value="">{format('noCorrection', { kind: tr(KIND_KEYS[c.source.kind]) }, lang)}</option>
        {(Object.keys(KIND_KEYS) as SourceKind[])
          .filter((k) => k !== c.source.kind)
          .map((k) => (
            <option key={k} value={k}>
              {tr(KIND_KEYS[k])}
            </option>
          ))}
      </select>
      <div className="actions">
        <button type="submit">{tr('saveChanges')}</button>
        <button type="button" onClick={onCancel}>
          {tr('cancel')}
        </button>
      </div>
    </form>
  );
}
