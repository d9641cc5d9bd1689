// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TranslateProvider } from '@/components/i18n-context';
import { TeamSection } from '@/components/team/TeamSection';
import en from '@/public/_locales/en/messages.json';
import id from '@/public/_locales/id/messages.json';
import { createTranslator, stringsFrom } from '@/utils/i18n/translate';
import type { TeamStatus } from '@/utils/background/team-sync';
import { fakeBackground } from '../support/fake-background';

const t = createTranslator(stringsFrom(en));
const OUT: TeamStatus = { waiting: 0, ignored: 0, refused: [] };
const IN: TeamStatus = {
  joined: { url: 'https://couch.example.org', db: 'pemantau', user: 'rina', role: 'volunteer' },
  lastSyncedAt: 1_790_000_000_000,
  lastError: { message: 'The team server cannot be reached. Reports wait here and go up when it can.', at: 1_790_000_000_000 },
  waiting: 3,
  ignored: 2,
  refused: [{ id: 'review:tiktok:1', reason: 'only moderators change review states', at: 1 }],
};

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const renderSection = (translate = t) =>
  render(
    <TranslateProvider value={translate}>
      <TeamSection />
    </TranslateProvider>,
  );

function fill(fields: Record<string, string>) {
  for (const [field, value] of Object.entries(fields)) fireEvent.input(document.querySelector(`#team-${field}`)!, { target: { value } });
  fireEvent.submit(document.querySelector('#team-join')!);
}

describe('the team section of the settings page', () => {
  it('asks for the server’s permission only, then joins with what was typed', async () => {
    const { sent } = fakeBackground({ 'team:status': () => OUT, 'team:join': () => ({ ...IN, lastError: undefined, refused: [] }) });
    const request = vi.fn(async () => true);
    fakeBrowser.permissions.request = request as unknown as typeof fakeBrowser.permissions.request;
    renderSection();
    await screen.findByRole('button', { name: t('team_join') });
    fill({ url: 'https://couch.example.org/', db: 'pemantau', user: ' rina ', password: 'rahasia' });
    expect(request).toHaveBeenCalledWith({ origins: ['https://couch.example.org/*'] });
    expect((await screen.findByRole('status')).textContent).toBe(t('team_joined_done'));
    expect(sent.find((m) => m.type === 'team:join')?.payload).toEqual({ url: 'https://couch.example.org/', db: 'pemantau', user: 'rina', password: 'rahasia' });
    expect(document.querySelector('#team-joined')?.getAttribute('data-user')).toBe('rina');
  });

  it('joins nothing over plain http to another machine, and nothing when the permission is refused', async () => {
    const { sent } = fakeBackground({ 'team:status': () => OUT });
    fakeBrowser.permissions.request = vi.fn(async () => false) as unknown as typeof fakeBrowser.permissions.request;
    renderSection();
    await screen.findByRole('button', { name: t('team_join') });
    fill({ url: 'http://couch.example.org', db: 'pemantau', user: 'rina', password: 'x' });
    expect((await screen.findByRole('alert')).textContent).toMatch(/https/);
    fill({ url: 'https://couch.example.org', db: 'pemantau', user: 'rina', password: 'x' });
    expect((await screen.findByRole('alert')).textContent).toBe(t('lists_permission_denied', 'couch.example.org'));
    expect(sent.some((m) => m.type === 'team:join')).toBe(false);
  });

  it.each([
    [{ problem: 'unreachable', detail: '' }, /^Server tim tidak dapat dihubungi\./],
    [{ problem: 'refused', detail: 'only moderators change review states' }, /^Server tim menolak ini: only moderators change review states$/],
  ] as const)('names the last error in the reader’s language, with the server’s own reason (%o)', async (error, shown) => {
    const tId = createTranslator(stringsFrom(id));
    fakeBackground({ 'team:status': () => ({ ...IN, lastError: { message: 'in English', at: 1, ...error } }) });
    renderSection(tId);
    expect((await screen.findByRole('alert')).textContent).toMatch(shown);
  });

  it('shows how sync goes, the refused changes, and leaves the team', async () => {
    const { sent } = fakeBackground({ 'team:status': () => IN, 'team:leave': () => OUT });
    renderSection();
    await screen.findByText(t('team_waiting', 3));
    expect(screen.getByRole('alert').textContent).toBe(IN.lastError!.message);
    expect(screen.getByText(t('team_ignored', 2))).toBeTruthy();
    expect(document.querySelector('#team-refused')?.textContent).toContain('only moderators change review states');
    // The password never comes back to the page.
    expect(document.body.textContent).not.toContain('rahasia');
    fireEvent.click(screen.getByRole('button', { name: t('team_leave') }));
    expect((await screen.findByRole('status')).textContent).toBe(t('team_left'));
    expect(sent.map((m) => m.type)).toContain('team:leave');
    expect(await screen.findByRole('button', { name: t('team_join') })).toBeTruthy();
  });
});
