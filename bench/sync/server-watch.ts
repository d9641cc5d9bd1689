import type { CouchServer } from '../../tests/unit/support/couch-server';
import type { ProbeSample } from './latency-probe';

const POLL_MS = 250;
const TIMEOUT_MS = 10_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Watches the server during the load, as the admin, with two small reads a poll: when it holds
 * every load report (a volunteer's pass also pulls after pushing, so its end comes later),
 * and when each probe report reached it, which splits a probe's time into push and pull.
 * The database's document count less the probes' (read second, so a probe landing in
 * between makes the load's count low, never high) less what was there before the load.
 */
export async function watchServer(couch: CouchServer, db: string, probeDocId: (reportId: string) => string, samples: readonly ProbeSample[], expected: number) {
  const headers = { authorization: couch.basicAuth(couch.admin.name, couch.admin.password), 'content-type': 'application/json' };
  const read = async (path: string, body?: unknown) => {
    const response = await fetch(`${couch.url}/${db}${path}`, { method: body ? 'POST' : 'GET', headers, body: body === undefined ? undefined : JSON.stringify(body), signal: AbortSignal.timeout(TIMEOUT_MS) });
    if (!response.ok) throw new Error(`watching the server: ${path} answered ${response.status}`);
    return response.json();
  };
  const docCount = async () => ((await read('')) as { doc_count: number }).doc_count;
  const before = await docCount();
  let allAt: number | undefined;
  let watching = true;
  let misses = 0;

  const loop = (async () => {
    while (watching) {
      try {
        const count = await docCount();
        const pending = samples.filter((s) => s.onServerMs === undefined);
        let probesIn = samples.length - pending.length;
        if (pending.length > 0) {
          const { rows } = (await read('/_all_docs', { keys: pending.map((s) => probeDocId(s.id)) })) as { rows: { error?: string; value?: unknown }[] };
          const now = performance.now();
          rows.forEach((row, i) => {
            if (row.error || !row.value) return;
            pending[i].onServerMs = now - pending[i].sentAt;
            probesIn++;
          });
        }
        if (allAt === undefined && count - probesIn - before >= expected) allAt = performance.now();
      } catch {
        // A saturated server may time a read out: that poll is skipped, the figures only get coarser.
        misses++;
      }
      await sleep(POLL_MS);
    }
  })();

  return {
    allOnServerAt: () => allAt,
    /** Stops watching; how many polls failed. */
    async stop(): Promise<number> {
      watching = false;
      await loop;
      return misses;
    },
  };
}
