import type { ReportWrite } from '../storage/report-store';

// Long enough to undo, or to add a note after reading the platform's own report form.
const TOKEN_LIFETIME_MS = 30 * 60_000;
const MAX_TOKENS = 500;

interface Entry {
  write: ReportWrite;
  tabId: number | undefined;
  expires: number;
}

/**
 * Undo handles for report writes, held in the background's memory. A page may
 * take back or annotate only what it reported itself, from the same tab, for a while.
 */
export function createUndoTokens(now: () => number, newToken: () => string) {
  const entries = new Map<string, Entry>();

  function prune(): void {
    const time = now();
    for (const [token, entry] of entries) if (entry.expires <= time) entries.delete(token);
    while (entries.size > MAX_TOKENS) entries.delete(entries.keys().next().value!);
  }

  return {
    issue(write: ReportWrite, tabId: number | undefined): string {
      prune();
      const token = newToken();
      entries.set(token, { write, tabId, expires: now() + TOKEN_LIFETIME_MS });
      return token;
    },
    /** The write behind a token, if it was issued to this tab and is still valid. */
    find(token: string, tabId: number | undefined): ReportWrite | undefined {
      prune();
      const entry = entries.get(token);
      return entry && entry.tabId === tabId ? entry.write : undefined;
    },
    forget(token: string): void {
      entries.delete(token);
    },
  };
}

export type UndoTokens = ReturnType<typeof createUndoTokens>;
