import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Message, MessageType, Reply } from '@/utils/messaging/protocol';

/**
 * Answers extension pages' messages as the background would, from a table of handlers; each
 * message is kept so a test can see what the page asked. Unknown types fail as the router does.
 */
export function fakeBackground(handlers: Partial<Record<MessageType, (payload: unknown) => unknown>>) {
  const sent: Message[] = [];
  fakeBrowser.runtime.onMessage.addListener(async (message: unknown): Promise<Reply> => {
    const { type, payload } = message as Message;
    sent.push(message as Message);
    const handler = handlers[type];
    if (!handler) return { ok: false, error: `unknown message type: ${type}` };
    try {
      return { ok: true, data: (await handler(payload)) as never };
    } catch (error) {
      return { ok: false, error: (error as Error).message };
    }
  });
  return { sent };
}
