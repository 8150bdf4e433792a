import { useId } from 'react';
import type { SourceKind } from '../../lib/analysis/schema';
import type { Sort } from '../../lib/store/search';
import { t } from '../i18n';
import type { Lang, StringKey } from '../strings';
import { outletLabel } from './outlet';

export interface LibraryQuery {
  text: string;
  kind: SourceKind | '';
  outlet: string;
  tag: string;
  dateField: 'saved' | 'published';
  from: string;
  to: string;
  sort: Sort;
}

export const EMPTY_QUERY: LibraryQuery = {
  text: '',
  kind: '',
  outlet: '',
  tag: '',
  dateField: 'saved',
  from: '',
  to: '',
  sort: 'newest',
};

export const KIND_KEYS: Record<SourceKind, StringKey> = {
  person: 'kindPerson',
  organization: 'kindOrganization',
  anonymous: 'kindAnonymous',
};

const SORT_KEYS: Record<Sort, StringKey> = {
  newest: 'sortNewest',
  oldest: 'sortOldest',
  outlet: 'sortOutlet',
  source: 'sortSource',
};

interface Props {
  lang: Lang;
  query: LibraryQuery;
  outlets: string[];
  tags: string[];
  onChange(q: LibraryQuery): void;
}

/** Search box, filters and sort. Every control has a visible label; the form is a search landmark. */
export function Filters({ lang, query, outlets, tags, onChange }: Props) {
  const id = useId();
  const set = <K extends keyof LibraryQuery>(k: K, v: LibraryQuery[K]) => onChange({ ...query, [k]: v });
  const tr = (key: StringKey) => t(key, lang);
  return (
    <search className="filters" aria-label={tr('filters')}>
      <div className="field wide">
        <label htmlFor={`${id}-q`}>{tr('search')}</label>
        <input
          id={`${id}-q`}
          type="search"
          dir="auto"
          value={query.text}
          aria-describedby={`${id}-qh`}
          onChange={(e) => set('text', e.target.value)}
        />
        <small id={`${id}-qh`}>{tr('searchHint')}</small>
      </div>
      <div className="field">
        <label htmlFor={`${id}-kind`}>{tr('filterKind')}</label>
        <select id={`${id}-kind`} value={query.kind} onChange={(e) => set('kind', e.target.value as SourceKind | '')}>
          <option value="">{tr('anyKind')}</option>
          {(Object.keys(KIND_KEYS) as SourceKind[]).map((k) => (
            <option key={k} value={k}>
              {tr(KIND_KEYS[k])}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-outlet`}>{tr('filterOutlet')}</label>
        <select id={`${id}-outlet`} value={query.outlet} onChange={(e) => set('outlet', e.target.value)}>
          <option value="">{tr('anyOutlet')}</option>
          {outlets.map((o) => (
            <option key={o} value={o}>
              {outletLabel(o, lang)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-tag`}>{tr('filterTag')}</label>
        <select id={`${id}-tag`} value={query.tag} onChange={(e) => set('tag', e.target.value)}>
          <option value="">{tr('anyTag')}</option>
          {tags.map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="dates">
        <legend>{tr('dateField')}</legend>
        <select
          aria-label={tr('dateField')}
          value={query.dateField}
          onChange={(e) => set('dateField', e.target.value as LibraryQuery['dateField'])}
        >
          <option value="saved">{tr('dateSaved')}</option>
          <option value="published">{tr('datePublished')}</option>
        </select>
        <label>
          {tr('dateFrom')} <input type="date" value={query.from} onChange={(e) => set('from', e.target.value)} />
        </label>
        <label>
          {tr('dateTo')} <input type="date" value={query.to} onChange={(e) => set('to', e.target.value)} />
        </label>
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-sort`}>{tr('sort')}</label>
        <select id={`${id}-sort`} value={query.sort} onChange={(e) => set('sort', e.target.value as Sort)}>
          {(Object.keys(SORT_KEYS) as Sort[]).map((s) => (
            <option key={s} value={s}>
              {tr(SORT_KEYS[s])}
            </option>
          ))}
        </select>
      </div>
      <button type="button" className="link" onClick={() => onChange(EMPTY_QUERY)}>
        {tr('clearFilters')}
      </button>
    </search>
  );
}
