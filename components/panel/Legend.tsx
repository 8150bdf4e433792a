import { t } from '../i18n';
import type { Lang, StringKey } from '../strings';

/**
 * The key to the marks, with samples drawn exactly as the page draws them (entrypoints/content/highlights.css):
 * the kind of source is a line under the claim (solid, double, wavy) in the kind's colour, the source's name has
 * a line above it, a flagged headline a dashed frame. The panel uses the same samples on source names and bars.
 */
const ROWS: { cls: string; key: StringKey; sample: StringKey }[] = [
  { cls: 'sample-claim kind-person', key: 'legendPerson', sample: 'legendSampleClaim' },
  { cls: 'sample-claim kind-organization', key: 'legendOrganization', sample: 'legendSampleClaim' },
  { cls: 'sample-claim kind-anonymous', key: 'legendAnonymous', sample: 'legendSampleClaim' },
  { cls: 'sample-source kind-person', key: 'legendSource', sample: 'legendSampleSource' },
  { cls: 'sample-headline', key: 'legendHeadline', sample: 'legendSampleClaim' },
];

export function Legend({ lang }: { lang: Lang }) {
  return (
    <details className="legend" data-testid="legend">
      <summary>{t('legend', lang)}</summary>
      <ul>
        {ROWS.map((r) => (
          <li key={r.key}>
            <span className={`sample ${r.cls}`} lang="ar" dir="rtl">
              {t(r.sample, 'ar')}
            </span>{' '}
            {t(r.key, lang)}
          </li>
        ))}
      </ul>
    </details>
  );
}
