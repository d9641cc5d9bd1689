// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReportPicker } from '@/components/ReportPicker';
import { ReportToast } from '@/components/warning/ReportToast';
import en from '@/public/_locales/en/messages.json';
import id from '@/public/_locales/id/messages.json';
import { createTranslator, stringsFrom, type Translate } from '@/utils/i18n/translate';
import type { ReportReceipt } from '@/utils/messaging/protocol';
import type { Post } from '@/utils/post';
import { buildReport, type ReportCategory } from '@/utils/storage/report';
import { makePost } from '../support/make-post';

const tEn = createTranslator(stringsFrom(en));
const tId = createTranslator(stringsFrom(id));
const BAWASLU = 'https://sigaplapor.bawaslu.go.id/';

afterEach(cleanup);

function receiptFor(post: Post, category: ReportCategory, undoToken = 'picker-token'): ReportReceipt {
  const report = buildReport(post, { flags: [], category, lists: {}, reportedAt: 1, reporterId: 'r', source: 'menu', extensionVersion: '0.1.0' });
  return { report, undoToken, today: 2 };
}

function renderPicker(options: { t?: Translate; post?: Post; token?: string; report?: (c: ReportCategory) => Promise<ReportReceipt> } = {}) {
  const post = options.post ?? makePost();
  const props = {
    report: vi.fn(options.report ?? (async (category: ReportCategory) => receiptFor(post, category, options.token))),
    undo: vi.fn(async (_token: string) => {}),
    annotate: vi.fn(async (_token: string, _category: ReportCategory, _note: string) => {}),
    close: vi.fn(),
  };
  const view = render(<ReportPicker t={options.t ?? tEn} post={post} {...props} />);
  return { ...view, ...props, post };
}

describe('ReportPicker', () => {
  it('is a dialog that offers exactly political ad, election fundraising, hoax and other, and Cancel', () => {
    renderPicker();
    const dialog = screen.getByRole('dialog', { name: 'Report this post as…' });
    expect(within(dialog).getAllByRole('button').map((b) => b.textContent)).toEqual(['Political ad', 'Election fundraising', 'Known hoax', 'Something else', 'Cancel']);
  });

  it('shows the choices in Indonesian with the id translator', () => {
    renderPicker({ t: tId });
    const dialog = screen.getByRole('dialog', { name: 'Laporkan postingan ini sebagai…' });
    expect(within(dialog).getAllByRole('button').map((b) => b.textContent)).toEqual(['Iklan politik', 'Penggalangan dana pemilu', 'Hoaks', 'Lainnya', 'Batal']);
  });

  it.each<[string, ReportCategory]>([
    ['Political ad', 'political_ad'],
    ['Election fundraising', 'election_fundraising'],
    ['Known hoax', 'hoax'],
    ['Something else', 'other'],
  ])('choosing "%s" calls report(%s) and then shows the toast', async (name, category) => {
    const { report, close } = renderPicker();
    fireEvent.click(screen.getByRole('button', { name }));
    expect(report).toHaveBeenCalledTimes(1);
    expect(report).toHaveBeenCalledWith(category);
    const toast = await screen.findByRole('status');
    expect(toast.textContent).toContain('Reported to Saring.');
    expect(within(toast).getByRole('button', { name: 'Undo' })).toBeTruthy();
    // The choices are gone; the way out is now "Close".
    expect(screen.queryByRole('button', { name })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(close).toHaveBeenCalledTimes(1);
  });

  it('Undo calls undo with the receipt\'s token and says the report was withdrawn', async () => {
    const { undo } = renderPicker({ token: 'tok-menu-5' });
    fireEvent.click(screen.getByRole('button', { name: 'Known hoax' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Report withdrawn.'));
    expect(undo).toHaveBeenCalledTimes(1);
    expect(undo).toHaveBeenCalledWith('tok-menu-5');
    expect(screen.getByRole('button', { name: 'Close' })).toBeTruthy();
  });

  it('Cancel calls close without reporting', () => {
    const { close, report } = renderPicker();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(close).toHaveBeenCalledTimes(1);
    expect(report).not.toHaveBeenCalled();
  });

  it('adds a note through the toast with the picked category preselected', async () => {
    const { annotate } = renderPicker({ token: 'tok-note' });
    fireEvent.click(screen.getByRole('button', { name: 'Known hoax' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Add a note' }));
    const select = (await screen.findByRole('combobox', { name: /Category/ })) as HTMLSelectElement;
    expect(select.value).toBe('hoax');
    fireEvent.change(select, { target: { value: 'other' } });
    fireEvent.input(screen.getByRole('textbox', { name: 'Note (optional)' }), { target: { value: 'akun palsu' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(annotate).toHaveBeenCalledWith('tok-note', 'other', 'akun palsu'));
    expect(annotate).toHaveBeenCalledTimes(1);
    expect(await screen.findByText('Note saved.')).toBeTruthy();
  });

  it.each<[string, boolean]>([
    ['Political ad', true],
    ['Election fundraising', true],
    ['Known hoax', false],
    ['Something else', false],
  ])('after "%s" the Bawaslu link shows: %s', async (name, bawaslu) => {
    const { post } = renderPicker();
    fireEvent.click(screen.getByRole('button', { name }));
    await screen.findByRole('button', { name: 'Undo' });
    expect(screen.getByRole('link', { name: 'Report on TikTok' }).getAttribute('href')).toBe(post.permalink);
    const link = screen.queryByRole('link', { name: 'Report an election violation to Bawaslu' });
    if (bawaslu) expect(link?.getAttribute('href')).toBe(BAWASLU);
    else expect(link).toBeNull();
  });

  it('a failed report shows an alert and keeps the choices', async () => {
    const { report } = renderPicker({ report: async () => Promise.reject(new Error('background asleep')) });
    fireEvent.click(screen.getByRole('button', { name: 'Political ad' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Saring could not do that: background asleep');
    expect(report).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: 'Political ad' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeTruthy();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('a failed undo shows an alert and keeps the toast', async () => {
    const view = renderPicker();
    view.undo.mockRejectedValueOnce(new Error('too late'));
    fireEvent.click(screen.getByRole('button', { name: 'Known hoax' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Saring could not do that: too late');
    expect(screen.queryByText('Report withdrawn.')).toBeNull();
    expect(screen.getByRole('button', { name: 'Undo' })).toBeTruthy();
  });

  it('a failed note shows an alert and does not claim the note was saved', async () => {
    const view = renderPicker();
    view.annotate.mockRejectedValueOnce(new Error('note rejected'));
    fireEvent.click(screen.getByRole('button', { name: 'Known hoax' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Add a note' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Save' }));
    await waitFor(() => expect(view.annotate).toHaveBeenCalledTimes(1));
    expect(screen.queryByText('Note saved.')).toBeNull();
    expect((await screen.findByRole('alert')).textContent).toBe('Saring could not do that: note rejected');
  });
});

describe('ReportToast directly', () => {
  it('renders the toast on its own with Undo and the bridge', () => {
    const post = makePost({ platform: 'instagram', permalink: 'https://www.instagram.com/p/ABC123/' });
    const onUndo = vi.fn(async () => {});
    const onAnnotate = vi.fn(async () => {});
    render(<ReportToast t={tEn} post={post} report={receiptFor(post, 'campaign').report} onUndo={onUndo} onAnnotate={onAnnotate} />);
    const toast = screen.getByRole('status');
    expect(screen.getByRole('link', { name: 'Report on Instagram' }).getAttribute('href')).toBe('https://www.instagram.com/p/ABC123/');
    expect(screen.getByRole('link', { name: 'Report an election violation to Bawaslu' }).getAttribute('href')).toBe(BAWASLU);
    fireEvent.click(within(toast).getByRole('button', { name: 'Undo' }));
    expect(onUndo).toHaveBeenCalledTimes(1);
    expect(onAnnotate).not.toHaveBeenCalled();
  });
});
