import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { IsnadDB } from '../../lib/store/db';
import { clearProfile, PROFILE_SETTING, profileSummary, setProfileEnabled } from '../../lib/store/profile';
import { format, formatNumber, t } from '../i18n';
import { KIND_COLOUR, KindStack, MonthColumns, percent, ShareBars } from '../profile/charts';
import type { Lang } from '../strings';

/**
 * "Sourcing by outlet": the reader's own outlet profile (lib/store/profile.ts), read straight from the database
 * (same origin as the background) as a live query, so an article read in another tab shows up at once.
 */
export function OutletProfile({ db, lang }: { db: IsnadDB; lang: Lang }) {
  // One small record, the figures computed when an article was recorded (profile.ts `SUMMARY_KEY`); the
  // running totals, or every record, only for a database from before it.
  const stats =
    useLiveQuery(async () => {
      const s = await profileSummary(db);
      // For the benchmark: the figures read from the database (before React renders them).
      if (!performance.getEntriesByName('isnad:profile-data').length) performance.mark('isnad:profile-data');
      return s;
    }, [db]) ?? null;
  const setting = useLiveQuery(() => db.settings.get(PROFILE_SETTING), [db]);
  const on = setting?.value !== false;
  const recorded = stats?.reduce((n, s) => n + s.articles, 0) ?? 0;
  const [confirming, setConfirming] = useState(false);
  const [notice, setNotice] = useState('');
  const name = (o: { nameAr: string; nameEn: string }) => (lang === 'ar' ? o.nameAr : o.nameEn);
  useEffect(() => {
    // For the benchmark (scripts/bench/profile.ts): the view first rendered with its figures.
    if (stats?.length && !performance.getEntriesByName('isnad:profile-ready').length)
      performance.mark('isnad:profile-ready');
  }, [stats]);

  return (
    <main className="profile" aria-labelledby="profile-h">
      <h1 id="profile-h">{t('profileView', lang)}</h1>
      <p className="notice">{t('profileNotice', lang)}</p>
      <div className="profile-settings">
        <label>
          <input
            type="checkbox"
            checked={on}
            data-testid="profile-toggle"
            onChange={(e) => void setProfileEnabled(db, e.currentTarget.checked)}
          />{' '}
          {t('profileToggle', lang)}
        </label>{' '}
        <button
          type="button"
          data-testid="profile-clear"
          disabled={!recorded}
          onClick={async () => {
            if (!confirming) return setConfirming(true);
            setConfirming(false);
            const n = await clearProfile(db);
            setNotice(format('profileCleared', { n }, lang));
          }}
          onBlur={() => setConfirming(false)}
        >
          {confirming ? format('profileClearConfirm', { n: recorded }, lang) : t('profileClear', lang)}
        </button>
        <output aria-live="polite">{notice}</output>
      </div>
      {stats === null && <p className="status">{t('loading', lang)}</p>}
      {stats?.length === 0 && <p className="empty">{t('profileEmpty', lang)}</p>}
      {stats && stats.length > 0 && (
        <>
          <section aria-labelledby="profile-overview-h">
            <h2 id="profile-overview-h">{t('profileOverview', lang)}</h2>
            <ShareBars
              lang={lang}
              label={t('profileOverview', lang)}
              rows={stats.map((s) => ({ key: s.outlet.id, name: name(s.outlet), share: s.anonymousShare }))}
            />
            <p className="legend">
              {(['anonymous', 'person', 'organization'] as const).map((k) => (
                <span key={k} className="legend-item">
                  <span className="swatch" style={{ background: KIND_COLOUR[k] }} aria-hidden="true" />{' '}
                  {t(k === 'anonymous' ? 'kindAnonymous' : k === 'person' ? 'kindPerson' : 'kindOrganization', lang)}
                </span>
              ))}
            </p>
          </section>
          <ul className="outlets">
            {stats.map((s) => (
              <li key={s.outlet.id} className="outlet-card" data-outlet={s.outlet.id} data-testid="outlet-card">
                <h2>
                  <bdi>{name(s.outlet)}</bdi>
                </h2>
                <p>
                  <span data-testid="outlet-articles" data-value={s.articles}>
                    {format('profileArticles', { n: s.articles }, lang)}
                  </span>
                  {' · '}
                  <span data-testid="outlet-claims" data-value={s.claims}>
                    {format('profileClaims', { n: s.claims }, lang)}
                  </span>
                  {' · '}
                  <strong data-testid="outlet-anon" data-value={s.anonymousShare ?? ''}>
                    {format(
                      'profileAnonShare',
                      { pct: s.anonymousShare === null ? '–' : percent(s.anonymousShare, lang) },
                      lang,
                    )}
                  </strong>
                </p>
                <KindStack byKind={s.byKind} lang={lang} label={t('profileByKind', lang)} />
                <p className="small">{format('profileHeadlines', { n: s.anonymousHeadlines }, lang)}</p>
                <h3>{t('profileOverTime', lang)}</h3>
                <MonthColumns months={s.months} lang={lang} label={t('profileOverTime', lang)} />
                <h3>{t('profileTopSources', lang)}</h3>
                <ol className="top-sources" data-testid="outlet-sources">
                  {s.topSources.map((src) => (
                    <li key={`${src.kind}:${src.name}`} data-kind={src.kind}>
                      <bdi>{src.name}</bdi> ({formatNumber(src.claims, lang)})
                    </li>
                  ))}
                </ol>
              </li>
            ))}
          </ul>
        </>
      )}
    </main>
  );
}
