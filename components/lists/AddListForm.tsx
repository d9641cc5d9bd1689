import { useState } from 'preact/hooks';
import { useT } from '../i18n-context';

const valueOf = (event: Event) => (event.currentTarget as HTMLInputElement | HTMLTextAreaElement).value;

export function AddListForm({ disabled, onAdd }: { disabled: boolean; onAdd(url: string, publicKey: string): void }) {
  const t = useT();
  const [url, setUrl] = useState('');
  const [key, setKey] = useState('');
  return (
    <form
      id="add-list"
      onSubmit={(event) => {
        event.preventDefault();
        onAdd(url.trim(), key.trim());
      }}
    >
      <h3>{t('lists_add_heading')}</h3>
      <label>
        {t('lists_url')} <input id="list-url" type="url" required value={url} onInput={(e) => setUrl(valueOf(e))} />
      </label>
      <label>
        {t('lists_key')} <textarea id="list-key" required rows={3} value={key} onInput={(e) => setKey(valueOf(e))} />
      </label>
      <button type="submit" id="list-add" disabled={disabled}>
        {t('lists_add')}
      </button>
    </form>
  );
}
