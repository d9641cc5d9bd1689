import type { Profile } from '../../tests/unit/support/team-profile';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const CHECK_EVERY_MS = 250;

export type ModeratorMode = 'live' | 'passes';

/**
 * The moderator's reports page left open, as use-team-live drives it:
 * - `live` (what the page does): says every `everyMs` that it is open; the background pulls
 *   the team's changes continuously. `afterRun` runs every 250 ms.
 * - `passes` (the page before the live pull, kept as a baseline): asks for a sync pass every
 *   `everyMs`; one asked for during a pass runs right after it. `afterRun` runs after each.
 * A run is one syncNow call that started passes (one or more back to back); in live mode,
 * runs are empty and `errors` lists each distinct error the status showed.
 */
export function startModeratorLoop(moderator: Profile, everyMs: number, afterRun: () => Promise<void>, mode: ModeratorMode = 'live') {
  const runs: { startedAt: number; ms: number; error?: string }[] = [];
  const errors = new Set<string>();
  let stopped = false;
  let busySince: number | undefined;
  let failure: unknown;
  const inFlight = new Set<Promise<void>>();
  const track = (work: Promise<void>) => {
    const run = work.catch((error) => void (failure = error));
    inFlight.add(run);
    void run.finally(() => inFlight.delete(run));
    return run;
  };

  const pass = () => {
    const startedAt = performance.now();
    const starts = busySince === undefined;
    if (starts) busySince = startedAt;
    return track(
      moderator.team.syncNow().then(async () => {
        if (starts) {
          busySince = undefined;
          const { lastError } = await moderator.team.status();
          runs.push({ startedAt, ms: performance.now() - startedAt, error: lastError?.message });
        }
        await afterRun();
      }),
    );
  };

  const checker = (async () => {
    while (mode === 'live' && !stopped && !failure) {
      await track(
        (async () => {
          const { lastError } = await moderator.team.status();
          if (lastError) errors.add(lastError.message);
          await afterRun();
        })(),
      );
      await sleep(CHECK_EVERY_MS);
    }
  })();

  const loop = (async () => {
    while (!stopped && !failure) {
      if (mode === 'live') moderator.team.watch();
      else if (everyMs === 0) await pass();
      else void pass();
      await sleep(everyMs);
    }
  })();

  return {
    runs,
    errors,
    /** Stops asking, and waits for the passes already asked for (and, live, for the pull to stop, as it does once the page is gone). */
    async stop(lingerMs = 0): Promise<void> {
      stopped = true;
      await Promise.all([loop, checker]);
      await Promise.all(inFlight);
      const until = performance.now() + lingerMs;
      while (moderator.team.pullingLive() && performance.now() < until) await sleep(CHECK_EVERY_MS);
      if (failure) throw failure;
    },
    failure: () => failure,
  };
}
