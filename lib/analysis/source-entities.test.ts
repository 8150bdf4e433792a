import { describe, expect, it } from 'vitest';
import type { Attribution, Entity } from './schema';
import { sourcePeople } from './source-entities';

const attr = (name: string, kind: Attribution['source']['kind'] = 'person', role = 'المتحدث'): Attribution => ({
  id: 'a',
  cue: { text: 'قال', start: 0, end: 3 },
  source: { kind, name, role, mention: null },
  claim: { text: 'x', start: 0, end: 1 },
  why: { rule: 'test', cue: 'قال' },
  confidence: 1,
});

describe('sourcePeople', () => {
  const text =
    'وقال المتحدث "نور حسين" إن الوضع هادئ. وأضاف نور حسين أن الاتفاق صامد. وقال الرئيس التركي إن بلاده مستعدة.';
  it('adds a named person source that the recogniser missed, with every mention', () => {
    const out = sourcePeople(text, [attr('نور حسين')], []);
    expect(out).toHaveLength(1);
    expect(out[0].mentions.map((m) => text.slice(m.start, m.end))).toEqual(['نور حسين', 'نور حسين']);
  });
  it('leaves out offices, anonymous sources and names already known', () => {
    const known: Entity = { id: 'e', name: 'نور حسين', type: 'person', aliases: [], mentions: [] };
    expect(sourcePeople(text, [attr('الرئيس التركي')], [])).toEqual([]);
    expect(sourcePeople(text, [attr('نور حسين', 'anonymous')], [])).toEqual([]);
    expect(sourcePeople(text, [attr('نور حسين')], [known])).toEqual([]);
    // Without a title or office beside it, a two-word source is not taken for a name.
    expect(sourcePeople(text, [attr('نور حسين', 'person', '')], [])).toEqual([]);
  });
  it('does not match inside a longer word', () => {
    expect(sourcePeople('قال سامر خالدي شيئا', [attr('سامر خالد')], [])).toEqual([]);
  });
});
