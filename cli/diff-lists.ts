import { canonicalJson } from '../utils/lists/canonical-json';
import type { SaringList } from '../utils/lists/read-list';

export interface HeaderChange {
  field: string;
  old: unknown;
  new: unknown;
}

export interface ListDiff {
  added: string[];
  removed: string[];
  changed: { id: string; fields: string[] }[];
  header: HeaderChange[];
  versionIncreases: boolean;
  /** Same version and the same canonical contents: what subscribers take as "unchanged". */
  identical: boolean;
}

const HEADER_FIELDS = ['listId', 'name', 'publisher', 'version', 'languages', 'expires', 'disabledAdapters'] as const;

const same = (a: unknown, b: unknown) => canonicalJson(a ?? null) === canonicalJson(b ?? null);

/** The fields whose canonical JSON differs, in the order the entries hold them. */
function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return keys.filter((key) => !same(before[key], after[key]));
}

type Entry = SaringList['entries'][number];

const byId = (entries: readonly Entry[]) => new Map(entries.map((entry) => [entry.id, entry as unknown as Record<string, unknown>]));

/**
 * What publishing NEW in place of OLD changes for subscribers: entries by id (each
 * version replaces the whole list, so an entry left out is an entry removed), and the header.
 */
export function diffLists(before: SaringList, after: SaringList): ListDiff {
  const old = byId(before.entries);
  const next = byId(after.entries);
  const added = [...next.keys()].filter((id) => !old.has(id));
  const removed = [...old.keys()].filter((id) => !next.has(id));
  const changed = [...next.entries()].flatMap(([id, entry]) => {
    const previous = old.get(id);
    const fields = previous ? changedFields(previous, entry) : [];
    return fields.length > 0 ? [{ id, fields }] : [];
  });
  const header = HEADER_FIELDS.filter((field) => !same(before[field], after[field])).map((field) => ({ field, old: before[field], new: after[field] }));
  return {
    added,
    removed,
    changed,
    header,
    versionIncreases: after.version > before.version,
    identical: after.version === before.version && canonicalJson(before) === canonicalJson(after),
  };
}
