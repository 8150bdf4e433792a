import type { Entity } from '../schema';
import { linkMentions } from './link';
import { recognize } from './recognize';

/**
 * People, organisations and places named in an article, each listed once with its other forms as aliases and
 * every mention's UTF-16 offsets (`text.slice(start, end) === mention.text`). Linear in the text's length
 * apart from linking, which is quadratic only in the number of distinct names.
 */
export function findEntities(text: string): Entity[] {
  return linkMentions(text, recognize(text));
}
