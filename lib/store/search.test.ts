import { describe, expect, it } from 'vitest';
import { makeClaim, makeClaims } from './fixtures';
import { toStored } from './keys';
import { facets, queryTerms, searchClaims } from './search';

const records = makeClaims(200).map(toStored);

describe('search', () => {
  it('ignores hamza forms, ى/ي, ة/ه, diacritics and tatweel in both query and text', () => {
    const c = toStored({
      ...makeClaim(0),
      claim: 'أكّد مُصطفى أنّ الإتفاقيّة ستُوقَّع في مستشفى المدينة',
      note: 'ملاحظــة مهمة',
    });
    const others = makeClaims(20).slice(1).map(toStored);
    const all = [c, ...others];
    for (const q of ['اكد', 'مصطفي', 'ان الاتفاقيه', 'مستشفي المدينه', 'إتفاقية', 'ملاحظة', 'مُلاحَظة']) {
      expect(
        searchClaims(all, { text: q }).map((r) => r.id),
        q,
      ).toContain(c.id);
    }
    expect(searchClaims(all, { text: 'غير موجود' })).toEqual([]);
  });

  it('needs every query word (AND), in any field', () => {
    const both = searchClaims(records, { text: 'الصحة المستشفى' });
    expect(both.length).toBeGreaterThan(0);
    for (const r of both) {
      expect(r.searchKey).toContain('صحه');
      expect(r.searchKey).toContain('مستشفي');
    }
  });

  it('filters by effective kind, outlet, tag and date range', () => {
    const anon = searchClaims(records, { kind: 'anonymous' });
    expect(anon.length).toBe(records.filter((r) => (r.kindCorrection ?? r.source.kind) === 'anonymous').length);
    // A corrected record is found under its corrected kind, not its detected one.
    const corrected = records.find((r) => r.kindCorrection === 'anonymous')!;
    expect(anon.map((r) => r.id)).toContain(corrected.id);

    const outlet = records[50].outlet;
    expect(searchClaims(records, { outlet }).every((r) => r.outlet === outlet)).toBe(true);
    const tagged = searchClaims(records, { tag: 'صحة' });
    expect(tagged.length).toBe(records.filter((r) => r.tags.includes('صحة')).length);

    const inRange = searchClaims(records, { from: '2025-01-02', to: '2025-01-03' });
    expect(inRange.length).toBe(48); // one claim an hour, two full days
    expect(inRange.every((r) => r.savedAt >= '2025-01-02' && r.savedAt < '2025-01-04')).toBe(true);
    const published = searchClaims(records, { dateField: 'published', from: '2025-01-02', to: '2025-01-02' });
    expect(published.length).toBe(12); // only even ones carry a publication date
  });

  it('sorts newest, oldest, by outlet and by source', () => {
    const newest = searchClaims(records, { sort: 'newest' });
    expect(newest[0].id).toBe('c000199');
    expect(searchClaims(records, { sort: 'oldest' })[0].id).toBe('c000000');
    const byOutlet = searchClaims(records, { sort: 'outlet' }).map((r) => r.outlet);
    const coll = new Intl.Collator(['ar', 'en'], { sensitivity: 'base', numeric: true });
    for (let i = 1; i < byOutlet.length; i++) expect(coll.compare(byOutlet[i - 1], byOutlet[i])).toBeLessThanOrEqual(0);
    const bySource = searchClaims(records, { sort: 'source' }).map((r) => r.source.name);
    for (let i = 1; i < bySource.length; i++) expect(coll.compare(bySource[i - 1], bySource[i])).toBeLessThanOrEqual(0);
  });

  it('sorts by time even when offsets differ', () => {
    const a = toStored({ ...makeClaim(1), id: 'a', savedAt: '2025-05-01T10:00:00+03:00' }); // 07:00Z
    const b = toStored({ ...makeClaim(2), id: 'b', savedAt: '2025-05-01T08:00:00Z' });
    expect(searchClaims([a, b], { sort: 'newest' }).map((r) => r.id)).toEqual(['b', 'a']);
  });

  it('folds the query into words and lists facets', () => {
    expect(queryTerms('  أحمد   الخطيــب ')).toEqual(['احمد', 'خطيب']);
    const f = facets(records);
    expect(f.outlets.length).toBe(5);
    expect(f.tags).toContain('مهم');
  });

  it('ignores the article and fused prepositions: «مخابرات», «المخابرات», «للمخابرات» find the same claims (issue 12)', () => {
    const texts = ['قالت المخابرات إن', 'وفقًا لمصادر في مخابرات الجيش', 'نقل عن مسؤول للمخابرات', 'بحسب وبالمخابرات'];
    const rs = texts.map((claim, i) => toStored({ ...makeClaim(i), claim }));
    const hits = (q: string) =>
      searchClaims(rs, { text: q })
        .map((r) => r.claim)
        .sort();
    expect(hits('مخابرات')).toHaveLength(4);
    expect(hits('المخابرات')).toEqual(hits('مخابرات'));
    expect(hits('للمخابرات')).toEqual(hits('مخابرات'));
    expect(hits('والمخابرات')).toEqual(hits('مخابرات'));
  });

  it('finds an outlet by its Arabic or English name, whichever was stored («سكاي» → Sky News Arabia)', () => {
    const r = toStored({ ...makeClaim(0), outlet: 'Sky News Arabia', claim: 'نص', title: 'عنوان' });
    expect(searchClaims([r], { text: 'سكاي' })).toHaveLength(1);
    expect(searchClaims([r], { text: 'sky' })).toHaveLength(1);
    expect(searchClaims([r], { text: 'الجزيرة' })).toHaveLength(0);
  });

  it('searches 10,000 records well under 200 ms', () => {
    const many = makeClaims(10_000).map(toStored);
    const t0 = performance.now();
    const r = searchClaims(many, { text: 'الاتفاقيه', kind: 'person', sort: 'newest' });
    const ms = performance.now() - t0;
    expect(r.length).toBeGreaterThan(0);
    expect(ms).toBeLessThan(200);
  });
});
