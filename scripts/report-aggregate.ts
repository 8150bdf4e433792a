/**
 * Sourcing figures per group (outlet, category) from corpus-run records (scripts/corpus/record.ts).
 * Pure: records in, rows out; scripts/report.ts reads the file and writes Markdown and HTML.
 */
import { foldArabic } from '../lib/arabic/normalize';

/** The fields of an output line the report reads. */
export interface RunRecord {
  id: string;
  outlet?: string;
  category?: string;
  words: number;
  attributions: { source: { kind: 'person' | 'organization' | 'anonymous'; name: string } }[];
  warnings: { kind: string }[];
}

export interface SourceCount {
  name: string;
  kind: 'person' | 'organization' | 'anonymous';
  claims: number;
}

export interface GroupRow {
  group: string;
  articles: number;
  words: number;
  claims: number;
  claimsPer1000Words: number;
  /** Shares of claims, 0..1 (0 when there are no claims). */
  share: { anonymous: number; person: number; organization: number };
  /** Articles whose headline rests on an anonymous source (the analyser's `anonymous-headline` warning). */
  anonymousHeadlines: number;
  topSources: SourceCount[];
}

const TOP = 5;

class Group {
  articles = 0;
  words = 0;
  kinds = { person: 0, organization: 0, anonymous: 0 };
  anonymousHeadlines = 0;
  /** folded kind+name → count and the first spelling seen. */
  sources = new Map<string, SourceCount>();

  add(r: RunRecord): void {
    this.articles++;
    this.words += r.words;
    for (const a of r.attributions) {
      this.kinds[a.source.kind]++;
      const key = `${a.source.kind}\u0000${foldArabic(a.source.name)}`;
      const s = this.sources.get(key);
      if (s) s.claims++;
      else this.sources.set(key, { name: a.source.name, kind: a.source.kind, claims: 1 });
    }
    if (r.warnings.some((w) => w.kind === 'anonymous-headline')) this.anonymousHeadlines++;
  }

  row(group: string): GroupRow {
    const claims = this.kinds.person + this.kinds.organization + this.kinds.anonymous;
    const share = (n: number) => (claims ? n / claims : 0);
    const topSources = [...this.sources.values()]
      .sort((a, b) => b.claims - a.claims || a.name.localeCompare(b.name))
      .slice(0, TOP);
    return {
      group,
      articles: this.articles,
      words: this.words,
      claims,
      claimsPer1000Words: this.words ? (claims * 1000) / this.words : 0,
      share: {
        anonymous: share(this.kinds.anonymous),
        person: share(this.kinds.person),
        organization: share(this.kinds.organization),
      },
      anonymousHeadlines: this.anonymousHeadlines,
      topSources,
    };
  }
}

/** Accumulates records; `rows()` gives one row per value of the key, largest first, then "all". */
export class Aggregate {
  private groups = new Map<string, Group>();
  private all = new Group();
  constructor(private key: (r: RunRecord) => string) {}

  add(r: RunRecord): void {
    const k = this.key(r);
    let g = this.groups.get(k);
    if (!g) {
      g = new Group();
      this.groups.set(k, g);
    }
    g.add(r);
    this.all.add(r);
  }

  rows(): { groups: GroupRow[]; total: GroupRow } {
    const groups = [...this.groups].map(([k, g]) => g.row(k)).sort((a, b) => b.articles - a.articles);
    return { groups, total: this.all.row('all') };
  }
}

/** Anonymous share of claims per outlet × category (null where the cell has no claims). */
export class Matrix {
  private cells = new Map<string, { anon: number; claims: number }>();
  readonly rowKeys = new Set<string>();
  readonly colKeys = new Set<string>();

  add(r: RunRecord): void {
    const row = r.outlet ?? 'unknown';
    const col = r.category ?? 'unknown';
    this.rowKeys.add(row);
    this.colKeys.add(col);
    const key = `${row}\u0000${col}`;
    const c = this.cells.get(key) ?? { anon: 0, claims: 0 };
    c.claims += r.attributions.length;
    c.anon += r.attributions.filter((a) => a.source.kind === 'anonymous').length;
    this.cells.set(key, c);
  }

  share(row: string, col: string): number | null {
    const c = this.cells.get(`${row}\u0000${col}`);
    return c?.claims ? c.anon / c.claims : null;
  }
}

/** Checks that a parsed line has what the report reads; returns a message when it does not. */
export function recordProblem(x: unknown): string | null {
  if (!x || typeof x !== 'object') return 'not a JSON object';
  const r = x as Partial<RunRecord> & { error?: unknown };
  if (typeof r.id !== 'string') return 'no "id"';
  if (typeof r.words !== 'number') return 'no "words" (not a corpus-run record?)';
  if (!Array.isArray(r.attributions) || !Array.isArray(r.warnings)) return 'no "attributions" / "warnings"';
  return null;
}
