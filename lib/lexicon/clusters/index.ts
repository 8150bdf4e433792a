import { fold } from '../../arabic/fold';
import data from './clusters.json';

/**
 * Word clusters learnt from 7.6 M words of Arabic news (clusters.json; how it is made: README.md beside it).
 * Each frequent word belongs to one class; a class is named by its bit-string path in a binary tree, so a prefix
 * of the path is a coarser cluster (`1010` holds `10100000` and `10100001`). Pure lookup, built on first use.
 */

interface ClusterFile {
  about: string;
  /** Bit-string path of each class. */
  paths: string[];
  /** Words of each class (folded, space-separated, most frequent first). */
  words: string[];
}

let byWord: Map<string, string> | undefined;

function table(): Map<string, string> {
  if (!byWord) {
    const f = data as ClusterFile;
    byWord = new Map();
    f.words.forEach((ws, c) => {
      const path = f.paths[c];
      if (ws) for (const w of ws.split(' ')) byWord?.set(w, path);
    });
  }
  return byWord;
}

/** The cluster path of a word already folded (`fold` of lib/analysis/entities/text.ts), or undefined. */
export function clusterOfFolded(folded: string): string | undefined {
  return table().get(folded);
}

/** The cluster path (bit string, e.g. `10100000`) of a word as written, or undefined for a rare word. */
export function clusterOf(word: string): string | undefined {
  return table().get(fold(word));
}
