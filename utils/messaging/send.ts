import { browser } from 'wxt/browser';
import type { Message, MessageType, Reply, RequestOf, ResponseOf } from './protocol';

export async function sendToBackground<K extends MessageType>(type: K, payload: RequestOf<K>): Promise<ResponseOf<K>> {
  const message: Message<K> = { type, payload };
  const reply = (await browser.runtime.sendMessage(message)) as Reply<K> | undefined;
  if (!reply) throw new Error(`No answer from Saring's background for ${type}`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.data;
}
