import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendToBackground } from '@/utils/messaging/send';
import { checkListUrl } from '@/utils/lists/sync/list-url';
import type { ListView } from '@/utils/lists/sync/list-view';
import { useT } from '../i18n-context';
import { ListCard } from './ListCard';
import { AddListForm } from './AddListForm';

type Note = { text: string; error?: boolean } | null;

/** The options page's lists: what is in force, each subscription's checks, "update now", add and remove. */
export function ListsSection() {
  const t = useT();
  const [lists, setLists] = useState<ListView[] | null>(null);
  const [note, setNote] = useState<Note>(null);
  const [busy, setBusy] = useState(false);
  const run = async (work: () => Promise<{ lists: ListView[] }>, done?: string) => {
    setBusy(true);
    try {
      setLists((await work()).lists);
      setNote(done ? { text: done } : null);
    } catch (error) {
      setNote({ text: t('lists_failed', error instanceof Error ? error.message : String(error)), error: true });
    } finally {
      setBusy(false);
    }
  };
  useEffect(() => void run(() => sendToBackground('lists:status', {})), []);

  // The permission prompt needs the click still live: it is asked before anything is awaited.
  const add = (url: string, publicKey: string) => {
    const checked = checkListUrl(url);
    if ('error' in checked) return setNote({ text: t('lists_failed', checked.error), error: true });
    const granted = browser.permissions.request({ origins: [checked.originPattern] });
    void granted.then(
      (ok) =>
        ok
          ? run(() => sendToBackground('lists:subscribe', { url: checked.url, publicKey }), t('lists_added'))
          : setNote({ text: t('lists_permission_denied', new URL(checked.url).host), error: true }),
      (error: Error) => setNote({ text: t('lists_failed', error.message), error: true }),
    );
  };

  return (
    <section id="lists">
      <h2>{t('lists_heading')}</h2>
      <p>{t('lists_intro')}</p>
      {lists && (
        <ul id="list-cards">
          {lists.map((list) => (
            <ListCard key={list.id} list={list} onRemove={() => void run(() => sendToBackground('lists:unsubscribe', { id: list.id }))} />
          ))}
        </ul>
      )}
      <button type="button" id="lists-update-now" disabled={busy} onClick={() => void run(() => sendToBackground('lists:update-now', {}), t('lists_updated_done'))}>
        {busy ? t('lists_updating') : t('lists_update_now')}
      </button>
      <AddListForm disabled={busy} onAdd={add} />
      {note && (
        <p id="lists-note" role={note.error ? 'alert' : 'status'}>
          {note.text}
        </p>
      )}
    </section>
  );
}
