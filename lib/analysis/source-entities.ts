import { foldArabic } from '../arabic/normalize';
import type { Attribution, Entity } from './schema';

const ARABIC_LETTER = /[\u0621-\u064A\u0671-\u06D3]/;

/**
 * People the attribution rules identified as named sources but the entity recogniser missed (a name it has
 * never seen, often in quotation marks after a title: `المسؤول الإعلامي في قسد "جيا كرد"`). A source becomes a
 * person entity when its resolved name looks like a personal name — two to four words, the first without the
 * article `ال` (an office such as `الرئيس التركي` is a source but not a name) — and no entity already has that
 * form. Its mentions are the name's whole-word occurrences in the text. Linear in the text per added name.
 */
export function sourcePeople(text: string, attributions: Attribution[], entities: Entity[]): Entity[] {
  const known = new Set<string>();
  for (const e of entities)
    for (const f of [e.name, ...e.aliases, ...e.mentions.map((m) => m.text)]) known.add(foldArabic(f));
  const added: Entity[] = [];
  for (const a of attributions) {
    if (a.source.kind !== 'person' || !a.source.role) continue;
    const name = a.source.name.trim();
    const words = name.split(/\s+/);
    if (words.length < 2 || words.length > 4 || words[0].startsWith('ال') || !ARABIC_LETTER.test(name)) continue;
    const key = foldArabic(name);
    if (known.has(key) || [...known].some((k) => k.includes(key) || (k.length > 3 && key.includes(k)))) continue;
    const mentions = wholeWordOccurrences(text, name);
    if (!mentions.length) continue;
    known.add(key);
    added.push({ id: `src-${added.length}`, name, type: 'person', aliases: [], mentions });
  }
  return added;
}

function wholeWordOccurrences(text: string, name: string): Entity['mentions'] {
  const out: Entity['mentions'] = [];
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length)) {
    const before = text[i - 1] ?? ' ';
    const after = text[i + name.length] ?? ' ';
    if (!ARABIC_LETTER.test(after) && (!ARABIC_LETTER.test(before) || 'وفبل'.includes(before))) {
      out.push({ text: name, start: i, end: i + name.length });
    }
  }
  return out;
}
