/**
 * The reader's outlet profile: for every page Isnad analyses as an article, one small record — the page's
 * URL, its outlet, dates and the sourcing counts. Never the article's text. Schemas and pure figures only (no
 * Dexie, no browser API): the content script imports the message schema, the library and the panel the
 * figures. The database side is lib/store/profile.ts.
 */
import { z } from 'zod';
import { SourceKindSchema } from '../analysis/schema';
import { outletByUrl } from '../page/outlets';

/** Sources kept per article (the most cited); the outlet view shows the most cited over all its articles. */
export const MAX_READ_SOURCES = 10;
const Count = z.number().int().nonnegative().max(1_000_000);

export const ReadOutletSchema = z.object({
  id: z.string().min(1).max(200),
  nameAr: z.string().max(200),
  nameEn: z.string().max(200),
});
export type ReadOutlet = z.infer<typeof ReadOutletSchema>;

export const ReadSourceSchema = z.object({ name: z.string().min(1).max(200), kind: SourceKindSchema, claims: Count });

export const ReadRecordSchema = z.object({
  url: z.string().min(1).max(4096),
  outlet: ReadOutletSchema,
  /** The article's publication date as the page gives it, or null. */
  published: z.string().max(100).nullable(),
  /** When the reader (last) read it. */
  readAt: z.iso.datetime({ offset: true }),
  claims: z.object({ person: Count, organization: Count, anonymous: Count }),
  /** The headline rests on an anonymous source (the analyser's anonymous-headline warning). */
  anonymousHeadline: z.boolean(),
  sources: z.array(ReadSourceSchema).max(MAX_READ_SOURCES),
});
export type ReadRecord = z.infer<typeof ReadRecordSchema>;

/** content script → background. The page's URL is the sender's, never a field of the message. */
export const ProfileReadMessageSchema = z.object({
  type: z.literal('profile-read'),
  published: z.string().max(100).nullable(),
  claims: ReadRecordSchema.shape.claims,
  anonymousHeadline: z.boolean(),
  sources: ReadRecordSchema.shape.sources,
});
export type ProfileReadMessage = z.infer<typeof ProfileReadMessageSchema>;

/** side panel → background: the one line of context for the article at `url`. */
export const ProfileContextMessageSchema = z.object({ type: z.literal('profile-context'), url: z.string().max(4096) });
export interface ProfileContext {
  on: boolean;
  outlet: ReadOutlet;
  /** Articles of this outlet the reader has read (this one included when recorded). */
  articles: number;
  claims: number;
  /** Share of those articles' claims resting on anonymous sources, 0..1 (null without claims). */
  anonymousShare: number | null;
}

/** The address a record is keyed by: without the fragment (`#isnad=…`, in-page anchors). */
export function recordUrl(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    u.hash = '';
    return u.href;
  } catch {
    return null;
  }
}

/**
 * The outlet of a URL, from the URL alone (a page cannot claim to be another outlet): a known outlet by host
 * and path (lib/page/outlets.ts), else the host name without `www.`.
 */
export function outletOfUrl(url: string): ReadOutlet {
  const known = outletByUrl(url);
  if (known) return known;
  let host = url;
  try {
    host = new URL(url).hostname.replace(/^www\./, '');
  } catch {}
  return { id: host, nameAr: host, nameEn: host };
}

/** The message the content script sends after the complete analysis of an article. */
export function profileReadMessage(
  analysis: {
    attributions: { source: { kind: z.infer<typeof SourceKindSchema>; name: string } }[];
    warnings: { kind: string }[];
  },
  published: string | null,
): ProfileReadMessage {
  const claims = { person: 0, organization: 0, anonymous: 0 };
  const sources = new Map<string, { name: string; kind: z.infer<typeof SourceKindSchema>; claims: number }>();
  for (const a of analysis.attributions) {
    claims[a.source.kind]++;
    const name = a.source.name.slice(0, 200);
    if (!name) continue;
    const key = `${a.source.kind}\u0000${name}`;
    const s = sources.get(key);
    if (s) s.claims++;
    else sources.set(key, { name, kind: a.source.kind, claims: 1 });
  }
  return {
    type: 'profile-read',
    published: published ? published.slice(0, 100) : null,
    claims,
    anonymousHeadline: analysis.warnings.some((w) => w.kind === 'anonymous-headline'),
    sources: [...sources.values()].sort((x, y) => y.claims - x.claims).slice(0, MAX_READ_SOURCES),
  };
}

// ── figures ─────────────────────────────────────────────────────────────────────────────────────────

export interface OutletMonth {
  /** YYYY-MM of readAt. */
  month: string;
  articles: number;
  claims: number;
  anonymous: number;
}

export interface OutletStats {
  outlet: ReadOutlet;
  articles: number;
  claims: number;
  byKind: { person: number; organization: number; anonymous: number };
  /** 0..1, null without claims. */
  anonymousShare: number | null;
  anonymousHeadlines: number;
  months: OutletMonth[];
  topSources: { name: string; kind: z.infer<typeof SourceKindSchema>; claims: number }[];
}

const total = (c: ReadRecord['claims']) => c.person + c.organization + c.anonymous;

/**
 * Running totals per outlet, kept in one record beside the reads (profile.ts) so the view reads one record,
 * not every article: each read adds itself (sign 1) and a re-read first takes its old record out (sign -1).
 */
export interface OutletTotals {
  outlet: ReadOutlet;
  articles: number;
  byKind: { person: number; organization: number; anonymous: number };
  anonymousHeadlines: number;
  months: Record<string, OutletMonth>;
  sources: Record<string, { name: string; kind: z.infer<typeof SourceKindSchema>; claims: number }>;
}
export type ProfileTotals = Record<string, OutletTotals>;

export function addToTotals(t: ProfileTotals, r: ReadRecord, sign: 1 | -1): void {
  let g = t[r.outlet.id];
  if (!g) {
    g = {
      outlet: r.outlet,
      articles: 0,
      byKind: { person: 0, organization: 0, anonymous: 0 },
      anonymousHeadlines: 0,
      months: {},
      sources: {},
    };
    t[r.outlet.id] = g;
  }
  g.articles += sign;
  g.byKind.person += sign * r.claims.person;
  g.byKind.organization += sign * r.claims.organization;
  g.byKind.anonymous += sign * r.claims.anonymous;
  if (r.anonymousHeadline) g.anonymousHeadlines += sign;
  const month = r.readAt.slice(0, 7);
  const m = g.months[month] ?? { month, articles: 0, claims: 0, anonymous: 0 };
  m.articles += sign;
  m.claims += sign * total(r.claims);
  m.anonymous += sign * r.claims.anonymous;
  if (m.articles > 0) g.months[month] = m;
  else delete g.months[month];
  for (const src of r.sources) {
    const key = `${src.kind}\u0000${src.name}`;
    const x = g.sources[key] ?? { name: src.name, kind: src.kind, claims: 0 };
    x.claims += sign * src.claims;
    if (x.claims > 0) g.sources[key] = x;
    else delete g.sources[key];
  }
  if (g.articles <= 0) delete t[r.outlet.id];
}

export function totalsOf(records: readonly ReadRecord[]): ProfileTotals {
  const t: ProfileTotals = {};
  for (const r of records) addToTotals(t, r, 1);
  return t;
}

/** Code-unit order: deterministic, and free of the collator's cost (ICU's set-up alone takes ~100 ms). */
const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

type SourceCount = OutletStats['topSources'][number];
/** `a` ranks before `b`: more claims first, then by name. */
const ranksBefore = (a: SourceCount, b: SourceCount) => (a.claims !== b.claims ? a.claims > b.claims : a.name < b.name);

/**
 * The `n` most cited sources, in one pass over them (an outlet read for years holds tens of thousands of
 * source names; sorting them all on every view opening took ~0.5 s for 5,000 articles).
 */
export function topSourcesOf(sources: Iterable<SourceCount>, n: number): SourceCount[] {
  const top: SourceCount[] = [];
  for (const s of sources) {
    if (top.length === n && !ranksBefore(s, top[n - 1])) continue;
    let k = top.length < n ? top.length : n - 1;
    while (k > 0 && ranksBefore(s, top[k - 1])) {
      top[k] = top[k - 1];
      k--;
    }
    top[k] = s;
  }
  return top;
}

/** Per outlet, most-read first: articles, claims by kind, anonymous share, months, most cited sources. */
export function statsFromTotals(t: ProfileTotals, topN = 5): OutletStats[] {
  return Object.values(t)
    .map((g) => {
      const claims = g.byKind.person + g.byKind.organization + g.byKind.anonymous;
      return {
        outlet: g.outlet,
        articles: g.articles,
        claims,
        byKind: g.byKind,
        anonymousShare: claims ? g.byKind.anonymous / claims : null,
        anonymousHeadlines: g.anonymousHeadlines,
        months: Object.values(g.months).sort((a, b) => byCode(a.month, b.month)),
        topSources: topSourcesOf(Object.values(g.sources), topN).map((s) => ({ ...s })),
      };
    })
    .sort((a, b) => b.articles - a.articles || byCode(a.outlet.id, b.outlet.id));
}

export function outletStats(records: readonly ReadRecord[], topN = 5): OutletStats[] {
  return statsFromTotals(totalsOf(records), topN);
}

/** Stable order for export: by URL. */
export function readsInOrder(records: readonly ReadRecord[]): ReadRecord[] {
  return [...records].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}

/** A record with exactly the schema's keys in the schema's order (what export writes). */
export function canonicalRead(r: ReadRecord): ReadRecord {
  return {
    url: r.url,
    outlet: { id: r.outlet.id, nameAr: r.outlet.nameAr, nameEn: r.outlet.nameEn },
    published: r.published,
    readAt: r.readAt,
    claims: { person: r.claims.person, organization: r.claims.organization, anonymous: r.claims.anonymous },
    anonymousHeadline: r.anonymousHeadline,
    sources: r.sources.map((s) => ({ name: s.name, kind: s.kind, claims: s.claims })),
  };
}
