import { ListError } from '../list-problem';
import { acceptList, contentHash, readListText, type ListLimits } from '../read-list';
import { fetchListText } from './fetch-list';
import type { Subscription } from './subscription';

export interface SyncOptions {
  now: number;
  limits: ListLimits;
  timeoutMs: number;
  /** "Update now": ask even when the server said to wait (Retry-After). */
  force?: boolean;
  fetch?: typeof fetch;
}

export interface SyncOutcome {
  subscription: Subscription;
  /** A new version was taken: the engine must be rebuilt. */
  changed: boolean;
  /** The server was not asked (it asked to wait). */
  skipped?: true;
}

const heldOf = (s: Subscription) => (s.list && s.hash ? { listId: s.list.listId, kind: s.list.kind, version: s.list.version, hash: s.hash } : undefined);

/**
 * One check of one subscription. Whatever fails, the list held stays: only the check's
 * state changes, with the problem in words the options page shows.
 */
export async function syncSubscription(subscription: Subscription, options: SyncOptions): Promise<SyncOutcome> {
  const { state } = subscription;
  if (!options.force && state.retryAt && state.retryAt > options.now) return { subscription, changed: false, skipped: true };
  const checked = { ...state, checkedAt: options.now, error: undefined, retryAt: undefined };
  try {
    const fetched = await fetchListText(subscription.url, { ...options, maxBytes: options.limits.maxBytes, etag: state.etag, lastModified: state.lastModified });
    if (fetched.notModified) return { subscription: { ...subscription, state: checked }, changed: false };
    const { document, list } = readListText(fetched.text, options.limits);
    const validators = { etag: fetched.etag, lastModified: fetched.lastModified };
    const verdict = await acceptList(document, list, { publicKey: subscription.publicKey, held: heldOf(subscription), now: options.now });
    if (verdict === 'unchanged') return { subscription: { ...subscription, state: { ...checked, ...validators } }, changed: false };
    const taken = { ...subscription, list, hash: await contentHash(list), state: { ...checked, ...validators, updatedAt: options.now } };
    return { subscription: taken, changed: true };
  } catch (error) {
    const failure = error instanceof ListError ? error : new ListError('network', error instanceof Error ? error.message : String(error));
    // Validators stay: a failed download says nothing about the version held.
    const failed = { ...state, checkedAt: options.now, error: { problem: failure.problem, message: failure.message, at: options.now }, retryAt: failure.retryAt };
    return { subscription: { ...subscription, state: failed }, changed: false };
  }
}
