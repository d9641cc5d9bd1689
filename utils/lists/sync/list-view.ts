import type { DisabledAdapter } from '../list-envelope';
import type { SaringList } from '../read-list';
import type { ListCheckState, Subscription } from './subscription';

/** One list as the options page shows it: what is in force and how its checks went. */
export interface ListView {
  id: string;
  bundled: boolean;
  url?: string;
  kind?: SaringList['kind'];
  listId?: string;
  name?: string;
  publisher?: string;
  version?: number;
  entries?: number;
  expires?: string;
  /** Past its expiry: still in force (it is the last good list), but stale. */
  expired: boolean;
  disabledAdapters?: DisabledAdapter[];
  state: ListCheckState;
}

function viewOf(id: string, bundled: boolean, list: SaringList | undefined, state: ListCheckState, now: number, url?: string): ListView {
  return {
    id,
    bundled,
    ...(url && { url }),
    ...(list && {
      kind: list.kind,
      listId: list.listId,
      name: list.name,
      publisher: list.publisher,
      version: list.version,
      entries: list.entries.length,
      ...(list.expires && { expires: list.expires }),
      ...(list.disabledAdapters && { disabledAdapters: list.disabledAdapters }),
    }),
    expired: Boolean(list?.expires && Date.parse(list.expires) <= now),
    state,
  };
}

export const bundledView = (list: SaringList, now: number): ListView => viewOf(`bundled:${list.kind}`, true, list, {}, now);
export const subscriptionView = (s: Subscription, now: number): ListView => viewOf(s.id, false, s.list, s.state, now, s.url);
