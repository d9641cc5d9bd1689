import { describe, expect, it, vi } from 'vitest';
import { answerOnPort, createPortChannel, type PortLike } from '@/utils/messaging/port-channel';
import type { Reply } from '@/utils/messaging/protocol';

type Listener<T> = (value: T) => void;

/** One end of a fake `runtime.Port` pair: messages are cloned and delivered a task later, as browsers do. */
class FakeEnd implements PortLike {
  sender?: { id: string; url: string };
  posted: unknown[] = [];
  other?: FakeEnd;
  open = true;
  private hear: Listener<unknown>[] = [];
  private gone: Listener<void>[] = [];
  onMessage = { addListener: (l: Listener<unknown>) => void this.hear.push(l) };
  onDisconnect = { addListener: (l: Listener<void>) => void this.gone.push(l) };

  postMessage(message: unknown) {
    if (!this.open) throw new Error('Attempting to use a disconnected port object');
    this.posted.push(message);
    const copy = structuredClone(message);
    const other = this.other!;
    setTimeout(() => other.open && other.hear.forEach((l) => l(copy)));
  }

  disconnect() {
    if (!this.open) return;
    this.open = false;
    const other = this.other!;
    other.open = false;
    setTimeout(() => other.gone.forEach((l) => l()));
  }
}

function portPair(sender = { id: 'saring-test', url: 'https://www.tiktok.com/foryou' }): { page: FakeEnd; background: FakeEnd } {
  const page = new FakeEnd();
  const background = new FakeEnd();
  page.other = background;
  background.other = page;
  background.sender = sender;
  return { page, background };
}

/** A background that answers every request on every port it is given. */
function fakeBackground(handle: (message: unknown, sender: unknown) => Promise<Reply>) {
  const ports: FakeEnd[] = [];
  const connect = vi.fn(() => {
    const { page, background } = portPair();
    answerOnPort(background, handle);
    ports.push(background);
    return page;
  });
  return { connect, ports };
}

const echo = async (message: unknown): Promise<Reply> => ({ ok: true, data: { verdicts: [], echoed: message } as never });

describe('port channel', () => {
  it('sends a typed request and resolves with the answer data', async () => {
    const { connect } = fakeBackground(echo);
    const channel = createPortChannel(connect);
    const data = (await channel.send('posts:check', { posts: [] })) as unknown as { echoed: unknown };
    expect(data.echoed).toEqual({ type: 'posts:check', payload: { posts: [] } });
  });

  it('rejects with the error the background gave', async () => {
    const { connect } = fakeBackground(async () => ({ ok: false, error: 'unknown message type: x' }));
    await expect(createPortChannel(connect).send('posts:check', { posts: [] })).rejects.toThrow('unknown message type: x');
  });

  it('opens one port for many requests, and matches answers that come back out of order', async () => {
    let release!: () => void;
    const slowFirst = new Promise<void>((resolve) => (release = resolve));
    const { connect } = fakeBackground(async (message) => {
      const tag = (message as { payload: { platform: string } }).payload.platform;
      if (tag === 'tiktok') await slowFirst;
      return { ok: true, data: { posts: [], tag } as never };
    });
    const channel = createPortChannel(connect);
    const first = channel.send('embedded:parse', { platform: 'tiktok', texts: [] });
    const second = channel.send('embedded:parse', { platform: 'youtube', texts: [] });
    expect(((await second) as unknown as { tag: string }).tag).toBe('youtube');
    release();
    expect(((await first) as unknown as { tag: string }).tag).toBe('tiktok');
    expect(connect).toHaveBeenCalledTimes(1);
  });

  it('connects again after the background stopped, for the next request', async () => {
    const { connect, ports } = fakeBackground(echo);
    const channel = createPortChannel(connect);
    await channel.send('posts:check', { posts: [] });
    ports[0].disconnect(); // Chrome stopped the idle service worker
    await new Promise((resolve) => setTimeout(resolve, 5));
    await channel.send('posts:check', { posts: [] });
    expect(connect).toHaveBeenCalledTimes(2);
  });

  it('sends a request cut off by a disconnect once more on a new port', async () => {
    let calls = 0;
    const { connect, ports } = fakeBackground(async (message) => {
      calls += 1;
      if (calls === 1) {
        ports[0].disconnect();
        return new Promise<Reply>(() => undefined); // never answers: the worker died mid-request
      }
      return echo(message);
    });
    const data = await createPortChannel(connect).send('posts:check', { posts: [] });
    expect(data).toMatchObject({ echoed: { type: 'posts:check' } });
    expect(connect).toHaveBeenCalledTimes(2);
  });

  it('never sends a write twice: a report cut off by a disconnect fails with a clear error', async () => {
    const { connect, ports } = fakeBackground(async () => {
      ports.at(-1)!.disconnect();
      return new Promise<Reply>(() => undefined);
    });
    const channel = createPortChannel(connect);
    await expect(channel.send('report:undo', { undoToken: 't' })).rejects.toThrow(/stopped before it answered; please try again/);
    expect(connect).toHaveBeenCalledTimes(1);
  });

  it('gives up with a clear error when the resent request is cut off too', async () => {
    const { connect, ports } = fakeBackground(async () => {
      ports.at(-1)!.disconnect();
      return new Promise<Reply>(() => undefined);
    });
    await expect(createPortChannel(connect).send('posts:check', { posts: [] })).rejects.toThrow("Saring's background stopped before it answered");
    expect(connect).toHaveBeenCalledTimes(2);
  });

  it('rejects, rather than throwing, when the extension is gone and no port can be opened', async () => {
    const channel = createPortChannel(() => {
      throw new Error('Extension context invalidated.');
    });
    await expect(channel.send('posts:check', { posts: [] })).rejects.toThrow('Extension context invalidated.');
  });

  it('after close, refuses new requests and fails the waiting ones', async () => {
    const { connect } = fakeBackground(() => new Promise<Reply>(() => undefined));
    const channel = createPortChannel(connect);
    const waiting = channel.send('posts:check', { posts: [] });
    channel.close();
    await expect(waiting).rejects.toThrow('Saring stopped on this page');
    await expect(channel.send('posts:check', { posts: [] })).rejects.toThrow('Saring stopped on this page');
  });
});

describe('answerOnPort', () => {
  it("hands the handler the port's sender, which the browser set", async () => {
    const { page, background } = portPair({ id: 'saring-test', url: 'https://www.youtube.com/' });
    const handle = vi.fn((message: unknown, _sender: unknown) => echo(message));
    answerOnPort(background, handle);
    page.postMessage({ id: 1, message: { type: 'status:get', payload: {} } });
    await vi.waitFor(() => expect(handle).toHaveBeenCalled());
    expect(handle.mock.calls[0][1]).toEqual({ id: 'saring-test', url: 'https://www.youtube.com/' });
  });

  it('ignores anything that is not a numbered request', async () => {
    const { page, background } = portPair();
    const handle = vi.fn(echo);
    answerOnPort(background, handle);
    page.postMessage('hello');
    page.postMessage({ message: { type: 'posts:check' } });
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(handle).not.toHaveBeenCalled();
  });

  it('drops the answer quietly when the tab went away first', async () => {
    const { page, background } = portPair();
    let answer!: (reply: Reply) => void;
    answerOnPort(background, () => new Promise<Reply>((resolve) => (answer = resolve)));
    page.postMessage({ id: 1, message: { type: 'posts:check', payload: { posts: [] } } });
    await vi.waitFor(() => expect(answer).toBeDefined());
    page.disconnect();
    answer({ ok: true, data: { verdicts: [] } });
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(background.posted).toEqual([]);
  });
});
