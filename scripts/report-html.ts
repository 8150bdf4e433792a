/**
 * The corpus report as Markdown and as one self-contained HTML page with SVG charts (no script, no network:
 * a CSP of default-src 'none' says so to the browser). Every text from the data is escaped.
 */
import type { GroupRow, Matrix } from './report-aggregate';

export interface Report {
  source: string;
  outlets: { groups: GroupRow[]; total: GroupRow };
  categories: { groups: GroupRow[]; total: GroupRow };
  matrix: Matrix;
  skipped: number;
}

const KIND_LABEL = { anonymous: 'anonymous', person: 'person', organization: 'organisation' } as const;
const KIND_LETTER = { anonymous: 'anon.', person: 'pers.', organization: 'org.' } as const;
const COLOURS = { anonymous: '#c0392b', person: '#2e6da4', organization: '#7a9a3a' } as const;
const KINDS = ['anonymous', 'person', 'organization'] as const;

const pct = (x: number, d = 1) => `${(x * 100).toFixed(d)}%`;
const int = (x: number) => x.toLocaleString('en-US');
const fix = (x: number, d = 2) => x.toFixed(d);

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
const mdCell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s+/g, ' ');

function mdTable(title: string, { groups, total }: { groups: GroupRow[]; total: GroupRow }): string {
  const head = `| ${title} | articles | words | claims | claims / 1,000 words | anonymous | person | organisation | headline on an anonymous source | most cited sources |`;
  const lines = [head, `|${' --- |'.repeat(10)}`];
  for (const r of [...groups, total]) {
    const name = r === total ? '**all**' : mdCell(r.group);
    const top = r.topSources.map((s) => `${mdCell(s.name)} (${KIND_LETTER[s.kind]} ${int(s.claims)})`).join('; ');
    lines.push(
      `| ${name} | ${int(r.articles)} | ${int(r.words)} | ${int(r.claims)} | ${fix(r.claimsPer1000Words)} | ${pct(r.share.anonymous)} | ${pct(r.share.person)} | ${pct(r.share.organization)} | ${int(r.anonymousHeadlines)} (${pct(r.articles ? r.anonymousHeadlines / r.articles : 0)}) | ${top} |`,
    );
  }
  return lines.join('\n');
}

function mdMatrix(m: Matrix): string {
  const cols = [...m.colKeys].sort();
  const rows = [...m.rowKeys].sort();
  const lines = [`| outlet | ${cols.map(mdCell).join(' | ')} |`, `|${' --- |'.repeat(cols.length + 1)}`];
  for (const r of rows) {
    lines.push(
      `| ${mdCell(r)} | ${cols.map((c) => (m.share(r, c) === null ? '–' : pct(m.share(r, c)!))).join(' | ')} |`,
    );
  }
  return lines.join('\n');
}

export function markdown(rep: Report): string {
  return [
    `Sourcing in ${int(rep.outlets.total.articles)} articles (${escapeMdText(rep.source)}). Shares are of claims; "headline on an anonymous source" counts articles with the analyser's anonymous-headline warning.`,
    '',
    '### By outlet',
    '',
    mdTable('outlet', rep.outlets),
    '',
    '### By category',
    '',
    mdTable('category', rep.categories),
    '',
    '### Share of claims on anonymous sources, outlet × category',
    '',
    mdMatrix(rep.matrix),
    rep.skipped ? `\n${int(rep.skipped)} lines could not be read (see stderr).` : '',
  ].join('\n');
}
function escapeMdText(s: string): string {
  return s.replace(/[`*_[\]|]/g, (c) => `\\${c}`);
}

/** Horizontal stacked bars: each group's claims split by source kind (100% each). */
export function shareChart(groups: GroupRow[], title: string): string {
  const rowH = 30;
  const labelW = 110;
  const barW = 460;
  const top = 52;
  const h = top + groups.length * rowH + 12;
  const w = labelW + barW + 150;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" role="img" aria-label="${escapeHtml(title)}" font-family="system-ui, sans-serif" font-size="13">`,
    `<title>${escapeHtml(title)}</title>`,
    `<rect width="${w}" height="${h}" fill="#fff"/>`,
    `<text x="8" y="18" font-weight="600">${escapeHtml(title)}</text>`,
  ];
  let lx = labelW;
  for (const k of KINDS) {
    out.push(
      `<rect x="${lx}" y="28" width="12" height="12" fill="${COLOURS[k]}"/><text x="${lx + 16}" y="38">${KIND_LABEL[k]}</text>`,
    );
    lx += 120;
  }
  out.push(`<text x="${labelW + barW + 8}" y="38" fill="#555">claims / 1,000 words</text>`);
  groups.forEach((g, i) => {
    const y = top + i * rowH;
    out.push(`<text x="${labelW - 8}" y="${y + 18}" text-anchor="end">${escapeHtml(g.group)}</text>`);
    let x = labelW;
    for (const k of KINDS) {
      const bw = g.share[k] * barW;
      if (bw > 0) {
        out.push(
          `<rect x="${x.toFixed(1)}" y="${y + 4}" width="${bw.toFixed(1)}" height="${rowH - 8}" fill="${COLOURS[k]}"><title>${escapeHtml(g.group)}: ${KIND_LABEL[k]} ${pct(g.share[k])}</title></rect>`,
        );
        if (bw > 34) {
          out.push(
            `<text x="${(x + bw / 2).toFixed(1)}" y="${y + 19}" text-anchor="middle" fill="#fff" font-size="11">${pct(g.share[k], 0)}</text>`,
          );
        }
      }
      x += bw;
    }
    if (!g.claims) out.push(`<rect x="${labelW}" y="${y + 4}" width="${barW}" height="${rowH - 8}" fill="#eee"/>`);
    out.push(`<text x="${labelW + barW + 8}" y="${y + 19}">${fix(g.claimsPer1000Words)}</text>`);
  });
  out.push('</svg>');
  return out.join('\n');
}

/** Simple bars of one figure per group (0..max). */
export function barChart(
  groups: GroupRow[],
  title: string,
  value: (g: GroupRow) => number,
  label: (x: number) => string,
): string {
  const rowH = 26;
  const labelW = 110;
  const barW = 380;
  const top = 30;
  const h = top + groups.length * rowH + 10;
  const w = labelW + barW + 80;
  const max = Math.max(1e-9, ...groups.map(value));
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" role="img" aria-label="${escapeHtml(title)}" font-family="system-ui, sans-serif" font-size="13">`,
    `<title>${escapeHtml(title)}</title>`,
    `<text x="8" y="18" font-weight="600">${escapeHtml(title)}</text>`,
  ];
  groups.forEach((g, i) => {
    const y = top + i * rowH;
    const bw = (value(g) / max) * barW;
    out.push(
      `<text x="${labelW - 8}" y="${y + 16}" text-anchor="end">${escapeHtml(g.group)}</text>`,
      `<rect x="${labelW}" y="${y + 3}" width="${bw.toFixed(1)}" height="${rowH - 6}" fill="#555"/>`,
      `<text x="${(labelW + bw + 6).toFixed(1)}" y="${y + 16}">${escapeHtml(label(value(g)))}</text>`,
    );
  });
  out.push('</svg>');
  return out.join('\n');
}

function htmlTable(title: string, { groups, total }: { groups: GroupRow[]; total: GroupRow }): string {
  const th = [
    title,
    'articles',
    'words',
    'claims',
    'claims / 1,000 words',
    'anonymous',
    'person',
    'organisation',
    'headline on an anonymous source',
    'most cited sources',
  ];
  const rows = [...groups, total].map((r) => {
    const top = r.topSources
      .map(
        (s) =>
          `<li><bdi>${escapeHtml(s.name)}</bdi> <span class="k">${KIND_LETTER[s.kind]} ${int(s.claims)}</span></li>`,
      )
      .join('');
    const cells = [
      r === total ? '<b>all</b>' : escapeHtml(r.group),
      int(r.articles),
      int(r.words),
      int(r.claims),
      fix(r.claimsPer1000Words),
      pct(r.share.anonymous),
      pct(r.share.person),
      pct(r.share.organization),
      `${int(r.anonymousHeadlines)} (${pct(r.articles ? r.anonymousHeadlines / r.articles : 0)})`,
    ];
    return `<tr>${cells.map((c, i) => (i ? `<td class="n">${c}</td>` : `<th scope="row">${c}</th>`)).join('')}<td><ol dir="rtl" lang="ar">${top}</ol></td></tr>`;
  });
  return `<table><thead><tr>${th.map((t) => `<th scope="col">${t}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function htmlMatrix(m: Matrix): string {
  const cols = [...m.colKeys].sort();
  const rows = [...m.rowKeys].sort();
  const head = `<tr><th scope="col">outlet</th>${cols.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('')}</tr>`;
  const body = rows.map((r) => {
    const cells = cols.map((c) => {
      const s = m.share(r, c);
      if (s === null) return '<td class="n">–</td>';
      // Shade by share: 0 → white, 30%+ → full red.
      const a = Math.min(1, s / 0.3).toFixed(2);
      return `<td class="n" style="background: rgba(192, 57, 43, ${a})">${pct(s)}</td>`;
    });
    return `<tr><th scope="row">${escapeHtml(r)}</th>${cells.join('')}</tr>`;
  });
  return `<table><thead>${head}</thead><tbody>${body.join('')}</tbody></table>`;
}

export function html(rep: Report): string {
  const o = rep.outlets.groups;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Isnad corpus report</title>
<style>
body { font-family: system-ui, "Noto Sans Arabic", sans-serif; margin: 2rem; color: #222; max-width: 90rem; }
table { border-collapse: collapse; margin: 1rem 0 2rem; font-size: 0.9rem; }
th, td { border: 1px solid #ccc; padding: 0.3rem 0.5rem; vertical-align: top; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
thead th { background: #f3f3f3; }
ol { margin: 0; padding-inline-start: 1.2rem; }
.k { color: #666; font-size: 0.8rem; }
figure { margin: 1rem 0; }
</style>
</head>
<body>
<h1>Sourcing by outlet</h1>
<p>${int(rep.outlets.total.articles)} articles, ${int(rep.outlets.total.words)} words, ${int(rep.outlets.total.claims)} claims, analysed by Isnad (<code>${escapeHtml(rep.source)}</code>).
Shares are of claims. “Headline on an anonymous source” counts articles with the analyser's anonymous-headline warning.
Figures are the analyser's output, not a human reading: see the project's README for its measured accuracy.</p>
<figure>${shareChart(o, 'Claims by source kind, per outlet')}</figure>
<figure>${barChart(
    o,
    'Articles whose headline rests on an anonymous source',
    (g) => (g.articles ? g.anonymousHeadlines / g.articles : 0),
    (x) => pct(x),
  )}</figure>
<h2>By outlet</h2>
${htmlTable('outlet', rep.outlets)}
<h2>By category</h2>
<figure>${shareChart(rep.categories.groups, 'Claims by source kind, per category')}</figure>
${htmlTable('category', rep.categories)}
<h2>Share of claims on anonymous sources, outlet × category</h2>
${htmlMatrix(rep.matrix)}
${rep.skipped ? `<p>${int(rep.skipped)} lines could not be read.</p>` : ''}
</body>
</html>
`;
}
