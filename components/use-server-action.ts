import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

export type Note = { text: string; error?: boolean } | null;

/**
 * A settings section that talks to a server through the background (lists, team sync): the
 * last answer, busy while a request runs, and a note that says how it went.
 * `failed` words an error for the section.
 */
export function useServerAction<T>(failed: (message: string) => string) {
  const [answer, setAnswer] = useState<T | null>(null);
  const [note, setNote] = useState<Note>(null);
  const [busy, setBusy] = useState(false);
  const run = (work: () => Promise<T>, done?: string) => {
    setBusy(true);
    void work()
      .then((next) => (setAnswer(next), setNote(done ? { text: done } : null)))
      .catch((error: unknown) => setNote({ text: failed(error instanceof Error ? error.message : String(error)), error: true }))
      .finally(() => setBusy(false));
  };
  const fail = (message: string) => setNote({ text: failed(message), error: true });
  return { answer, note, setNote, busy, run, fail };
}

/**
 * Asks for one server's host permission, then goes on. The browser shows its prompt only while
 * the user's click is live, so nothing may be awaited before this is called.
 */
export function askForServer(server: { url: string; originPattern: string }, granted: () => void, refused: (host: string) => void, failed: (message: string) => void): void {
  void browser.permissions.request({ origins: [server.originPattern] }).then(
    (ok) => (ok ? granted() : refused(new URL(server.url).host)),
    (error: Error) => failed(error.message),
  );
}
