import type { PouchDatabase } from '../team/pouch';

/** A long-poll for the next change on the server, which can be called off. */
export interface ChangeWait {
  /** Resolves when the server has a change past the sequence waited from, or when called off. */
  done: Promise<void>;
  cancel(): void;
}

/** One long-polled _changes request, answered when the server has a change past `since` (through `filter`, if given). */
export function changeAfter(remote: PouchDatabase, since: number | string, options: { timeoutMs: number; filter?: string }): ChangeWait {
  const feed = remote.changes({ since, live: true, limit: 1, timeout: options.timeoutMs, heartbeat: false, ...(options.filter && { filter: options.filter }) });
  const done = new Promise<void>((resolve, reject) => {
    feed.on('change', () => resolve());
    feed.on('complete', () => resolve());
    feed.on('error', reject);
  });
  return { done, cancel: () => feed.cancel() };
}

/** A pause that ends early when called off. */
export function pauseFor(ms: number): ChangeWait {
  let end = () => {};
  const done = new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    end = () => (clearTimeout(timer), resolve());
  });
  return { done, cancel: () => end() };
}

/**
 * The team's changes pulled as they happen, for as long as a reports page is on screen: a
 * pass as soon as the server has something new, found by one long-polled _changes request,
 * rather than a pass every few seconds. A report reaches the moderator in the time the server
 * takes to store it, not at the next poll. (PouchDB's own live replication was tried: once
 * caught up it takes each change in a batch of its own, three checkpoint requests each, and
 * fell behind under load.)
 *
 * The page says it is still there every 2 s; `lingerMs` after the last time, the loop stops.
 * A service worker stopped meanwhile loses nothing: each pass is checkpointed.
 */
export function createLivePull(lingerMs: number) {
  let watching = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let loop: Promise<void> | null = null;
  let waiting: ChangeWait | null = null;

  return {
    /** A page is on screen: `follow` runs (once at a time) until `lingerMs` passes without another call. */
    watched(follow: () => Promise<void>): void {
      watching = true;
      clearTimeout(timer);
      timer = setTimeout(() => void this.stop(), lingerMs);
      // follow records its own errors; one it could not record (its store gone) ends the loop quietly.
      loop ??= follow()
        .catch(() => undefined)
        .finally(() => (loop = null));
    },
    get watching() {
      return watching;
    },
    get running() {
      return loop !== null;
    },
    /** Waits for the server's next change, unless the watching stops first. */
    async waitFor(wait: ChangeWait): Promise<void> {
      waiting = wait;
      if (!watching) wait.cancel();
      try {
        await wait.done;
      } finally {
        waiting = null;
      }
    },
    async stop(): Promise<void> {
      watching = false;
      clearTimeout(timer);
      waiting?.cancel();
      await loop;
    },
  };
}

export type LivePull = ReturnType<typeof createLivePull>;
