// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TranslateProvider } from '@/components/i18n-context';
import { fakeBackground } from '../support/fake-background';
import { OptionsPage } from '@/components/OptionsPage';
import en from '@/public/_locales/en/messages.json';
import id from '@/public/_locales/id/messages.json';
import { createTranslator, stringsFrom, type Translate } from '@/utils/i18n/translate';
import { DEFAULT_SETTINGS, readSettings, updateSettings, type MutedRule } from '@/utils/settings/settings';

const tEn = createTranslator(stringsFrom(en));
const tId = createTranslator(stringsFrom(id));

beforeEach(() => {
  fakeBrowser.reset();
  // The fake browser has no commands API: the page asks it for the bulk-mode shortcut.
  fakeBrowser.commands.getAll = vi.fn(async () => [
    { name: 'other-command', shortcut: 'Ctrl+Q' },
    { name: 'toggle-bulk-mode', shortcut: 'Alt+Shift+B' },
  ]) as typeof fakeBrowser.commands.getAll;
  fakeBackground({ 'lists:status': () => ({ lists: [] }), 'team:status': () => ({ waiting: 0, ignored: 0, refused: [] }) });
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

async function renderOptions(t: Translate = tEn) {
  const view = render(
    <TranslateProvider value={t}>
      <OptionsPage />
    </TranslateProvider>,
  );
  await screen.findByRole('heading', { name: t('options_title') });
  return view;
}

/** Rendered, with the reporter id already made and stored: a storage mock set afterwards hits only the settings. */
async function renderOptionsSettled(t: Translate = tEn) {
  const view = await renderOptions(t);
  await screen.findByText(/^Your reporter id on this browser: \S+/);
  return view;
}

const rule = (kind: MutedRule['kind'], id: string, label: string, mutedAt = 1): MutedRule => ({ kind, id, label, mutedAt });

describe('OptionsPage', () => {
  it('shows "Loading…" until the settings are read, then every switch as stored', async () => {
    await updateSettings((s) => ({ ...s, platforms: { ...s.platforms, youtube: false }, kinds: { ...s.kinds, fundraising: false }, blurHoaxes: false }));
    render(
      <TranslateProvider value={tEn}>
        <OptionsPage />
      </TranslateProvider>,
    );
    expect(screen.getByText('Loading…')).toBeTruthy();
    await screen.findByRole('heading', { name: 'Saring settings' });
    expect(screen.queryByText('Loading…')).toBeNull();
    const checked = (name: string | RegExp) => (screen.getByRole('checkbox', { name }) as HTMLInputElement).checked;
    expect(checked('TikTok')).toBe(true);
    expect(checked('YouTube')).toBe(false);
    expect(checked('Instagram')).toBe(true);
    expect(checked('Facebook')).toBe(true);
    expect(checked('Fundraising')).toBe(false);
    expect(checked('Known hoax')).toBe(true);
    expect(checked(/^Blur videos/)).toBe(false);
  });

  it('lists the four platforms and the five kinds', async () => {
    await renderOptions();
    const platforms = screen.getByRole('group', { name: 'Read posts on' });
    expect(within(platforms).getAllByRole('checkbox').map((c) => (c as HTMLInputElement).name)).toEqual(['tiktok', 'youtube', 'instagram', 'facebook']);
    const kinds = screen.getByRole('group', { name: 'Flag' });
    expect(within(kinds).getAllByRole('checkbox', { name: /^(?!Blur)/ }).map((c) => (c as HTMLInputElement).name)).toEqual([
      'political_ad',
      'campaign',
      'election_fundraising',
      'fundraising',
      'hoax',
    ]);
  });

  it.each(['TikTok', 'YouTube', 'Instagram', 'Facebook'])('unchecking %s stores it, and only it', async (name) => {
    await renderOptions();
    const box = screen.getByRole('checkbox', { name }) as HTMLInputElement;
    expect(box.checked).toBe(true);
    fireEvent.click(box);
    await screen.findByRole('status');
    expect(screen.getByRole('status').textContent).toBe('Saved.');
    const stored = await readSettings();
    const key = name.toLowerCase() as keyof typeof stored.platforms;
    expect(stored.platforms).toEqual({ ...DEFAULT_SETTINGS.platforms, [key]: false });
    expect(stored.kinds).toEqual(DEFAULT_SETTINGS.kinds);
    expect((screen.getByRole('checkbox', { name }) as HTMLInputElement).checked).toBe(false);
  });

  it('checking a platform again stores it on', async () => {
    await updateSettings((s) => ({ ...s, platforms: { ...s.platforms, instagram: false } }));
    await renderOptions();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Instagram' }));
    await waitFor(async () => expect((await readSettings()).platforms.instagram).toBe(true));
  });

  it.each<[string, keyof typeof DEFAULT_SETTINGS.kinds]>([
    ['Political ad', 'political_ad'],
    ['Campaign content', 'campaign'],
    ['Election fundraising', 'election_fundraising'],
    ['Fundraising', 'fundraising'],
    ['Known hoax', 'hoax'],
  ])('unchecking the kind %s stores it, and only it', async (name, kind) => {
    await renderOptions();
    fireEvent.click(screen.getByRole('checkbox', { name }));
    await screen.findByText('Saved.');
    const stored = await readSettings();
    expect(stored.kinds).toEqual({ ...DEFAULT_SETTINGS.kinds, [kind]: false });
    expect(stored.platforms).toEqual(DEFAULT_SETTINGS.platforms);
  });

  it('two changes in a row both stay stored', async () => {
    await renderOptions();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Campaign content' }));
    await screen.findByText('Saved.');
    fireEvent.click(screen.getByRole('checkbox', { name: 'TikTok' }));
    await waitFor(async () => expect((await readSettings()).platforms.tiktok).toBe(false));
    expect((await readSettings()).kinds.campaign).toBe(false);
  });

  it('the blur checkbox stores blurHoaxes off and on', async () => {
    await renderOptions();
    const blur = screen.getByRole('checkbox', { name: /^Blur videos that repeat a known hoax/ }) as HTMLInputElement;
    expect(blur.checked).toBe(true);
    fireEvent.click(blur);
    await waitFor(async () => expect((await readSettings()).blurHoaxes).toBe(false));
    await waitFor(() => expect((screen.getByRole('checkbox', { name: /^Blur videos/ }) as HTMLInputElement).checked).toBe(false));
    fireEvent.click(screen.getByRole('checkbox', { name: /^Blur videos/ }));
    await waitFor(async () => expect((await readSettings()).blurHoaxes).toBe(true));
  });

  it.each(['id', 'en', 'browser'] as const)('the language select stores %s', async (language) => {
    // Start from a different value so every choice is a real change.
    await updateSettings((s) => ({ ...s, language: language === 'en' ? 'id' : 'en' }));
    await renderOptions();
    const select = within(screen.getByRole('group', { name: 'Language' })).getByRole('combobox') as HTMLSelectElement;
    expect([...select.options].map((o) => o.value)).toEqual(['browser', 'id', 'en']);
    fireEvent.change(select, { target: { value: language } });
    await waitFor(async () => expect((await readSettings()).language).toBe(language));
    await waitFor(() => expect(select.value).toBe(language));
  });

  it('shows the stored language as selected', async () => {
    await updateSettings((s) => ({ ...s, language: 'id' }));
    await renderOptions();
    expect((within(screen.getByRole('group', { name: 'Language' })).getByRole('combobox') as HTMLSelectElement).value).toBe('id');
  });

  it('with no muted rules shows the empty message', async () => {
    await renderOptions();
    const muted = screen.getByRole('group', { name: 'Muted rules' });
    expect(within(muted).getByText('No muted rules.')).toBeTruthy();
    expect(within(muted).queryByRole('list')).toBeNull();
    expect(within(muted).queryByRole('button', { name: /^Show again/ })).toBeNull();
  });

  it('lists muted rules, and "Show again" removes just that one from storage', async () => {
    await updateSettings((s) => ({
      ...s,
      mutedRules: [rule('pattern', 'p-coblos', 'coblos'), rule('claim', 'claim-9', 'Kotak suara dibakar'), rule('pattern', 'claim-9', 'same id, other kind')],
    }));
    await renderOptions();
    const muted = screen.getByRole('group', { name: 'Muted rules' });
    const items = within(muted).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual(['coblos Show again', 'Kotak suara dibakar Show again', 'same id, other kind Show again']);
    expect(screen.queryByText('No muted rules.')).toBeNull();

    fireEvent.click(within(items[1]).getByRole('button', { name: /^Show again/ }));
    await waitFor(async () => expect((await readSettings()).mutedRules.map((r) => `${r.kind}:${r.id}`)).toEqual(['pattern:p-coblos', 'pattern:claim-9']));
    await waitFor(() => expect(within(muted).getAllByRole('listitem')).toHaveLength(2));
    expect(within(muted).queryByText('Kotak suara dibakar')).toBeNull();
  });

  it('removing the last muted rule shows the empty message', async () => {
    await updateSettings((s) => ({ ...s, mutedRules: [rule('pattern', 'p-1', 'nomor urut')] }));
    await renderOptions();
    fireEvent.click(screen.getByRole('button', { name: /^Show again/ }));
    expect(await screen.findByText('No muted rules.')).toBeTruthy();
    expect((await readSettings()).mutedRules).toEqual([]);
  });

  it('a muted rule\'s label from a list is rendered as text', async () => {
    await updateSettings((s) => ({ ...s, mutedRules: [rule('claim', 'c-x', '<img src=x onerror=alert(1)>')] }));
    const { container } = await renderOptions();
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('listitem').textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('shows the bulk-mode shortcut and the reporter id', async () => {
    await fakeBrowser.storage.local.set({ reporterId: 'reporter-abc-123' });
    await renderOptions();
    expect(await screen.findByText("Bulk flagging shortcut: Alt+Shift+B. Change it in the browser's extension shortcuts.")).toBeTruthy();
    expect(await screen.findByText('Your reporter id on this browser: reporter-abc-123')).toBeTruthy();
  });

  it('shows a dash when the shortcut is unset', async () => {
    fakeBrowser.commands.getAll = vi.fn(async () => [{ name: 'toggle-bulk-mode', shortcut: '' }]) as typeof fakeBrowser.commands.getAll;
    await renderOptions();
    expect(await screen.findByText(/^Bulk flagging shortcut: —\./)).toBeTruthy();
  });

  it('when saving fails, says so and shows what is really stored', async () => {
    await updateSettings((s) => ({ ...s, mutedRules: [rule('pattern', 'p-1', 'nomor urut')] }));
    await renderOptionsSettled();
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('quota exceeded'));
    fireEvent.click(screen.getByRole('button', { name: /^Show again/ }));
    expect((await screen.findByRole('alert')).textContent).toBe('Settings could not be saved: quota exceeded');
    expect(screen.queryByText('Saved.')).toBeNull();
    // The rule is still muted, and the page still lists it.
    expect(screen.getByRole('listitem').textContent).toContain('nomor urut');
    expect(screen.queryByText('No muted rules.')).toBeNull();
    vi.restoreAllMocks();
    expect((await readSettings()).mutedRules.map((r) => r.id)).toEqual(['p-1']);
  });

  it('a checkbox change that cannot be saved leaves the box as stored', async () => {
    await renderOptionsSettled();
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('quota exceeded'));
    fireEvent.click(screen.getByRole('checkbox', { name: 'TikTok' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Settings could not be saved: quota exceeded');
    await waitFor(() => expect((screen.getByRole('checkbox', { name: 'TikTok' }) as HTMLInputElement).checked).toBe(true));
    vi.restoreAllMocks();
    expect((await readSettings()).platforms.tiktok).toBe(true);
  });

  it('is in Indonesian with the id translator', async () => {
    await renderOptions(tId);
    expect(screen.getByRole('group', { name: 'Baca postingan di' })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'Hoaks' })).toBeTruthy();
    expect(screen.getByText('Tidak ada aturan yang dibisukan.')).toBeTruthy();
  });
});
