import { type ReactNode, useId, useMemo, useState } from 'react';
import type { Attribution, Entity, SourceKind, Warning } from '../../lib/analysis/schema';
import { clipWords } from '../../lib/arabic/clip';
import type { PanelToContent, TabState } from '../../lib/messages';
import { Ar } from '../Ar';
import { type Chain, chainsOf } from '../chain';
import { format, formatNumber as num, t } from '../i18n';
import type { SourceNamesApi } from '../source-names-store';
import { distinctSources, foldName, groupSources, type SourceGroup } from '../sources';
import type { StringKey } from '../strings';
import { claimsCount, kindLabel, type Lang, leadSentence, sourcesSentence, timesText, unpaintedText } from './format';
import { Legend } from './Legend';
import { notArticleKey } from './reason';

interface Props {
  lang: Lang;
  state: TabState;
  send(msg: PanelToContent): Promise<void>;
  /** Optional actions wired by the entrypoint (save to library, export). */
  actions?: {
    save?(a: Attribution): Promise<boolean>;
    exportPage?(format: 'json' | 'csv' | 'markdown' | 'w3c'): void;
    openLibrary?(): void;
  };
  /** One line of the reader's own context for this article's outlet (components/profile/ProfileLine.tsx). */
  context?: ReactNode;
  /** The reader's source corrections (rename, merge), shared with the library. */
  sourceNames?: Pick<SourceNamesApi, 'names' | 'rename'>;
  /** Claim texts of this page already in the library. */
  savedClaims?: ReadonlySet<string>;
}

export const KIND_SHORT: Record<SourceKind, StringKey> = {
  person: 'kindShortPerson',
  organization: 'kindShortOrganization',
  anonymous: 'kindShortAnonymous',
};

/** One verdict on the headline, from the analyser's headline warnings (null when the headline is not flagged). */
export function headlineVerdict(warnings: readonly Warning[]): StringKey | null {
  const anon = warnings.some((w) => w.kind === 'anonymous-headline');
  const hedged = warnings.some((w) => w.kind === 'hedged-headline');
  return anon && hedged ? 'verdictBoth' : anon ? 'verdictAnonymous' : hedged ? 'verdictHedged' : null;
}

export function Panel({ lang, state, send, actions, context, sourceNames, savedClaims }: Props) {
  const L = lang;
  const header = (
    <header className="bar">
      <h1>{t('appName', L)}</h1>
      {state.status === 'article' && (
        <label className="toggle">
          <input
            type="checkbox"
            checked={state.highlightsOn}
            onChange={(e) => void send({ type: 'set-highlights', on: e.currentTarget.checked })}
          />
          {t('toggleHighlights', L)}
        </label>
      )}
      {actions?.openLibrary && (
        <button type="button" className="link" onClick={actions.openLibrary}>
          {t('openLibrary', L)}
        </button>
      )}
    </header>
  );

  if (state.status === 'analysing')
    return (
      <main>
        {header}
        <p className="status">{t('analysing', L)}</p>
      </main>
    );
  if (state.status !== 'article' || !state.analysis)
    return (
      <main>
        {header}
        <p className="status" role="status" data-testid="not-article">
          {state.status === 'error'
            ? `${t('error', L)}${state.error ? `: ${state.error}` : ''}`
            : state.detection?.reason || !state.detection?.why
              ? t(notArticleKey(state.detection?.reason), L)
              : `${t('notArticle', L)} ${t(WHY_KEYS[state.detection.why], L)}`}
        </p>
        <button type="button" className="primary" onClick={() => void send({ type: 'analyse-anyway' })}>
          {t('analyseAnyway', L)}
        </button>
      </main>
    );

  return <ArticlePanel {...{ lang, state, send, actions, context, sourceNames, savedClaims }} header={header} />;
}

const WHY_KEYS: Record<NonNullable<NonNullable<TabState['detection']>['why']>, StringKey> = {
  'not-arabic': 'notArabic',
  listing: 'notArticleListing',
  short: 'notArticleShort',
};

function ArticlePanel({
  lang: L,
  state,
  send,
  actions,
  context,
  sourceNames,
  savedClaims,
  header,
}: Props & { header: React.ReactNode }) {
  const a = state.analysis!;
  const names = sourceNames?.names;
  const groups = useMemo(() => groupSources(a.attributions, a.entities, names), [a, names]);
  const chains = useMemo(() => chainsOf(a.attributions), [a]);
  const distinct = distinctSources(groups);
  const verdict = headlineVerdict(a.warnings);
  const outlet = state.detection?.outlet;
  return (
    <main>
      {header}
      {verdict && (
        <section className="verdict" data-testid="verdict" aria-label={t('warnings', L)}>
          <p>
            <span aria-hidden="true">⚠ </span>
            {t(verdict, L)}
          </p>
          <button type="button" className="link" onClick={() => void send({ type: 'show-headline' })}>
            {t('showHeadline', L)}
          </button>
        </section>
      )}
      <section aria-labelledby="sum-h" className="summary">
        <h2 id="sum-h">{t('summary', L)}</h2>
        {outlet && (
          <p className="outlet">
            {t('outlet', L)}: {L === 'ar' ? <Ar>{outlet.nameAr}</Ar> : outlet.nameEn}
          </p>
        )}
        <p className="lead" data-testid="summary-line">
          {leadSentence(a.summary.claimsByKind.anonymous, a.summary.claims, L)}
        </p>
        <KindBar lang={L} byKind={a.summary.claimsByKind} />
        <p className="sources-line" data-testid="sources-line">
          {sourcesSentence(distinct.named, distinct.anonymous, L)}
        </p>
        {(state.omitted > 0 || state.unpainted > 0 || state.skipped > 0) && (
          <p className="status" role="note">
            {state.omitted > 0 && format('panelOmitted', { shown: a.attributions.length, omitted: state.omitted }, L)}{' '}
            {state.unpainted > 0 && unpaintedText(state.unpainted, L)}{' '}
            {state.skipped > 0 && format('textSkipped', { n: num(state.skipped, L) }, L)}
          </p>
        )}
        <Legend lang={L} />
      </section>
      {context}
      <Claims
        lang={L}
        groups={groups}
        chains={chains}
        send={send}
        save={actions?.save}
        savedClaims={savedClaims}
        sourceNames={sourceNames}
      />
      <Entities lang={L} entities={a.entities} send={send} />
      {actions?.exportPage && (
        <fieldset className="export">
          <legend>{t('exportClaims', L)}</legend>
          {(['json', 'csv', 'markdown', 'w3c'] as const).map((f) => (
            <button key={f} type="button" data-format={f} onClick={() => actions.exportPage?.(f)}>
              {f === 'w3c' ? 'W3C' : f === 'markdown' ? 'Markdown' : f.toUpperCase()}
            </button>
          ))}
        </fieldset>
      )}
    </main>
  );
}

/** Claims by kind of source: a bar whose parts are as long as the counts, and the counts in words beside it. */
function KindBar({ lang, byKind }: { lang: Lang; byKind: Record<SourceKind, number> }) {
  const total = byKind.person + byKind.organization + byKind.anonymous;
  const kinds = ['person', 'organization', 'anonymous'] as const;
  return (
    <figure className="kindbar" data-testid="kind-bar">
      <figcaption>{t('byKind', lang)}</figcaption>
      <div className="bar-track" aria-hidden="true">
        {kinds.map(
          (k) =>
            byKind[k] > 0 && (
              <span key={k} className={`bar-part kind-${k}`} style={{ flexGrow: byKind[k] / Math.max(1, total) }} />
            ),
        )}
      </div>
      <ul className="kinds">
        {kinds.map((k) => (
          <li key={k} className={`kind-${k}`} data-kind={k}>
            <span className={`sample sample-claim kind-${k}`} aria-hidden="true" lang="ar" dir="rtl">
              نص
            </span>{' '}
            {t(KIND_SHORT[k], lang)}: {claimsCount(byKind[k], lang)}
          </li>
        ))}
      </ul>
    </figure>
  );
}

/**
 * Claims listed per source at first; the rest come GROUP_PAGE at a time on request. A page of thousands of
 * claims would otherwise build thousands of list items in the panel on every refresh (issue 14: 230 MB in
 * Chromium's extension process for a hostile page's 2,000).
 */
const GROUP_PAGE = 50;

function Claims({
  lang,
  groups,
  chains,
  send,
  save,
  savedClaims,
  sourceNames,
}: {
  lang: Lang;
  groups: SourceGroup[];
  chains: Map<string, Chain>;
  send: Props['send'];
  save?: (a: Attribution) => Promise<boolean>;
  savedClaims?: ReadonlySet<string>;
  sourceNames?: Props['sourceNames'];
}) {
  const [saved, setSaved] = useState<Record<string, 'ok' | 'fail'>>({});
  // How many of each group's claims are listed: GROUP_PAGE at first, more on request.
  const [shown, setShown] = useState<Record<string, number>>({});
  const comma = lang === 'ar' ? '، ' : ', ';
  if (!groups.length)
    return (
      <section className="claims">
        <h2>{t('claimsBySource', lang)}</h2>
        <p>{t('noClaims', lang)}</p>
      </section>
    );
  return (
    <section aria-labelledby="claims-h" className="claims">
      <h2 id="claims-h">{t('claimsBySource', lang)}</h2>
      {groups.map((g) => (
        <article key={g.key} className={`group kind-${g.kind}`} data-testid="source-group" data-kind={g.kind}>
          <h3>
            <Ar className={`src-name sample-source kind-${g.kind}`}>{g.name}</Ar>{' '}
            <span className="src-kind">
              {kindLabel(g.kind, lang)}
              {comma}
              {claimsCount(g.items.length, lang)}
              {g.corrected && `${comma}${t('corrected', lang)}`}
            </span>
          </h3>
          {g.role && (
            <p className="role">
              <Ar>{g.role}</Ar>
            </p>
          )}
          {g.spellings.length > 0 && (
            <p className="role">
              {t('alsoWritten', lang)}{' '}
              {g.spellings.map((s, i) => (
                <span key={s}>
                  {i > 0 && comma}
                  <Ar>{s}</Ar>
                </span>
              ))}
            </p>
          )}
          {sourceNames && <Correct lang={lang} group={g} groups={groups} api={sourceNames} />}
          <ol>
            {g.items.slice(0, shown[g.key] ?? GROUP_PAGE).map((a) => {
              const chain = chains.get(a.id);
              const isSaved = saved[a.id] === 'ok' || savedClaims?.has(a.claim.text.trim());
              return (
                <li key={a.id} data-testid="claim" className={`kind-${a.source.kind}`}>
                  <button
                    type="button"
                    className="claim"
                    title={a.claim.text}
                    onClick={() => void send({ type: 'scroll-to', attributionId: a.id })}
                  >
                    <Ar>
                      <span className="cue">{a.cue.text}</span> «{clipWords(a.claim.text, 160)}»
                    </Ar>
                  </button>
                  {save && (
                    <button
                      type="button"
                      className="save"
                      data-saved={isSaved ? 'true' : 'false'}
                      aria-label={isSaved ? t('alreadySaved', lang) : t('saveClaim', lang)}
                      disabled={isSaved}
                      onClick={async () => {
                        const ok = await save(a).catch(() => false);
                        setSaved((s) => ({ ...s, [a.id]: ok ? 'ok' : 'fail' }));
                      }}
                    >
                      {isSaved
                        ? `✓ ${t('alreadySaved', lang)}`
                        : saved[a.id] === 'fail'
                          ? t('saveFailed', lang)
                          : t('save', lang)}
                    </button>
                  )}
                  {chain && chain.links.length > 1 && <ChainLine lang={lang} chain={chain} />}
                </li>
              );
            })}
          </ol>
          {g.items.length > (shown[g.key] ?? GROUP_PAGE) && (
            <button
              type="button"
              className="link more"
              onClick={() => setShown((m) => ({ ...m, [g.key]: (m[g.key] ?? GROUP_PAGE) + GROUP_PAGE }))}
            >
              {format('showMoreClaims', { left: num(g.items.length - (shown[g.key] ?? GROUP_PAGE), lang) }, lang)}
            </button>
          )}
        </article>
      ))}
    </section>
  );
}

/** «وكالات أنباء (مجهول) ← عن وزارة الدفاع الروسية (جهة)»: outer link first. */
export function ChainLine({ lang, chain }: { lang: Lang; chain: Chain }) {
  return (
    <p className="chain" data-testid="chain">
      <span className="chain-label">{t('chain', lang)}: </span>
      {chain.links.map((l, i) => (
        <span key={l.id} className={`link kind-${l.source.kind}`}>
          {i > 0 && ` ${lang === 'ar' ? '←' : '→'} ${t('chainVia', lang)} `}
          <Ar>{l.source.name}</Ar> ({t(KIND_SHORT[l.source.kind], lang)})
        </span>
      ))}
    </p>
  );
}

/** Rename a source, or merge it into another: kept in storage and applied in the panel and the library. */
function Correct({
  lang,
  group,
  groups,
  api,
}: {
  lang: Lang;
  group: SourceGroup;
  groups: SourceGroup[];
  api: NonNullable<Props['sourceNames']>;
}) {
  const [open, setOpen] = useState(false);
  const [name, setName] = useState(group.name);
  const [into, setInto] = useState('');
  const id = useId();
  const originals = [...new Set(group.items.map((a) => a.source.name))];
  const apply = async (to: string) => {
    for (const o of originals) await api.rename(o, to);
    setOpen(false);
  };
  if (!open)
    return (
      <button
        type="button"
        className="link correct"
        aria-label={format('correctSourceFor', { name: group.name }, lang)}
        onClick={() => {
          setName(group.name);
          setOpen(true);
        }}
      >
        {t('correctSource', lang)}
      </button>
    );
  return (
    <form
      className="correct-form"
      onSubmit={(e) => {
        e.preventDefault();
        void apply(into || name);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') setOpen(false);
      }}
    >
      <label htmlFor={`${id}-name`}>{t('renameTo', lang)}</label>
      <input
        id={`${id}-name`}
        dir="rtl"
        lang="ar"
        maxLength={200}
        value={name}
        onChange={(e) => setName(e.target.value)}
      />
      <label htmlFor={`${id}-into`}>{t('mergeInto', lang)}</label>
      <select id={`${id}-into`} value={into} onChange={(e) => setInto(e.target.value)}>
        <option value="">{t('mergeNone', lang)}</option>
        {groups
          .filter((o) => o.key !== group.key && foldName(o.name) !== foldName(group.name))
          .map((o) => (
            <option key={o.key} value={o.name}>
              {o.name}
            </option>
          ))}
      </select>
      <div className="actions">
        <button type="submit">{t('saveChanges', lang)}</button>
        <button type="button" onClick={() => setOpen(false)}>
          {t('cancel', lang)}
        </button>
        {group.corrected && (
          <button type="button" onClick={() => void apply('')}>
            {t('undoCorrection', lang)}
          </button>
        )}
      </div>
    </form>
  );
}

function Entities({ lang, entities, send }: { lang: Lang; entities: Entity[]; send: Props['send'] }) {
  const [step, setStep] = useState<Record<string, number>>({});
  if (!entities.length) return null;
  const byType = (['person', 'organization', 'location'] as const).map((type) => ({
    type,
    items: entities.filter((e) => e.type === type).sort((x, y) => y.mentions.length - x.mentions.length),
  }));
  const title = { person: t('people', lang), organization: t('organizations', lang), location: t('locations', lang) };
  return (
    <section aria-labelledby="ent-h" className="entities">
      <h2 id="ent-h">{t('entities', lang)}</h2>
      {byType.map(
        ({ type, items }) =>
          items.length > 0 && (
            <div key={type} className={`etype etype-${type}`} data-testid={`entities-${type}`}>
              <h3>
                {title[type]} ({num(items.length, lang)})
              </h3>
              <ul>
                {items.map((e) => (
                  <li key={e.id}>
                    <button
                      type="button"
                      data-testid="entity"
                      title={e.aliases.length ? e.aliases.join('، ') : undefined}
                      onClick={() => {
                        const i = step[e.id] ?? 0;
                        setStep((s) => ({ ...s, [e.id]: (i + 1) % Math.max(1, e.mentions.length) }));
                        void send({ type: 'step-entity', entityId: e.id, index: i });
                      }}
                    >
                      <Ar>{e.name}</Ar> <span className="count">({timesText(e.mentions.length, lang)})</span>
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          ),
      )}
    </section>
  );
}
