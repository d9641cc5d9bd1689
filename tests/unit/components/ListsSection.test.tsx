// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TranslateProvider } from '@/components/i18n-context';
import { ListsSection } from '@/components/lists/ListsSection';
import en from '@/public/_locales/en/messages.json';
import id from '@/public/_locales/id/messages.json';
import { createTranslator, stringsFrom, type Translate } from '@/utils/i18n/translate';
import type { ListView } from '@/utils/lists/sync/list-view';
import { fakeBackground } from '../support/fake-background';

const tEn = createTranslator(stringsFrom(en));
const tId = createTranslator(stringsFrom(id));
const URL_OF_LIST = 'https://cekfakta.example/hoaks.json';

const bundled: ListView = { id: 'bundled:hoaxes', bundled: true, kind: 'hoaxes', listId: 'saring-hoaxes', name: 'Saring starter hoax list', publisher: 'Saring', version: 7, entries: 30, expired: false, state: {} };
const failing: ListView = {
  id: `sub:${URL_OF_LIST}`,
  bundled: false,
  url: URL_OF_LIST,
  kind: 'hoaxes',
  listId: 'cek',
  name: '<img src=x onerror=alert(1)>Cek Fakta',
  publisher: 'Cek',
  version: 2,
  entries: 12,
  expired: false,
  state: { checkedAt: 1_790_000_000_000, updatedAt: 1_789_000_000_000, error: { problem: 'bad-signature', message: 'the list signature does not match its contents', at: 1_790_000_000_000 } },
};

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function renderSection(t: Translate = tEn) {
  return render(
    <TranslateProvider value={t}>
      <ListsSection />
    </TranslateProvider>,
  );
}

const permissionRequest = (granted: boolean) => {
  const request = vi.fn(async () => granted);
  fakeBrowser.permissions.request = request as unknown as typeof fakeBrowser.permissions.request;
  return request;
};

function fillAddForm(url: string, key: string) {
  fireEvent.input(document.querySelector('#list-url')!, { target: { value: url } });
  fireEvent.input(document.querySelector('#list-key')!, { target: { value: key } });
  fireEvent.submit(document.querySelector('#add-list')!);
}

describe('the lists section of the options page', () => {
  it.each([
    ['English', tEn],
    ['Indonesian', tId],
  ] as [string, Translate][])('shows each list with its version, entries and last error, in %s', async (_name, t) => {
    fakeBackground({ 'lists:status': () => ({ lists: [bundled, failing] }) });
    renderSection(t);
    await screen.findByText(failing.name!);
    const card = document.querySelector<HTMLElement>(`[data-list-id="sub:${URL_OF_LIST}"]`)!;
    expect(card.dataset).toMatchObject({ version: '2', entries: '12', problem: 'bad-signature' });
    expect(card.querySelector('[role="alert"]')?.textContent).toContain(t('list_problem_bad_signature'));
    expect(card.textContent).toContain(t('lists_version', 2));
    // A list's name is shown as text, never as markup.
    expect(card.querySelector('img')).toBeNull();
    expect(card.textContent).toContain('<img src=x onerror=alert(1)>Cek Fakta');
    expect(document.querySelector('[data-list-id="bundled:hoaxes"]')?.textContent).toContain(t('lists_builtin'));
    expect(document.querySelector('[data-list-id="bundled:hoaxes"] .list-remove')).toBeNull();
  });

  it('asks for the list server’s host permission, then subscribes', async () => {
    const { sent } = fakeBackground({ 'lists:status': () => ({ lists: [bundled] }), 'lists:subscribe': () => ({ lists: [bundled, failing] }) });
    const request = permissionRequest(true);
    renderSection();
    await screen.findByText('Saring starter hoax list');
    fillAddForm(URL_OF_LIST, ' KEY== ');
    expect(request).toHaveBeenCalledWith({ origins: ['https://cekfakta.example/*'] });
    expect((await screen.findByRole('status')).textContent).toBe(tEn('lists_added'));
    expect(sent.find((m) => m.type === 'lists:subscribe')?.payload).toEqual({ url: URL_OF_LIST, publicKey: 'KEY==' });
    expect(document.querySelector(`[data-list-id="sub:${URL_OF_LIST}"]`)).not.toBeNull();
  });

  it('adds nothing when the permission is refused, and says why', async () => {
    const { sent } = fakeBackground({ 'lists:status': () => ({ lists: [bundled] }) });
    permissionRequest(false);
    renderSection();
    await screen.findByText('Saring starter hoax list');
    fillAddForm(URL_OF_LIST, 'KEY==');
    expect((await screen.findByRole('alert')).textContent).toBe(tEn('lists_permission_denied', 'cekfakta.example'));
    expect(sent.some((m) => m.type === 'lists:subscribe')).toBe(false);
  });

  it('refuses a plain-http address before asking for any permission', async () => {
    fakeBackground({ 'lists:status': () => ({ lists: [bundled] }) });
    const request = permissionRequest(true);
    renderSection();
    await screen.findByText('Saring starter hoax list');
    fillAddForm('http://cekfakta.example/hoaks.json', 'KEY==');
    expect((await screen.findByRole('alert')).textContent).toMatch(/https/);
    expect(request).not.toHaveBeenCalled();
  });

  it('shows the background’s refusal (a bad key) as an alert', async () => {
    fakeBackground({
      'lists:status': () => ({ lists: [bundled] }),
      'lists:subscribe': () => {
        throw new Error('the public key is not an ECDSA P-256 public key');
      },
    });
    permissionRequest(true);
    renderSection();
    await screen.findByText('Saring starter hoax list');
    fillAddForm(URL_OF_LIST, 'not-a-key');
    expect((await screen.findByRole('alert')).textContent).toBe(tEn('lists_failed', 'the public key is not an ECDSA P-256 public key'));
  });

  it('updates now and removes a subscription through the background', async () => {
    const updated = { ...failing, version: 3, state: { checkedAt: 1_790_000_100_000, updatedAt: 1_790_000_100_000 } };
    const { sent } = fakeBackground({
      'lists:status': () => ({ lists: [bundled, failing] }),
      'lists:update-now': () => ({ lists: [bundled, updated] }),
      'lists:unsubscribe': () => ({ lists: [bundled] }),
    });
    renderSection();
    await screen.findByText(failing.name!);
    fireEvent.click(screen.getByRole('button', { name: tEn('lists_update_now') }));
    await waitFor(() => expect(document.querySelector<HTMLElement>(`[data-list-id="sub:${URL_OF_LIST}"]`)?.dataset.version).toBe('3'));
    expect(document.querySelector(`[data-list-id="sub:${URL_OF_LIST}"] [role="alert"]`)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: tEn('lists_remove') }));
    await waitFor(() => expect(document.querySelector(`[data-list-id="sub:${URL_OF_LIST}"]`)).toBeNull());
    expect(sent.find((m) => m.type === 'lists:unsubscribe')?.payload).toEqual({ id: `sub:${URL_OF_LIST}` });
  });
});
