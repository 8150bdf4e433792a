import { useEffect, useRef, useState } from 'react';
import type { SourceKind } from '../../lib/analysis/schema';
import { t } from '../i18n';
import { kindLabel, type Lang } from './format';

/**
 * "Save this claim in Isnad" (context menu): the reader names the source of the selected words here, in the
 * panel, not in the page, where the page's script could read every key typed and press Save itself.
 */
export function SaveSelection({
  lang: L,
  text,
  save,
  done,
}: {
  lang: Lang;
  text: string;
  save: (name: string, kind: SourceKind) => Promise<boolean>;
  done: () => void;
}) {
  const [name, setName] = useState('');
  const [kind, setKind] = useState<SourceKind>('person');
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  // The panel opened for this question: the reader answers it first.
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  return (
    <form
      className="save-selection"
      aria-labelledby="save-selection-title"
      data-testid="save-selection"
      onSubmit={async (e) => {
        e.preventDefault();
        if (!name.trim() || busy) return;
        setBusy(true);
        const ok = await save(name.trim(), kind).catch(() => false);
        setBusy(false);
        if (ok) done();
        else setFailed(true);
      }}
    >
      <h2 id="save-selection-title">{t('saveSelectionTitle', L)}</h2>
      <blockquote>{text.slice(0, 600)}</blockquote>
      <label>
        {t('whoSaysSo', L)}
        <input
          name="source"
          required
          ref={input}
          value={name}
          maxLength={500}
          onChange={(e) => setName(e.target.value)}
        />
      </label>
      <label>
        {t('kind', L)}
        <select name="kind" value={kind} onChange={(e) => setKind(e.target.value as SourceKind)}>
          {(['person', 'organization', 'anonymous'] as const).map((k) => (
            <option key={k} value={k}>
              {kindLabel(k, L)}
            </option>
          ))}
        </select>
      </label>
      {failed && (
        <p className="status" role="alert">
          {t('selectionFailed', L)}
        </p>
      )}
      <div className="actions">
        <button type="submit" disabled={busy}>
          {t('save', L)}
        </button>
        <button type="button" onClick={done}>
          {t('cancel', L)}
        </button>
      </div>
    </form>
  );
}
