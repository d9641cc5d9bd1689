import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBacklogPacer, PACER_TUNING } from '@/utils/team/backlog-pacer';
import { pouchOpeners, type PouchConstructor } from '@/utils/background/pouch-openers';

const tuning = { targetMs: 100, gain: 10, maxWaitMs: 5_000 };

describe('the backlog pacer', () => {
  it('never holds the first batch of a push: a report just made goes at once, however slow the server was', () => {
    const pacer = createBacklogPacer(tuning);
    pacer.pushStarts();
    pacer.batchTook(2_000);
    pacer.pushStarts();
    expect(pacer.waitBeforeBatch()).toBe(0);
  });

  it('holds each later batch by gain × how far the one before went past the target', () => {
    const pacer = createBacklogPacer(tuning);
    pacer.pushStarts();
    expect(pacer.waitBeforeBatch()).toBe(0);
    pacer.batchTook(350);
    expect(pacer.waitBeforeBatch()).toBe(2_500);
    pacer.batchTook(150);
    expect(pacer.waitBeforeBatch()).toBe(500);
  });

  it('does not hold a backlog at all while the server answers within the target', () => {
    const pacer = createBacklogPacer(tuning);
    pacer.pushStarts();
    pacer.waitBeforeBatch();
    for (const took of [10, 60, 100]) {
      pacer.batchTook(took);
      expect(pacer.waitBeforeBatch()).toBe(0);
    }
  });

  it('never waits longer than its cap, even for a server that took minutes', () => {
    const pacer = createBacklogPacer(tuning);
    pacer.pushStarts();
    pacer.waitBeforeBatch();
    pacer.batchTook(600_000);
    expect(pacer.waitBeforeBatch()).toBe(5_000);
  });

  it('ships tuned to leave an idle server alone: a batch stored in 50 ms is never held', () => {
    const pacer = createBacklogPacer();
    pacer.pushStarts();
    pacer.waitBeforeBatch();
    pacer.batchTook(50);
    expect(pacer.waitBeforeBatch()).toBe(0);
    expect(PACER_TUNING.targetMs).toBeGreaterThan(50);
  });
});

describe('the team server connection', () => {
  afterEach(() => vi.unstubAllGlobals());

  /** A PouchDB stand-in that hands back the fetch the openers gave it. */
  function remoteFetch(pacer?: Parameters<ReturnType<typeof pouchOpeners>['remote']>[2]): typeof fetch {
    let given: typeof fetch | undefined;
    const Pouch = function (this: unknown, _name: string, options: { fetch: typeof fetch }) {
      given = options.fetch;
    } as unknown as PouchConstructor;
    pouchOpeners(Pouch).remote('https://couch.example.org/team', { username: 'vol-a', password: 'pw' }, pacer);
    return given!;
  }

  it('times every _bulk_docs write through the pacer, and waits as long as it says before sending', async () => {
    const sent: { url: string; at: number }[] = [];
    vi.stubGlobal('fetch', async (url: string) => (sent.push({ url, at: performance.now() }), new Response('[]')));
    const took = vi.fn();
    const send = remoteFetch({ pushStarts: () => undefined, waitBeforeBatch: () => 60, batchTook: took });
    const before = performance.now();
    await send('https://couch.example.org/team/_bulk_docs', { method: 'POST', body: '{"docs":[]}' });
    expect(sent[0].at - before).toBeGreaterThanOrEqual(55);
    expect(took).toHaveBeenCalledTimes(1);
    expect(took.mock.calls[0][0]).toBeGreaterThanOrEqual(0);
  });

  it('leaves every other request alone: reads, checkpoints and revs_diff are never held', async () => {
    vi.stubGlobal('fetch', async () => new Response('{}'));
    const pacer = { pushStarts: vi.fn(), waitBeforeBatch: vi.fn(() => 10_000), batchTook: vi.fn() };
    const send = remoteFetch(pacer);
    await send('https://couch.example.org/team/_changes?since=0', {});
    await send('https://couch.example.org/team/_revs_diff', { method: 'POST', body: '{}' });
    await send('https://couch.example.org/team/_local/abc', { method: 'PUT', body: '{}' });
    await send('https://couch.example.org/team/_bulk_get', { method: 'POST', body: '{}' });
    expect(pacer.waitBeforeBatch).not.toHaveBeenCalled();
    expect(pacer.batchTook).not.toHaveBeenCalled();
  });
});
