import { useEffect } from 'preact/hooks';
import { sendToBackground } from '@/utils/messaging/send';
import { checkListUrl } from '@/utils/lists/sync/list-url';
import type { ListView } from '@/utils/lists/sync/list-view';
import { useT } from '../i18n-context';
import { askForServer, useServerAction } from '../use-server-action';
import { ListCard } from './ListCard';
import { AddListForm } from './AddListForm';

/** The options page's lists: what is in force, each subscription's checks, "update now", add and remove. */
export function ListsSection() {
  const t = useT();
  const { answer, note, setNote, busy, run, fail } = useServerAction<{ lists: ListView[] }>((message) => t('lists_failed', message));
  const lists = answer?.lists ?? null;
  useEffect(() => run(() => sendToBackground('lists:status', {})), []);

  const add = (url: string, publicKey: string) => {
    const checked = checkListUrl(url);
    if ('error' in checked) return fail(checked.error);
    askForServer(
      checked,
      () => run(() => sendToBackground('lists:subscribe', { url: checked.url, publicKey }), t('lists_added')),
      (host) => setNote({ text: t('lists_permission_denied', host), error: true }),
      fail,
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
