import type { Entity } from '../schema';

// Placeholder until the entities work (issue 4) lands: the analyser calls this one function.
export function findEntities(_text: string): Entity[] {
  return [];
}
