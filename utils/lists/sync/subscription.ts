import type { ListProblem } from '../list-problem';
import type { SaringList } from '../read-list';

/** How a list's last checks went, as the options page shows it. */
export interface ListCheckState {
  /** Epoch ms of the last time the server was asked, whatever the answer. */
  checkedAt?: number;
  /** Epoch ms of the last time a new version was taken. */
  updatedAt?: number;
  /** The last check's failure; cleared by the next good check. The list held stays in force. */
  error?: { problem: ListProblem; message: string; at: number };
  /** The server asked (Retry-After) not to be asked again before this; "update now" ignores it. */
  retryAt?: number;
  etag?: string;
  lastModified?: string;
}

/** A list a user subscribed to, with the last good copy of it. */
export interface Subscription {
  /** "sub:" and the URL: one subscription an address. */
  id: string;
  url: string;
  /** The publisher's key, base64 SPKI: every version must be signed by it. */
  publicKey: string;
  addedAt: number;
  /** The last good list; absent until the first good download. */
  list?: SaringList;
  /** contentHash of `list`: the same version published again with other contents is refused. */
  hash?: string;
  state: ListCheckState;
}

export const subscriptionId = (url: string) => `sub:${url}`;
