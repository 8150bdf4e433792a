import { type ReactNode, useMemo, useState } from 'react';
import type { Attribution, Entity, SourceKind } from '../../lib/analysis/schema';
import { clipWords } from '../../lib/arabic/clip';
import { foldArabic } from '../../lib/arabic/normalize';
import type { PanelToContent, TabState } from '../../lib/messages';
import { format, formatNumber as num, t } from '../i18n';
import { KIND_MARK, kindLabel, type Lang, summaryLine } from './format';
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
}

/** Groups attributions by source: one group per resolved source name (spelling-insensitive) and kind. */
export function groupBySource(attributions: Attribution[]) {
  const groups = new Map<string, { name: string; kind: SourceKind; role?: string; items: Attribution[] }>();
  for (const a of attributions) {
    const key = `${a.source.kind}:${foldArabic(a.source.name)}`;
    const g = groups.get(key);
    if (g) g.items.push(a);
    else groups.set(key, { name: a.source.name, kind: a.source.kind, role: a.source.role, items: [a] });
  }
  // Named sources first, then by number of claims.
  return [...groups.values()].sort(
    (x, y) => Number(x.kind === 'anonymous') - Number(y.kind === 'anonymous') || y.items.length - x.items.length,
  );
}

export function Panel({ lang, state, send, actions, context }: Props) {
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
        <p className="status" role="status">
          {state.status === 'error'
            ? `${t('error', L)}${state.error ? `: ${state.error}` : ''}`
            : t(notArticleKey(state.detection?.reason), L)}
        </p>
        <button type="button" className="primary" onClick={() => void send({ type: 'analyse-anyway' })}>
          {t('analyseAnyway', L)}
        </button>
      </main>
    );

  const a = state.analysis;
  return (
    <main>
      {header}
      <section aria-labelledby="sum-h" className="summary">
        <h2 id="sum-h">{t('summary', L)}</h2>
        {state.detection?.outlet && (
          <p className="outlet">
            {t('outlet', L)}: {L === 'ar' ? state.detection.outlet.nameAr : state.detection.outlet.nameEn}
          </p>
        )}
        <p className="summary-line" data-testid="summary-line">
          {summaryLine(a.summary.claims, a.summary.distinctSources.named, a.summary.distinctSources.anonymous, L)}
        </p>
        <KindBar lang={L} byKind={a.summary.claimsByKind} />
        {context}
        {(state.omitted > 0 || state.unpainted > 0 || state.skipped > 0) && (
          <p className="status" role="note">
            {state.omitted > 0 && format('panelOmitted', { shown: a.attributions.length, omitted: state.omitted }, L)}{' '}
            {state.unpainted > 0 && format('unpainted', { n: state.unpainted }, L)}{' '}
            {state.skipped > 0 && format('textSkipped', { n: num(state.skipped, L) }, L)}
          </p>
        )}
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
      </section>
      {a.warnings.length > 0 && (
        <section aria-labelledby="warn-h" className="warnings">
          <h2 id="warn-h">
            {t('warnings', L)} ({num(a.warnings.length, L)})
          </h2>
          <ul>
            {a.warnings.map((w) => (
              <li key={`${w.kind}-${w.span.start}-${w.attributionIds.join()}`} data-testid="warning">
                <button
                  type="button"
                  className="warning"
                  onClick={() =>
                    w.attributionIds[0] && void send({ type: 'scroll-to', attributionId: w.attributionIds[0] })
                  }
                >
                  <span aria-hidden="true">⚠ </span>
                  {w.message[L]} — «{clipWords(w.span.text, 90)}»
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <Claims lang={L} attributions={a.attributions} send={send} save={actions?.save} />
      <Entities lang={L} entities={a.entities} send={send} />
    </main>
  );
}

function KindBar({ lang, byKind }: { lang: Lang; byKind: Record<SourceKind, number> }) {
  return (
    <ul className="kinds">
      {(['person', 'organization', 'anonymous'] as const).map((k) => (
        <li key={k} className={`kind-${k}`}>
          <span className="mark" aria-hidden="true">
            {KIND_MARK[k]}
          </span>{' '}
          {kindLabel(k, lang)}: {num(byKind[k], lang)}
        </li>
      ))}
    </ul>
  );
}

function Claims({
  lang,
  attributions,
  send,
  save,
}: {
  lang: Lang;
  attributions: Attribution[];
  send: Props['send'];
  save?: (a: Attribution) => Promise<boolean>;
}) {
  const groups = useMemo(() => groupBySource(attributions), [attributions]);
  const [saved, setSaved] = useState<Record<string, 'ok' | 'fail'>>({});
  if (!attributions.length)
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
        <article key={`${g.kind}:${g.name}`} className={`group kind-${g.kind}`} data-testid="source-group">
          <h3>
            <span className="mark" aria-hidden="true">
              {KIND_MARK[g.kind]}{' '}
            </span>
            <span className="src-name">{g.name}</span>
            <span className="src-kind"> · {kindLabel(g.kind, lang)}</span>
          </h3>
          {g.role && <p className="role">{g.role}</p>}
          <ol>
            {g.items.map((a) => (
              <li key={a.id} data-testid="claim">
                <button
                  type="button"
                  className="claim"
                  title={a.claim.text}
                  onClick={() => void send({ type: 'scroll-to', attributionId: a.id })}
                >
                  <span className="cue">{a.cue.text}</span> «{clipWords(a.claim.text, 160)}»
                </button>
                {save && (
                  <button
                    type="button"
                    className="save"
                    disabled={saved[a.id] === 'ok'}
                    onClick={async () => {
                      const ok = await save(a).catch(() => false);
                      setSaved((s) => ({ ...s, [a.id]: ok ? 'ok' : 'fail' }));
                    }}
                  >
                    {saved[a.id] === 'ok'
                      ? t('saved', lang)
                      : saved[a.id] === 'fail'
                        ? t('saveFailed', lang)
                        : t('save', lang)}
                  </button>
                )}
              </li>
            ))}
          </ol>
        </article>
      ))}
    </section>
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
                      {e.name}{' '}
                      <span className="count">
                        ({num(e.mentions.length, lang)} {t('mentions', lang)})
                      </span>
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
