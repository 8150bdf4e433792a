/**
 * The outlet profile's charts: plain SVG built by React (no chart library: these are bars, and a library would
 * cost bundle size for nothing they need). Right-to-left: in Arabic the bars grow from the right.
 * Every label is a React text node, never HTML.
 */
import type { SourceKind } from '../../lib/analysis/schema';
import type { OutletMonth } from '../../lib/store/profile-schema';
import type { Lang } from '../strings';

export const KIND_COLOUR: Record<SourceKind, string> = {
  anonymous: '#b03a2e',
  person: '#2e6da4',
  organization: '#5f7f25',
};
const KINDS: SourceKind[] = ['anonymous', 'person', 'organization'];

// One formatter per language: building an Intl.NumberFormat costs far more than using one.
const percentFormats = new Map<Lang, Intl.NumberFormat>();
export function percent(x: number, lang: Lang): string {
  let f = percentFormats.get(lang);
  if (!f) {
    // Western digits in both languages, as everywhere in Isnad (README, "Numbers").
    f = new Intl.NumberFormat(lang === 'ar' ? 'ar' : 'en', {
      style: 'percent',
      maximumFractionDigits: 0,
      numberingSystem: 'latn',
    });
    percentFormats.set(lang, f);
  }
  return f.format(x);
}

/** x of a bar [from, from + w) in a box of width `width`, mirrored for right-to-left. */
const place = (from: number, w: number, width: number, rtl: boolean) => (rtl ? width - from - w : from);

/** One row per outlet: the anonymous share as a bar (0–100%), the share written beside it. */
export function ShareBars({
  rows,
  lang,
  label,
}: {
  rows: { key: string; name: string; share: number | null }[];
  lang: Lang;
  label: string;
}) {
  const rtl = lang === 'ar';
  const width = 560;
  const nameW = 150;
  const barW = 330;
  const rowH = 26;
  const height = rows.length * rowH + 4;
  return (
    <svg
      className="chart"
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      style={{ maxWidth: width }}
      role="img"
      aria-label={label}
      data-testid="share-bars"
    >
      {rows.map((r, i) => {
        const y = i * rowH;
        const w = (r.share ?? 0) * barW;
        return (
          <g key={r.key} data-outlet={r.key}>
            <text x={rtl ? width : 0} y={y + 17} textAnchor="start" direction={rtl ? 'rtl' : 'ltr'} fontSize="13">
              {r.name}
            </text>
            <rect x={place(nameW, barW, width, rtl)} y={y + 5} width={barW} height={rowH - 10} fill="#eee" />
            <rect x={place(nameW, w, width, rtl)} y={y + 5} width={w} height={rowH - 10} fill={KIND_COLOUR.anonymous} />
            <text
              x={rtl ? width - nameW - barW - 6 : nameW + barW + 6}
              y={y + 17}
              textAnchor="start"
              direction={rtl ? 'rtl' : 'ltr'}
              fontSize="13"
              data-testid="share-value"
            >
              {r.share === null ? '–' : percent(r.share, lang)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** One stacked bar: claims by source kind. */
export function KindStack({ byKind, lang, label }: { byKind: Record<SourceKind, number>; lang: Lang; label: string }) {
  const rtl = lang === 'ar';
  const width = 300;
  const total = byKind.anonymous + byKind.person + byKind.organization;
  let from = 0;
  return (
    <svg
      className="chart"
      viewBox={`0 0 ${width} 14`}
      width="100%"
      style={{ maxWidth: width }}
      role="img"
      aria-label={label}
    >
      <rect x={0} y={0} width={width} height={14} fill="#eee" />
      {total > 0 &&
        KINDS.map((k) => {
          const w = (byKind[k] / total) * width;
          const x = place(from, w, width, rtl);
          from += w;
          return <rect key={k} x={x} y={0} width={w} height={14} fill={KIND_COLOUR[k]} data-kind={k} />;
        })}
    </svg>
  );
}

/** Anonymous share per month read, as columns (oldest first, in reading direction). */
export function MonthColumns({ months, lang, label }: { months: OutletMonth[]; lang: Lang; label: string }) {
  const rtl = lang === 'ar';
  const colW = 22;
  const gap = 6;
  const h = 60;
  const shown = months.slice(-18);
  const width = Math.max(1, shown.length * (colW + gap));
  return (
    <svg className="chart" viewBox={`0 0 ${width} ${h + 16}`} width={width} role="img" aria-label={label}>
      {shown.map((m, i) => {
        const share = m.claims ? m.anonymous / m.claims : 0;
        const ch = Math.max(1, share * h);
        return (
          <g key={m.month}>
            <rect
              x={place(i * (colW + gap), colW, width, rtl)}
              y={h - ch}
              width={colW}
              height={ch}
              fill={KIND_COLOUR.anonymous}
            >
              <title>{`${m.month}: ${percent(share, lang)} (${m.articles})`}</title>
            </rect>
            <text x={place(i * (colW + gap), colW, width, rtl) + colW / 2} y={h + 12} fontSize="9" textAnchor="middle">
              {m.month.slice(5)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
