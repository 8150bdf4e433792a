import { describe, expect, it } from 'vitest';
import { chainsOf } from './chain';
import { fixtureAnalysis } from './test-articles';

describe('chain of sources (derived from attributions with the same or a nested claim)', () => {
  it('«تقول وزارة الدفاع الروسية إن …، حسبما نقلت وكالات أنباء»: agencies (anonymous) ← ministry', () => {
    const { analysis } = fixtureAnalysis('bbcarabic-ghouta');
    const ministry = analysis.attributions.find((a) => a.source.name === 'وزارة الدفاع الروسية')!;
    const chain = chainsOf(analysis.attributions).get(ministry.id)!;
    expect(chain.links.map((l) => l.source.name)).toEqual(['وكالات أنباء', 'وزارة الدفاع الروسية']);
    expect(chain.weakest).toBe('anonymous');
    // «وأفادت تقارير بأن روسيا … قد أبلغت جماعة جيش الإسلام …»: the reports hold the inner attribution.
    const army = analysis.attributions.find((a) => a.source.name.includes('جيش الإسلام') && a.cue.text === 'أبلغت')!;
    expect(
      chainsOf(analysis.attributions)
        .get(army.id)!
        .links.map((l) => l.source.kind),
    ).toEqual(['anonymous', 'organization']);
  });

  it('leaves a claim with one source as a chain of one', () => {
    const { analysis } = fixtureAnalysis('arabi21-baghouz');
    const chains = chainsOf(analysis.attributions);
    for (const a of analysis.attributions) expect(chains.get(a.id)!.links).toEqual([a]);
  });
});
