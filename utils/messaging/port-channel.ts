import type { Message, MessageType, Reply, RequestOf, ResponseOf } from './protocol';

/** The port name the background listens on; any other name is not Saring's. */
export const PORT_NAME = 'saring';

/** What travels over the port: a numbered request one way, its numbered reply the other. */
export interface PortRequest {
  id: number;
  message: Message;
}
export interface PortReply {
  id: number;
  reply: Reply;
}

/** The part of `runtime.Port` the channel uses, so tests can pass a pair of fakes. */
export interface PortLike {
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

export interface PortChannel {
  send<K extends MessageType>(type: K, payload: RequestOf<K>): Promise<ResponseOf<K>>;
  close(): void;
}

interface Pending {
  message: Message;
  retried: boolean;
  resolve(reply: Reply): void;
  reject(error: Error): void;
}

// Only questions are asked twice. A write cut off by a stop may have landed: sent again, it
// would be stored a second time over the first, and its undo would restore the first, not remove it.
const SAFE_TO_RESEND: ReadonlySet<MessageType> = new Set<MessageType>(['page:setup', 'posts:check', 'embedded:parse', 'reports:today']);

const isPortReply = (value: unknown): value is PortReply =>
  typeof value === 'object' && value !== null && typeof (value as PortReply).id === 'number' && typeof (value as PortReply).reply === 'object';

/**
 * A content script's requests to the background over one long-lived port.
 * `runtime.sendMessage` opens and closes a channel for every message, which cost
 * a feed page about 0.35 ms of main thread per batch (bench:page); a port opens once.
 * Chrome stops an idle service worker and the port with it: the next request
 * connects again, and a question cut off by the disconnect is asked once more.
 */
export function createPortChannel(connect: () => PortLike): PortChannel {
  let port: PortLike | null = null;
  let nextId = 1;
  let closed = false;
  const pending = new Map<number, Pending>();

  function post(id: number, entry: Pending): void {
    try {
      openPort().postMessage({ id, message: entry.message } satisfies PortRequest);
    } catch (error) {
      pending.delete(id);
      entry.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }

  function onDisconnect(from: PortLike): void {
    if (port === from) port = null;
    const cutOff = [...pending];
    pending.clear();
    for (const [, entry] of cutOff) {
      if (closed || entry.retried || !SAFE_TO_RESEND.has(entry.message.type)) entry.reject(new Error("Saring's background stopped before it answered; please try again"));
      else send(entry, true);
    }
  }

  function openPort(): PortLike {
    if (port) return port;
    const opened = connect();
    opened.onMessage.addListener((value) => {
      if (!isPortReply(value)) return;
      const entry = pending.get(value.id);
      if (!entry) return;
      pending.delete(value.id);
      entry.resolve(value.reply);
    });
    opened.onDisconnect.addListener(() => onDisconnect(opened));
    port = opened;
    return opened;
  }

  function send(entry: Omit<Pending, 'retried'>, retried = false): void {
    const id = nextId++;
    const withRetry = { ...entry, retried };
    pending.set(id, withRetry);
    post(id, withRetry);
  }

  return {
    send<K extends MessageType>(type: K, payload: RequestOf<K>): Promise<ResponseOf<K>> {
      if (closed) return Promise.reject(new Error('Saring stopped on this page'));
      return new Promise<Reply>((resolve, reject) => send({ message: { type, payload }, resolve, reject })).then((reply) => {
        if (!reply.ok) throw new Error(reply.error);
        return (reply as Reply<K> & { ok: true }).data;
      });
    },
    close() {
      closed = true;
      port?.disconnect();
      port = null;
      for (const entry of pending.values()) entry.reject(new Error('Saring stopped on this page'));
      pending.clear();
    },
  };
}

/** The background's side: answers each request on the port it came from, with the port's sender. */
export function answerOnPort<S>(port: PortLike & { sender?: S }, handle: (message: unknown, sender: S | undefined) => Promise<Reply>): void {
  port.onMessage.addListener(async (value) => {
    if (typeof value !== 'object' || value === null || typeof (value as PortRequest).id !== 'number') return;
    const { id, message } = value as PortRequest;
    const reply = await handle(message, port.sender);
    try {
      port.postMessage({ id, reply } satisfies PortReply);
    } catch {
      // The tab closed or navigated before the answer: nobody is waiting for it.
    }
  });
}
