import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../analysis/schema';
import { makeClaim, makeClaims } from './fixtures';
import { exportClaims, exportFileMeta, exportPageClaims, parseImport } from './formats';
import { CSV_COLUMNS, csvCell } from './formats/csv';
import { IsnadExportSchema } from './formats/json';
import { mdEscape } from './formats/markdown';
import { claimsFromAnalysis } from './formats/page';
import { SavedClaimSchema } from './schema';

const AT = '2026-01-02T03:04:05.000Z';
const claims = makeClaims(30);

describe('JSON export', () => {
  it('is a versioned file that its own schema accepts, with every claim intact', () => {
    const f = exportClaims(claims, 'json', { exportedAt: AT, scope: 'library' });
    expect(f.filename).toBe('isnad-library-2026-01-02.json');
    const data = IsnadExportSchema.parse(JSON.parse(f.text));
    expect(data).toMatchObject({ format: 'isnad', version: 1, exportedAt: AT });
    expect(data.claims).toEqual(claims);
  });
});

describe('CSV export', () => {
  it('starts with a BOM, uses CRLF and survives a real CSV parser with Arabic, commas, quotes and newlines', () => {
    const tricky = {
      ...makeClaim(1),
      note: 'سطر أول\nسطر "ثانٍ", مع فاصلة',
      claim: '=HYPERLINK("http://evil")',
      tags: ['أ', 'ب'],
    };
    const { text, mime } = exportClaims([tricky, ...claims], 'csv', { exportedAt: AT, scope: 'page' });
    expect(mime).toContain('text/csv');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.endsWith('\r\n')).toBe(true);
    // Every record separator outside quotes is CRLF: no bare LF once quoted fields are removed.
    expect(text.replace(/"(?:[^"]|"")*"/g, '').replace(/\r\n/g, '')).not.toContain('\n');
    const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...CSV_COLUMNS]);
    expect(parsed.data).toHaveLength(claims.length + 1);
    const row = parsed.data[0];
    expect(row.note).toBe(tricky.note);
    expect(row.claim).toBe(`'${tricky.claim}`); // formula guard
    expect(row.tags).toBe('أ | ب');
    const second = parsed.data[1];
    expect(second.source_name).toBe(claims[0].source.name);
    expect(second.position_start).toBe(String(claims[0].position!.start));
    expect(second.effective_kind).toBe(claims[0].kindCorrection ?? claims[0].source.kind);
  });

  it('quotes only the fields that need it', () => {
    expect(csvCell('عادي')).toBe('عادي');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('-5')).toBe("'-5");
  });
});

describe('Markdown export', () => {
  it('groups by page and escapes page text so it cannot become a link or HTML', () => {
    const evil = { ...makeClaim(2), claim: '[click](javascript:alert(1)) <img src=x>', title: '# title' };
    const { text } = exportClaims([evil, makeClaim(3)], 'markdown', { exportedAt: AT, scope: 'library' });
    expect(text).toContain('\\[click\\]\\(javascript:alert\\(1\\)\\) \\<img src=x\\>');
    expect(text).not.toContain('](javascript');
    expect(text).toContain(`## [\\# title](${evil.url})`);
    expect(text).toContain('> ');
    expect(mdEscape('a*b_c')).toBe('a\\*b\\_c');
  });
});

describe('W3C Web Annotation export', () => {
  it('is an AnnotationCollection whose first page holds one Annotation per claim', () => {
    const { text, filename } = exportClaims(claims, 'w3c', { exportedAt: AT, scope: 'library' });
    expect(filename.endsWith('.jsonld')).toBe(true);
    const col = JSON.parse(text);
    expect(col['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(col.type).toBe('AnnotationCollection');
    expect(col.total).toBe(claims.length);
    expect(col.first.type).toBe('AnnotationPage');
    const a = col.first.items[0];
    expect(a.type).toBe('Annotation');
    expect(a.target).toMatchObject({ type: 'SpecificResource', source: claims[0].url });
    expect(a.target.selector[0]).toEqual(claims[0].quote);
    // The analysed-text offsets are Isnad's own; a TextPositionSelector is only written in the page's text.
    expect(a.target.selector).toHaveLength(1);
    expect(a['isnad:textPosition']).toEqual({
      'isnad:start': claims[0].position!.start,
      'isnad:end': claims[0].position!.end,
    });
    const ident = a.body.find((b: { purpose: string }) => b.purpose === 'describing');
    expect(ident.value).toBe(claims[0].source.name);
    expect(ident['isnad:kind']).toBe(claims[0].source.kind);
  });
});

describe('import', () => {
  it('reads back both own formats', () => {
    for (const format of ['json', 'w3c'] as const) {
      const { text } = exportClaims(claims, format, { exportedAt: AT, scope: 'library' });
      const r = parseImport(text);
      expect(r.ok, format).toBe(true);
      if (r.ok) expect(r.claims).toEqual(claims);
    }
  });

  it('refuses malformed and foreign files with the failing path', () => {
    const bad = (text: string) => {
      const r = parseImport(text);
      expect(r.ok).toBe(false);
      return r.ok ? '' : r.errors.join('\n');
    };
    expect(bad('{not json')).toMatch(/^file: not valid JSON/);
    expect(bad('{"name":"x","version":"1.0"}')).toMatch(/neither an Isnad export/);
    expect(bad('[1,2]')).toMatch(/neither/);
    expect(bad('{"format":"other","version":1}')).toMatch(/^format: expected "isnad"/);
    const json = JSON.parse(exportClaims(claims, 'json', { exportedAt: AT, scope: 'library' }).text);
    json.claims[3].source.kind = 'alien';
    expect(bad(JSON.stringify(json))).toMatch(/^claims\[3\]\.source\.kind: /);
    delete json.claims[3].source.kind;
    json.claims[3].source.kind = 'person';
    json.claims[5].quote.exact = '';
    expect(bad(JSON.stringify(json))).toMatch(/^claims\[5\]\.quote\.exact: /);
    json.claims[5].quote.exact = 'x';
    json.version = 2;
    expect(bad(JSON.stringify(json))).toMatch(/^version: /);

    const w3c = JSON.parse(exportClaims(claims, 'w3c', { exportedAt: AT, scope: 'library' }).text);
    w3c.first.items[2].target.selector = [{ type: 'CssSelector', value: 'p' }];
    expect(bad(JSON.stringify(w3c))).toMatch(
      /^first\.items\[2\]\.target: no target with a source and a TextQuoteSelector/,
    );
    w3c.first.items[2].type = 'Note';
    expect(bad(JSON.stringify(w3c))).toMatch(/^first\.items\[2\]\.type: /);
  });

  it('takes a foreign W3C annotation with neutral values for missing Isnad fields', () => {
    const foreign = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'https://example.org/anno/1',
      type: 'Annotation',
      created: '2024-03-05T10:00:00Z',
      body: [
        { type: 'TextualBody', value: 'مهم للتحقق' },
        { type: 'TextualBody', purpose: 'tagging', value: 'تحقق' },
      ],
      target: {
        source: 'https://news.example/a.html',
        selector: { type: 'TextQuoteSelector', exact: 'قال الوزير إن الاتفاق قريب', prefix: 'أمس ', suffix: '.' },
      },
    };
    const r = parseImport(JSON.stringify(foreign));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const [c] = r.claims;
    expect(SavedClaimSchema.parse(c)).toEqual(c);
    expect(c).toMatchObject({
      claim: 'قال الوزير إن الاتفاق قريب',
      url: 'https://news.example/a.html',
      note: 'مهم للتحقق',
      tags: ['تحقق'],
      savedAt: '2024-03-05T10:00:00Z',
      position: null,
      origin: 'selection',
      source: { kind: 'anonymous', name: '', mention: null },
    });
    // Same file, same id: importing it twice adds nothing.
    const again = parseImport(JSON.stringify([foreign]));
    expect(again.ok && again.claims[0].id).toBe(c.id);
  });
});

describe('page export', () => {
  const text = 'عنوان\n\nقال الوزير إن الاتفاق قريب. وأفادت مصادر بأن الجولة المقبلة في القاهرة.';
  const span = (s: string) => {
    const start = text.indexOf(s);
    return { text: s, start, end: start + s.length };
  };
  const analysis: Analysis = {
    version: 1,
    attributions: [
      {
        id: 'a2',
        cue: span('وأفادت'),
        source: { kind: 'anonymous', name: 'مصادر', mention: span('مصادر') },
        claim: span('الجولة المقبلة في القاهرة'),
        why: { rule: 'r', cue: 'أفاد' },
        confidence: 0.8,
      },
      {
        id: 'a1',
        cue: span('قال'),
        source: { kind: 'person', name: 'الوزير', mention: span('الوزير') },
        claim: span('الاتفاق قريب'),
        why: { rule: 'r', cue: 'قال' },
        confidence: 0.9,
      },
    ],
    entities: [],
    warnings: [],
    summary: {
      claims: 2,
      claimsByKind: { person: 1, organization: 0, anonymous: 1 },
      distinctSources: { named: 1, anonymous: 1 },
      anonymousShare: 0.5,
    },
  };
  const page = { url: 'https://news.example/p.html', title: 'عنوان', outlet: 'عربي21', published: '2025-02-01', text };

  it('lists every detected claim in reading order, keeping a saved claim as saved', () => {
    const list = claimsFromAnalysis(analysis, page, { exportedAt: AT });
    expect(list.map((c) => c.claim)).toEqual(['الاتفاق قريب', 'الجولة المقبلة في القاهرة']);
    for (const c of list) {
      expect(SavedClaimSchema.parse(c)).toEqual(c);
      expect(text.slice(c.position!.start, c.position!.end)).toBe(c.quote.exact);
      expect(c.published).toBe('2025-02-01');
    }
    const saved = { ...list[1], id: 'mine', note: 'ملاحظتي', tags: ['مهم'] };
    const merged = claimsFromAnalysis(analysis, page, { exportedAt: AT, saved: [saved] });
    expect(merged[1]).toBe(saved);
    const file = exportPageClaims(analysis, page, 'csv', { exportedAt: AT, saved: [saved] });
    expect(file.filename).toBe('isnad-page-2026-01-02.csv');
    const rows = Papa.parse<Record<string, string>>(file.text.slice(1), { header: true, skipEmptyLines: true }).data;
    expect(rows.map((r) => r.note)).toEqual(['', 'ملاحظتي']);
    const md = exportPageClaims(analysis, page, 'markdown', { exportedAt: AT }).text;
    expect(md.split('\n')[0]).toBe('# إسناد · Isnad — عنوان');
  });
});

describe('exports of hostile text (issue 14)', () => {
  it('keeps a tag with blank lines, HTML and a javascript: link inside the Markdown text', () => {
    const evil = 'x`\n\n<img src=x onerror=alert(1)>\n\n[click](javascript:alert(1))\n\n`';
    const md = exportClaims([{ ...makeClaim(1), tags: [evil], note: evil }], 'markdown', {
      exportedAt: '2026-01-01T00:00:00Z',
      scope: 'library',
    }).text;
    const lines = md.split('\n');
    expect(lines.some((l) => l.startsWith('<'))).toBe(false);
    expect(md).not.toMatch(/(^|[^\\])<img/m);
    expect(md).not.toMatch(/\]\(javascript:/);
    expect(md).not.toMatch(/[^\\]`/);
  });

  it('refuses tags with line breaks or control characters, and over-long fields', () => {
    const ok = makeClaim(1);
    expect(SavedClaimSchema.safeParse(ok).success).toBe(true);
    for (const tag of ['a\nb', 'a\u0000b', 'a\tb', 'a\u2028b'])
      expect(SavedClaimSchema.safeParse({ ...ok, tags: [tag] }).success).toBe(false);
    expect(SavedClaimSchema.safeParse({ ...ok, claim: 'ق'.repeat(50_000) }).success).toBe(false);
    expect(SavedClaimSchema.safeParse({ ...ok, note: 'ق'.repeat(200_000) }).success).toBe(false);
    expect(SavedClaimSchema.safeParse({ ...ok, source: { ...ok.source, name: 'ق'.repeat(1000) } }).success).toBe(false);
    expect(SavedClaimSchema.safeParse({ ...ok, url: `https://x.example/${'a'.repeat(10_000)}` }).success).toBe(false);
  });

  it('neutralises a formula after a semicolon, a tab or a line break in a CSV cell', () => {
    expect(csvCell('x;=1+1')).toBe("x;'=1+1");
    expect(csvCell('x; +1')).toBe("x; '+1");
    expect(csvCell('x\t@SUM(A1)')).toBe("x\t'@SUM(A1)");
    expect(csvCell('x\n-2')).toBe('"x\n\'-2"');
    expect(csvCell('=1;=2')).toBe("'=1;'=2");
    expect(csvCell('a-b; c=d')).toBe('a-b; c=d');
  });

  it('names an export and gives its type from the format alone (the panel does, not the page)', () => {
    const at = '2026-01-02T03:04:05Z';
    const made = exportClaims([makeClaim(1)], 'csv', { exportedAt: at, scope: 'page' });
    expect(exportFileMeta('csv', 'page', at)).toEqual({ filename: made.filename, mime: made.mime });
    expect(exportFileMeta('markdown', 'page', at).filename).toBe('isnad-page-2026-01-02.md');
  });
});
