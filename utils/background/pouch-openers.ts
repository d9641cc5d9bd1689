import type { BacklogPacer } from '../team/backlog-pacer';
import type { PouchDatabase, PouchOpeners } from '../team/pouch';

export type PouchConstructor = new (name: string, options?: Record<string, unknown>) => PouchDatabase;

/**
 * PouchDB as the background holds it: one object a database, kept for the worker's life.
 * The remote sends its credentials to its own address and nowhere else.
 */
/** A team server that stops answering must not hold a pass, and every pass after it, forever. */
export const REMOTE_TIMEOUT_MS = 30_000;

function fetchWithTimeout(timeoutMs: number): typeof fetch {
  return (input, init = {}) => {
    const timeout = AbortSignal.timeout(timeoutMs);
    return fetch(input, { ...init, signal: init.signal ? AbortSignal.any([init.signal, timeout]) : timeout });
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const isBatchWrite = (input: RequestInfo | URL, init: RequestInit) => init.method === 'POST' && new URL(String(input instanceof Request ? input.url : input)).pathname.endsWith('/_bulk_docs');

/** Replication writes a push's batches through _bulk_docs: the pacer times them. */
function pacedFetch(send: typeof fetch, pacer: BacklogPacer): typeof fetch {
  return async (input, init = {}) => {
    if (!isBatchWrite(input, init)) return send(input, init);
    const wait = pacer.waitBeforeBatch();
    if (wait > 0) await sleep(wait);
    const started = performance.now();
    const response = await send(input, init);
    pacer.batchTook(performance.now() - started);
    return response;
  };
}

export function pouchOpeners(Pouch: PouchConstructor, localOptions: Record<string, unknown> = {}, timeoutMs = REMOTE_TIMEOUT_MS): PouchOpeners {
  const open = new Map<string, PouchDatabase>();
  const once = (key: string, make: () => PouchDatabase) => open.get(key) ?? (open.set(key, make()), open.get(key)!);
  return {
    local: (name) => once(`local:${name}`, () => new Pouch(name, localOptions)),
    remote: (url, auth, pacer) =>
      once(`remote:${auth.username}@${url}`, () => {
        const send = fetchWithTimeout(timeoutMs);
        return new Pouch(url, { auth, skip_setup: true, fetch: pacer ? pacedFetch(send, pacer) : send });
      }),
  };
}
