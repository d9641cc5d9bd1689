import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { FLAG_KINDS, type FlagKind } from '@/utils/engine/types';
import { PLATFORM_NAMES } from '@/utils/post';
import { readSettings, SWITCHABLE_PLATFORMS, unmuteRule, updateSettings, type Settings, type SwitchablePlatform } from '@/utils/settings/settings';
import { reporterId } from '@/utils/settings/reporter-id';
import { kindLabelKey } from './flag-labels';
import { useT } from './i18n-context';
import { ListsSection } from './lists/ListsSection';
import { TeamSection } from './team/TeamSection';

const checkedOf = (event: Event) => (event.currentTarget as HTMLInputElement).checked;

type Status = { state: 'idle' } | { state: 'saved' } | { state: 'failed'; error: string };

function useSettings() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState<Status>({ state: 'idle' });
  useEffect(() => {
    void readSettings().then(setSettings);
  }, []);
  const change = async (edit: (s: Settings) => Settings) => {
    try {
      setSettings(await updateSettings(edit));
      setStatus({ state: 'saved' });
    } catch (error) {
      // The stored settings are unchanged: the page shows what is really in effect.
      setSettings(await readSettings());
      setStatus({ state: 'failed', error: error instanceof Error ? error.message : String(error) });
    }
  };
  return { settings, status, change };
}

function ShortcutAndId() {
  const t = useT();
  const [shortcut, setShortcut] = useState('');
  const [id, setId] = useState('');
  useEffect(() => {
    browser.commands.getAll().then((all) => setShortcut(all.find((c) => c.name === 'toggle-bulk-mode')?.shortcut || '—'), () => setShortcut('—'));
    reporterId().then(setId, () => setId('—'));
  }, []);
  return (
    <>
      <p id="shortcut">{t('options_shortcut', shortcut)}</p>
      <p id="reporter-id">{t('options_reporter_id', id)}</p>
    </>
  );
}

/** Settings: platforms and kinds on or off, blur, language, muted rules. Every change is saved at once. */
export function OptionsPage() {
  const t = useT();
  const { settings, status, change } = useSettings();
  if (!settings) return <p>{t('popup_loading')}</p>;
  // Values are read while the event is live: `change` runs its edit after an await, when currentTarget is gone.
  const setPlatform = (p: SwitchablePlatform, on: boolean) => change((s) => ({ ...s, platforms: { ...s.platforms, [p]: on } }));
  const setKind = (k: FlagKind, on: boolean) => change((s) => ({ ...s, kinds: { ...s.kinds, [k]: on } }));
  const setBlur = (on: boolean) => change((s) => ({ ...s, blurHoaxes: on }));
  const setLanguage = (language: Settings['language']) => change((s) => ({ ...s, language }));
  return (
    <main>
      <h1>{t('options_title')}</h1>
      <fieldset id="platforms">
        <legend>{t('options_platforms')}</legend>
        {SWITCHABLE_PLATFORMS.map((p) => (
          <label key={p}>
            <input type="checkbox" name={p} checked={settings.platforms[p]} onChange={(e) => setPlatform(p, checkedOf(e))} />{' '}
            {PLATFORM_NAMES[p]}
          </label>
        ))}
      </fieldset>
      <fieldset id="kinds">
        <legend>{t('options_kinds')}</legend>
        {FLAG_KINDS.map((k) => (
          <label key={k}>
            <input type="checkbox" name={k} checked={settings.kinds[k]} onChange={(e) => setKind(k, checkedOf(e))} />{' '}
            {t(kindLabelKey(k))}
          </label>
        ))}
        <label>
          <input type="checkbox" id="blur-hoaxes" checked={settings.blurHoaxes} onChange={(e) => setBlur(checkedOf(e))} />{' '}
          {t('options_blur')}
        </label>
      </fieldset>
      <fieldset>
        <legend>{t('options_language')}</legend>
        <select id="language" aria-label={t('options_language')} value={settings.language} onChange={(e) => setLanguage((e.currentTarget as HTMLSelectElement).value as Settings['language'])}>
          <option value="browser">{t('options_language_browser')}</option>
          <option value="id">{t('options_language_id')}</option>
          <option value="en">{t('options_language_en')}</option>
        </select>
      </fieldset>
      <fieldset id="muted-rules">
        <legend>{t('options_muted')}</legend>
        {settings.mutedRules.length === 0 ? (
          <p>{t('options_muted_none')}</p>
        ) : (
          <ul>
            {settings.mutedRules.map((rule) => (
              <li key={`${rule.kind}:${rule.id}`} data-rule-id={rule.id}>
                {rule.label}{' '}
                <button type="button" aria-label={`${t('options_unmute')}: ${rule.label}`} onClick={() => change((s) => unmuteRule(s, rule.kind, rule.id))}>
                  {t('options_unmute')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
      <ShortcutAndId />
      <ListsSection />
      <TeamSection />
      {status.state === 'saved' && <p role="status">{t('options_saved')}</p>}
      {status.state === 'failed' && <p role="alert">{t('options_save_failed', status.error)}</p>}
    </main>
  );
}
