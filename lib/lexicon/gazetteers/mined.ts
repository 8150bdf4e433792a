import { stem } from '../../analysis/entities/text';
import data from './mined.json';

/**
 * Names mined from 7.6 M words of Arabic news (mined.json, made by scripts/ner/mine-names.ts): persons named
 * after titles and reporting verbs, organisations with their bracketed acronyms. A tagger feature (a span that
 * matches one), and acronym ↔ full-name pairs for the linker. Keys are `stem` of the folded words.
 */

interface MinedFile {
  about: string;
  persons: string[];
  /** [full name, acronym or short form], folded. */
  organizations: [string, string][];
}

export type MinedType = 'P' | 'O' | 'A';

interface Node {
  next: Map<string, Node>;
  type?: MinedType;
}

let trie: Node | undefined;
let acronyms: Map<string, string[]> | undefined;

function build(): Node {
  if (trie) return trie;
  const root: Node = { next: new Map() };
  const add = (form: string, type: MinedType) => {
    let node = root;
    for (const w of form.split(' ')) {
      const k = stem(w);
      let nx = node.next.get(k);
      if (!nx) {
        nx = { next: new Map() };
        node.next.set(k, nx);
      }
      node = nx;
    }
    if (!node.type) node.type = type;
  };
  const f = data as MinedFile;
  for (const p of f.persons) add(p, 'P');
  for (const [full, acr] of f.organizations) {
    add(full, 'O');
    add(acr, 'A');
  }
  trie = root;
  return root;
}

/** Longest mined name starting at `i` over stemmed folded keys: its end (exclusive) and type. */
export function minedAt(keys: readonly string[], i: number): { end: number; type: MinedType } | undefined {
  let node: Node | undefined = build();
  let best: { end: number; type: MinedType } | undefined;
  for (let j = i; j < keys.length; j++) {
    node = node.next.get(keys[j]);
    if (!node) break;
    if (node.type) best = { end: j + 1, type: node.type };
  }
  return best;
}

/** Full names (stemmed keys, space-joined) an acronym or short form stands for, e.g. `قسد` → `قوات سوريا ديمقراطيه`. */
export function minedFullNames(acronymKey: string): readonly string[] {
  if (!acronyms) {
    acronyms = new Map();
    for (const [full, acr] of (data as MinedFile).organizations) {
      const k = stem(acr);
      const list = acronyms.get(k) ?? [];
      list.push(full.split(' ').map(stem).join(' '));
      acronyms.set(k, list);
    }
  }
  return acronyms.get(acronymKey) ?? [];
}

let personWords: Set<string> | undefined;
/** Whether a stemmed folded word is part of a mined person's name (`كفوري`, `بيومي`): a name's word, not a verb. */
export function isMinedPersonWord(key: string): boolean {
  if (!personWords) personWords = new Set((data as MinedFile).persons.flatMap((p) => p.split(' ').map(stem)));
  return personWords.has(key);
}
