import type { PhraseGroup, PhraseMatch } from './types';

/** Parties and candidates: the contestants a post can back or attack. */
export const CONTESTANT_GROUPS: ReadonlySet<PhraseGroup> = new Set(['party', 'candidate']);

export function inGroups(matches: PhraseMatch[], groups: ReadonlySet<PhraseGroup>): PhraseMatch[] {
  return matches.filter((m) => groups.has(m.group));
}

export function inGroup(matches: PhraseMatch[], group: PhraseGroup): PhraseMatch[] {
  return matches.filter((m) => m.group === group);
}
