import type { Profile } from '../../tests/unit/support/team-profile';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The moderator's reports page left open: every `everyMs` it asks for a pass, as
 * use-team-live does; a pass asked for while one runs makes syncNow run one more right after,
 * so under load the passes run back to back. `everyMs` 0 asks again as soon as a pass ends.
 * A run is one syncNow call that started passes (one or more back to back).
 */
export function startModeratorLoop(moderator: Profile, everyMs: number, afterRun: () => Promise<void>) {
  const runs: { startedAt: number; ms: number; error?: string }[] = [];
  let stopped = false;
  let busySince: number | undefined;
  let failure: unknown;
  const inFlight = new Set<Promise<void>>();

  const tick = () => {
    const startedAt = performance.now();
    const starts = busySince === undefined;
    if (starts) busySince = startedAt;
    const run = moderator.team
      .syncNow()
      .then(async () => {
        if (starts) {
          busySince = undefined;
          const { lastError } = await moderator.team.status();
          runs.push({ startedAt, ms: performance.now() - startedAt, error: lastError?.message });
        }
        await afterRun();
      })
      .catch((error) => void (failure = error));
    inFlight.add(run);
    void run.finally(() => inFlight.delete(run));
    return run;
  };

  const loop = (async () => {
    while (!stopped && !failure) {
      if (everyMs === 0) await tick();
      else {
        void tick();
        await sleep(everyMs);
      }
    }
  })();

  return {
    runs,
    /** Stops asking, and waits for the passes already asked for. */
    async stop(): Promise<void> {
      stopped = true;
      await loop;
      await Promise.all(inFlight);
      if (failure) throw failure;
    },
    failure: () => failure,
  };
}
