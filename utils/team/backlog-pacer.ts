/**
 * Spaces out the batches of a long push, so that one volunteer's backlog (a bulk flag of
 * 1,000 posts, a week offline) never holds the team server against everyone else's new
 * reports. The idea is LEDBAT's (RFC 6817) for background transfers: measure the delay the
 * server adds, and back off when it grows past a target. A team server is often a small
 * machine, and CouchDB has no priorities of its own: the clients have to be polite.
 *
 * - The first batch of every push goes at once: a report just made, or a moderator's decision,
 *   is never held back.
 * - Each later batch of the same push waits `gain` times as long as the batch before it took
 *   past the target. A server that answers within the target is never waited for.
 */
export interface BacklogPacer {
  /** A push begins: its first batch is not held. */
  pushStarts(): void;
  /** How long to wait before sending the next batch. */
  waitBeforeBatch(): number;
  /** How long the server took to store the batch just sent. */
  batchTook(ms: number): void;
}

export interface PacerTuning {
  targetMs: number;
  gain: number;
  maxWaitMs: number;
}

// A batch of 200 reports is stored in about 50 ms by an idle pouchdb-server here; 150 ms
// leaves room for a slow link. Tuned with bench:sync, where target and gain trade the time a
// new report takes under load against the time the whole backlog takes (the README's figures).
export const PACER_TUNING: PacerTuning = { targetMs: 150, gain: 20, maxWaitMs: 15_000 };

export function createBacklogPacer(tuning: PacerTuning = PACER_TUNING): BacklogPacer {
  let firstOfPush = true;
  let wait = 0;
  return {
    pushStarts() {
      firstOfPush = true;
    },
    waitBeforeBatch() {
      if (firstOfPush) {
        firstOfPush = false;
        return 0;
      }
      return wait;
    },
    batchTook(ms) {
      wait = Math.min(tuning.maxWaitMs, Math.max(0, tuning.gain * (ms - tuning.targetMs)));
    },
  };
}
