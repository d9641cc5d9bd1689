import type { ReportWrite } from '../storage/report-store';

// Long enough to undo, or to add a note after reading the platform's own report form.
export const TOKEN_LIFETIME_MS = 30 * 60_000;
const MAX_TOKENS = 50;

export interface UndoEntry {
  write: ReportWrite;
  tabId: number | undefined;
  expires: number;
}

/** Where tokens are kept: memory in tests, `storage.session` in the extension (it outlives a stopped service worker). */
export interface UndoStore {
  get(token: string): Promise<UndoEntry | undefined>;
  set(token: string, entry: UndoEntry): Promise<void>;
  delete(token: string): Promise<void>;
  all(): Promise<[string, UndoEntry][]>;
}

export function memoryUndoStore(): UndoStore {
  const entries = new Map<string, UndoEntry>();
  return {
    get: async (token) => entries.get(token),
    set: async (token, entry) => void entries.set(token, entry),
    delete: async (token) => void entries.delete(token),
    all: async () => [...entries],
  };
}

/**
 * Undo handles for report writes. A page may take back or annotate only what it
 * reported itself, from the same tab, for a while.
 */
export function createUndoTokens(now: () => number, newToken: () => string, store: UndoStore = memoryUndoStore()) {
  async function prune(): Promise<void> {
    const time = now();
    const live = (await store.all()).sort((a, b) => a[1].expires - b[1].expires);
    const stale = live.filter(([, e], i) => e.expires <= time || live.length - i > MAX_TOKENS);
    await Promise.all(stale.map(([token]) => store.delete(token)));
  }

  async function find(token: string, tabId: number | undefined): Promise<UndoEntry | undefined> {
    const entry = await store.get(token);
    return entry && entry.tabId === tabId && entry.expires > now() ? entry : undefined;
  }

  return {
    async issue(write: ReportWrite, tabId: number | undefined): Promise<string> {
      await prune();
      const token = newToken();
      await store.set(token, { write, tabId, expires: now() + TOKEN_LIFETIME_MS });
      return token;
    },
    /** The write behind a token, if it was issued to this tab and is still valid. */
    find: async (token: string, tabId: number | undefined) => (await find(token, tabId))?.write,
    /** After a note changed the report, undo must compare against the report as it now is. */
    async replace(token: string, write: ReportWrite): Promise<void> {
      const entry = await store.get(token);
      if (entry) await store.set(token, { ...entry, write });
    },
    forget: (token: string) => store.delete(token),
  };
}

export type UndoTokens = ReturnType<typeof createUndoTokens>;
