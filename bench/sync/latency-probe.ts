import type { Profile } from '../../tests/unit/support/team-profile';
import { reportsFor } from './volunteers';

export interface ProbeSample {
  id: string;
  /** performance.now() when the save began. */
  sentAt: number;
  /** Save to present in the moderator's report store; undefined if it never arrived. */
  latencyMs?: number;
  /** Save to present on the server (seen by the server watch, a quarter second at a time). */
  onServerMs?: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
// The store is read for the few ids still on their way only: cheap beside the load, and
// finer than the moderator's passes, which can each bring many batches.
const POLL_MS = 50;

/**
 * A volunteer outside the load who reports one new post about every `everyMs`, as a person
 * would while browsing, and watches for each to reach the moderator.
 */
export function startProbe(probe: Profile, moderator: Profile, group: number, everyMs: number, samples: ProbeSample[] = []) {
  let sending = true;
  let polling = true;
  let failure: unknown;

  const send = async () => {
    for (let n = 0; sending; n++) {
      const next = performance.now() + everyMs;
      const [report] = reportsFor(probe, group, 1, n);
      const sample: ProbeSample = { id: report.id, sentAt: performance.now() };
      samples.push(sample);
      await probe.reports.saveAll([report]);
      // reportsChanged starts the pass itself; the probe does not wait for it, as the background does not.
      await probe.team.reportsChanged([report.id]);
      await sleep(Math.max(0, next - performance.now()));
    }
  };

  const poll = async () => {
    while (polling) {
      for (const sample of samples.filter((s) => s.latencyMs === undefined)) {
        if (await moderator.reports.get(sample.id)) sample.latencyMs = performance.now() - sample.sentAt;
      }
      await sleep(POLL_MS);
    }
  };

  const sender = send().catch((error) => void (failure = error));
  const poller = poll().catch((error) => void (failure = error));

  return {
    samples,
    sent: () => samples.length,
    /** Sends no more; waits up to `timeoutMs` for those on their way, which then count as lost. */
    async stop(timeoutMs: number): Promise<ProbeSample[]> {
      sending = false;
      await sender;
      const deadline = performance.now() + timeoutMs;
      while (samples.some((s) => s.latencyMs === undefined) && performance.now() < deadline && !failure) await sleep(POLL_MS);
      polling = false;
      await poller;
      if (failure) throw failure;
      return samples;
    },
  };
}
