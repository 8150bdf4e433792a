import { useEffect, useId, useRef, useState } from 'react';
import type { SourceKind } from '../../lib/analysis/schema';
import type { StoredClaim } from '../../lib/store/keys';
import type { ClaimPatch } from '../../lib/store/service';
import { format, formatDate, t } from '../i18n';
import type { Lang, StringKey } from '../strings';
import { KIND_KEYS } from './Filters';
import { originalHref, parseTags } from './io';

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
}

/** One saved claim. Page text is rendered as text (React escapes it), never as HTML. */
export function ClaimItem({ claim: c, lang, onUpdate, onDelete }: Props) {
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
  const href = originalHref(c.url, c.id);
  const headingId = useId();

  return (
    <article className={`claim kind-${c.kind}`} aria-labelledby={headingId}>
      <blockquote id={headingId} dir="auto" lang="ar">
        {c.claim}
      </blockquote>
      <p className="who">
        <span className={`kind-badge kind-${c.kind}`}>{kindLabel(c.kind)}</span>{' '}
        <strong dir="auto">{c.source.name || tr('unnamedSource')}</strong>
        {c.source.role && <span dir="auto"> · {c.source.role}</span>}
        {c.kindCorrection && (
          <span className="corrected"> ({format('correctedFrom', { kind: kindLabel(c.source.kind) }, lang)})</span>
        )}
        {c.cue && (
          <span className="cue">
            {' '}
            · {tr('cue')}: «<span dir="auto">{c.cue}</span>»
          </span>
        )}
      </p>
      <p className="page">
        <span dir="auto">{c.title || c.url}</span>
        {c.outlet && <span dir="auto"> · {c.outlet}</span>}
        {c.published && (
          <span>
            {' '}
            · {tr('published')}: {formatDate(c.published, lang)}
          </span>
        )}
        <span>
          {' '}
          · {tr('savedAt')}: <time dateTime={c.savedAt}>{formatDate(c.savedAt, lang)}</time> (
          {tr(ORIGIN_KEYS[c.origin])})
        </span>
      </p>
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
          onCancel={() => setEditing(false)}
          onSave={async (patch) => {
            await onUpdate(patch);
            setEditing(false);
          }}
        />
      ) : (
        <div className="actions">
          {href && (
            <a className="button" href={href} target="_blank" rel="noopener noreferrer">
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
  onSave,
  onCancel,
}: {
  claim: StoredClaim;
  lang: Lang;
  onSave(patch: ClaimPatch): Promise<void>;
  onCancel(): void;
}) {
  const id = useId();
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
        void onSave({ note, tags: parseTags(tags), kindCorrection: kind === '' ? null : kind });
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
