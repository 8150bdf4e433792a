import { useLiveQuery } from 'dexie-react-hooks';
import { type ReactNode, useId, useMemo, useState } from 'react';
import type { IsnadDB } from '../../lib/store/db';
import type { StoredClaim } from '../../lib/store/keys';
import type { SearchIndex } from '../../lib/store/search-index';
import { Ar } from '../Ar';
import { t } from '../i18n';
import { claimsCount } from '../panel/format';
import { foldName, resolveName, type SourceNames } from '../sources';
import type { Lang, StringKey } from '../strings';
import { outletLabel } from './outlet';

export type GroupBy = '' | 'source' | 'outlet' | 'article';
const GROUP_KEYS: Record<GroupBy, StringKey> = {
  '': 'groupNone',
  source: 'groupSource',
  outlet: 'groupOutlet',
  article: 'groupArticle',
};
/** Claims rendered per open group at a time. */
const GROUP_PAGE = 50;

export function GroupPicker({ lang, value, onChange }: { lang: Lang; value: GroupBy; onChange(v: GroupBy): void }) {
  const id = useId();
  return (
    <div className="group-by field">
      <label htmlFor={id}>{t('groupBy', lang)}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as GroupBy)}>
        {(Object.keys(GROUP_KEYS) as GroupBy[]).map((g) => (
          <option key={g} value={g}>
            {t(GROUP_KEYS[g], lang)}
          </option>
        ))}
      </select>
    </div>
  );
}

interface Group {
  key: string;
  label: string;
  /** Claim ids, in the order of the current sort. */
  ids: string[];
}

/**
 * The search results grouped by source (the reader's corrections applied), outlet or article, largest group
 * first, each with its count. Source and outlet come from the search index; the article needs each claim's
 * page, read from the claims table for the rows shown.
 */
export function GroupedList({
  db,
  ix,
  rows,
  by,
  lang,
  names,
  renderItem,
}: {
  db: IsnadDB;
  ix: SearchIndex;
  rows: number[];
  by: Exclude<GroupBy, ''>;
  lang: Lang;
  names: SourceNames;
  renderItem(c: StoredClaim): ReactNode;
}) {
  const ids = useMemo(() => rows.map((i) => ix.ids[i]), [ix, rows]);
  const pages = useLiveQuery(async () => {
    if (by !== 'article') return null;
    const recs = await db.claims.bulkGet(ids);
    return new Map(recs.filter((r) => r !== undefined).map((r) => [r.id, { url: r.url, title: r.title }]));
  }, [db, by, ids]);
  const groups = useMemo(() => {
    const map = new Map<string, Group>();
    rows.forEach((row, k) => {
      let label: string;
      if (by === 'source') label = resolveName(ix.sources[row], names) || t('unnamedSource', lang);
      else if (by === 'outlet') label = outletLabel(ix.outlets[row], lang) || '—';
      else {
        const p = pages?.get(ids[k]);
        if (!p) return;
        label = p.title || p.url;
      }
      const key = by === 'article' ? (pages?.get(ids[k])?.url ?? label) : foldName(label);
      const g = map.get(key);
      if (g) g.ids.push(ids[k]);
      else map.set(key, { key, label, ids: [ids[k]] });
    });
    return [...map.values()].sort((x, y) => y.ids.length - x.ids.length);
  }, [rows, ids, ix, by, names, lang, pages]);

  return (
    <ul className="groups" data-testid="groups">
      {groups.map((g) => (
        <li key={g.key} className="group" data-testid="library-group">
          <GroupSection db={db} group={g} lang={lang} renderItem={renderItem} />
        </li>
      ))}
    </ul>
  );
}

function GroupSection({
  db,
  group,
  lang,
  renderItem,
}: {
  db: IsnadDB;
  group: Group;
  lang: Lang;
  renderItem(c: StoredClaim): ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const [shown, setShown] = useState(GROUP_PAGE);
  const visible = group.ids.slice(0, shown);
  const records = useLiveQuery(
    async () => (open ? (await db.claims.bulkGet(visible)).filter((r) => r !== undefined) : []),
    [db, open, visible.join('\n')],
  );
  return (
    <details onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        <Ar className="group-name">{group.label}</Ar>{' '}
        <span className="group-count">{claimsCount(group.ids.length, lang)}</span>
      </summary>
      {open && (
        <>
          <ul className="claims">{(records ?? []).map(renderItem)}</ul>
          {group.ids.length > shown && (
            <button type="button" className="more" onClick={() => setShown((n) => n + GROUP_PAGE)}>
              {t('showMore', lang)}
            </button>
          )}
        </>
      )}
    </details>
  );
}
