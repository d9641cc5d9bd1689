import { buildClaimIndex, createEngine, type Engine } from '../engine/engine';
import { fromSnapshot, HOAX_SNAPSHOT_FORMAT, toSnapshot } from '../engine/hoax-snapshot';
import type { Flag } from '../engine/types';
import type { HoaxList } from '../lists/hoax-list';
import type { DisabledAdapter } from '../lists/list-envelope';
import { mergeHoaxEntries, mergePatternEntries, switchedOff } from '../lists/merge-lists';
import type { PatternList } from '../lists/pattern-list';
import { DEFAULT_LIMITS, type ListLimits, type SaringList } from '../lists/read-list';
import { importPublicKey } from '../lists/signature';
import { checkListUrl } from '../lists/sync/list-url';
import { bundledView, subscriptionView, type ListView } from '../lists/sync/list-view';
import { subscriptionId, type Subscription } from '../lists/sync/subscription';
import { syncSubscription } from '../lists/sync/sync-subscription';
import type { Platform } from '../post';
import type { StoredSnapshot } from '../storage/db';
import type { ListStore } from '../storage/list-store';
import type { ListVersions } from '../storage/report';

export interface BundledLists {
  patterns: PatternList;
  hoaxes: HoaxList;
}

export interface ListManagerDeps {
  store: ListStore;
  bundled: () => Promise<BundledLists>;
  now: () => number;
  extensionVersion: string;
  /** Open pages re-check their posts against the new lists. */
  onListsChanged: () => void | Promise<void>;
  fetch?: typeof fetch;
  limits?: ListLimits;
  timeoutMs?: number;
}

/** The lists in force and the engine compiled from them. */
interface InForce {
  bundled: BundledLists;
  subscriptions: Subscription[];
  engine: Engine;
}

const listsIn = (f: Pick<InForce, 'bundled' | 'subscriptions'>): SaringList[] => [f.bundled.patterns, f.bundled.hoaxes, ...f.subscriptions.flatMap((s) => s.list ?? [])];
const ofKind = <K extends SaringList['kind']>(lists: SaringList[], kind: K) => lists.filter((l): l is Extract<SaringList, { kind: K }> => l.kind === kind);

export const DEFAULT_TIMEOUT_MS = 30_000;

export function createListManager(deps: ListManagerDeps) {
  const limits = deps.limits ?? DEFAULT_LIMITS;

  function snapshotKey(hoaxLists: HoaxList[]): string {
    // The stemmer can change between releases without the snapshot's shape changing.
    return [deps.extensionVersion, HOAX_SNAPSHOT_FORMAT, ...hoaxLists.map((l) => `${l.listId}@${l.version}`)].join('|');
  }

  /** Compiles the engine; a snapshot with the same key saves rebuilding the hoax index. */
  function compile(bundled: BundledLists, subscriptions: Subscription[], stored?: StoredSnapshot): { inForce: InForce; snapshot?: StoredSnapshot } {
    const lists = listsIn({ bundled, subscriptions });
    const hoaxLists = ofKind(lists, 'hoaxes');
    const entries = mergeHoaxEntries(hoaxLists);
    const listsKey = snapshotKey(hoaxLists);
    const restored = stored?.listsKey === listsKey ? fromSnapshot(stored.snapshot) : null;
    const hoaxIndex = restored ?? buildClaimIndex(entries);
    const engine = createEngine({ patterns: { entries: mergePatternEntries(ofKind(lists, 'patterns')) }, hoaxes: { entries }, hoaxIndex });
    return { inForce: { bundled, subscriptions, engine }, ...(!restored && { snapshot: { id: 'hoaxes', listsKey, snapshot: toSnapshot(hoaxIndex) } }) };
  }

  async function load(): Promise<InForce> {
    const [bundled, subscriptions, stored] = await Promise.all([deps.bundled(), deps.store.all().catch(() => []), deps.store.snapshot().catch(() => undefined)]);
    const { inForce, snapshot } = compile(bundled, subscriptions, stored);
    if (snapshot) void deps.store.apply([], snapshot).catch(() => undefined);
    return inForce;
  }

  let current = load();
  // One change at a time: two syncs at once would each apply a state the other did not see.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  };

  /** Stores the subscriptions' new states; a new version also rebuilds the engine, stored with its index in the same transaction. */
  async function commit(changed: Subscription[], rebuild: boolean, removedId?: string): Promise<void> {
    const before = await current;
    const byId = new Map(before.subscriptions.map((s) => [s.id, s]));
    for (const s of changed) byId.set(s.id, s);
    if (removedId) byId.delete(removedId);
    const subscriptions = [...byId.values()].sort((a, b) => a.addedAt - b.addedAt);
    if (!rebuild) {
      await deps.store.apply(changed);
      current = Promise.resolve({ ...before, subscriptions });
      return;
    }
    const { inForce, snapshot } = compile(before.bundled, subscriptions);
    await deps.store.apply(changed, snapshot);
    current = Promise.resolve(inForce);
    await deps.onListsChanged();
  }

  async function syncAll(force: boolean): Promise<void> {
    const { subscriptions } = await current;
    const outcomes = [];
    for (const s of subscriptions) outcomes.push(await syncSubscription(s, { now: deps.now(), limits, timeoutMs: deps.timeoutMs ?? DEFAULT_TIMEOUT_MS, force, fetch: deps.fetch }));
    const touched = outcomes.filter((o) => !o.skipped).map((o) => o.subscription);
    if (touched.length > 0) await commit(touched, outcomes.some((o) => o.changed));
  }

  async function views(): Promise<ListView[]> {
    const { bundled, subscriptions } = await current;
    const now = deps.now();
    return [bundledView(bundled.hoaxes, now), bundledView(bundled.patterns, now), ...subscriptions.map((s) => subscriptionView(s, now))];
  }

  return {
    engine: async (): Promise<Engine> => (await current).engine,
    /** The bundled pattern list once the engine is built, for the popup's status line. */
    ready: async (): Promise<{ patterns: PatternList }> => ({ patterns: (await current).bundled.patterns }),
    views,

    /** Checks the address and key, stores the subscription and fetches it at once; a failed first download is kept as its error. */
    subscribe: (address: string, publicKey: string): Promise<ListView[]> =>
      serial(async () => {
        const checked = checkListUrl(address);
        if ('error' in checked) throw new Error(checked.error);
        await importPublicKey(publicKey.trim());
        const id = subscriptionId(checked.url);
        if ((await current).subscriptions.some((s) => s.id === id)) throw new Error('Saring already follows this list');
        const fresh: Subscription = { id, url: checked.url, publicKey: publicKey.trim(), addedAt: deps.now(), state: {} };
        const outcome = await syncSubscription(fresh, { now: deps.now(), limits, timeoutMs: deps.timeoutMs ?? DEFAULT_TIMEOUT_MS, force: true, fetch: deps.fetch });
        await commit([outcome.subscription], outcome.changed);
        return views();
      }),

    unsubscribe: (id: string): Promise<ListView[]> =>
      serial(async () => {
        const had = (await current).subscriptions.find((s) => s.id === id);
        if (!had) return views();
        await deps.store.remove(id);
        await commit([], Boolean(had.list), id);
        return views();
      }),

    /** "Update now" asks every server, even one that asked to wait. */
    updateNow: (): Promise<ListView[]> => serial(async () => (await syncAll(true), views())),
    /** The alarm's check: servers that asked to wait are left alone. */
    syncDue: (): Promise<void> => serial(() => syncAll(false)),

    async switchedOff(platform: Platform): Promise<DisabledAdapter | undefined> {
      return switchedOff(listsIn(await current), platform, deps.extensionVersion);
    },

    /** Which lists spoke for these flags, for a report's evidence. */
    async versionsFor(flags: readonly Flag[]): Promise<ListVersions> {
      const inForce = await current;
      const lists = listsIn(inForce);
      const claimId = flags.find((f) => f.hoax)?.hoax?.claimId;
      const hoaxList = claimId ? ofKind(lists, 'hoaxes').find((l) => l.entries.some((e) => e.id === claimId)) : undefined;
      const { patterns } = inForce.bundled;
      return { patterns: { listId: patterns.listId, version: patterns.version }, ...(hoaxList && { hoaxes: { listId: hoaxList.listId, version: hoaxList.version } }) };
    },
  };
}

export type ListManager = ReturnType<typeof createListManager>;
