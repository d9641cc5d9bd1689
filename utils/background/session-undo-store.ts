import { browser } from 'wxt/browser';
import { memoryUndoStore, type UndoEntry, type UndoStore } from '../messaging/undo-tokens';

const PREFIX = 'undo:';

/**
 * Undo tokens in `storage.session`: Chrome stops an idle service worker after
 * about 30 seconds, and a token kept only in its memory would go with it, while
 * the user is still reading the platform's report form. Session storage lives
 * until the browser closes and is never written to disk. Where it is missing or
 * full, tokens stay in memory, which still covers the usual quick undo.
 */
export function sessionUndoStore(): UndoStore {
  const area = browser.storage.session;
  const memory = memoryUndoStore();
  if (!area) return memory;
  const key = (token: string) => PREFIX + token;
  return {
    async get(token) {
      const items: Record<string, unknown> = await area.get(key(token)).catch(() => ({}));
      const stored = items[key(token)] as UndoEntry | undefined;
      return stored ?? memory.get(token);
    },
    async set(token, entry) {
      await area.set({ [key(token)]: entry }).catch(() => memory.set(token, entry));
    },
    async delete(token) {
      await Promise.all([area.remove(key(token)).catch(() => undefined), memory.delete(token)]);
    },
    async all() {
      const items: Record<string, unknown> = await area.get(null).catch(() => ({}));
      const stored = Object.entries(items).filter(([k]) => k.startsWith(PREFIX));
      return [...stored.map(([k, v]): [string, UndoEntry] => [k.slice(PREFIX.length), v as UndoEntry]), ...(await memory.all())];
    },
  };
}
