import { describe, expect, it } from 'vitest';
import { groupSources, resolveName } from './sources';
import { fixtureAnalysis } from './test-articles';

describe('groupSources', () => {
  it('shows Human Rights Watch as one source, however the article shortens it', () => {
    const { analysis } = fixtureAnalysis('france24-sinai-hrw');
    const groups = groupSources(analysis.attributions, analysis.entities);
    const hrw = groups.filter(
      (g) => /هيومن|رايتس/.test(g.name) || g.items.some((a) => /هيومن|رايتس/.test(a.source.name)),
    );
    expect(hrw).toHaveLength(1);
    expect(hrw[0].name).toMatch(/هيومن رايتس ووتش/);
    // A shortened spelling (`رايتس ووتش`, or `هيومن` when the analyser reads the source short) joins the group.
    expect(hrw[0].spellings.some((x) => x !== hrw[0].name && hrw[0].name.includes(x))).toBe(true);
  });

  it('groups a back-referenced name with the entity it names («بشير» → «أسامة بشير»)', () => {
    const { analysis } = fixtureAnalysis('arabi21-baghouz');
    const groups = groupSources(analysis.attributions, analysis.entities);
    expect(groups.map((g) => g.name)).toEqual(['أسامة بشير', 'صهيب الجابر', 'جيا كرد', 'مصادر إعلامية سورية محلية']);
  });

  it('applies the reader’s rename and merge, and follows chains of renames', () => {
    const { analysis } = fixtureAnalysis('skynewsarabia-mi6');
    const names = {
      اللجنه: 'لجنة المخابرات والأمن في البرلمان',
      'تقرير صادر عن لجنه المخابرات والامن في البرلمان': 'لجنة المخابرات والأمن في البرلمان',
    };
    const groups = groupSources(analysis.attributions, analysis.entities, names);
    const committee = groups.find((g) => g.name === 'لجنة المخابرات والأمن في البرلمان')!;
    expect(committee.corrected).toBe(true);
    expect(committee.items.length).toBeGreaterThanOrEqual(5);
    expect(resolveName('أ', { ا: 'ب', ب: 'ج', ج: 'ا' })).toBe('ا');
  });
});
