// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BulkBar, type BulkBarActions, type BulkBarState } from '@/components/BulkBar';
import en from '@/public/_locales/en/messages.json';
import id from '@/public/_locales/id/messages.json';
import { createTranslator, stringsFrom, type Translate } from '@/utils/i18n/translate';

const tEn = createTranslator(stringsFrom(en));
const tId = createTranslator(stringsFrom(id));

afterEach(cleanup);

function makeState(overrides: Partial<BulkBarState> = {}): BulkBarState {
  return { selected: 0, today: null, category: 'political_ad', busy: false, message: null, ...overrides };
}

function makeActions() {
  return {
    selectFlagged: vi.fn<BulkBarActions['selectFlagged']>(),
    setCategory: vi.fn<BulkBarActions['setCategory']>(),
    report: vi.fn<BulkBarActions['report']>(),
    clear: vi.fn<BulkBarActions['clear']>(),
    exit: vi.fn<BulkBarActions['exit']>(),
  } satisfies BulkBarActions;
}

function renderBar(state: Partial<BulkBarState> = {}, t: Translate = tEn) {
  const actions = makeActions();
  const view = render(<BulkBar t={t} state={makeState(state)} actions={actions} />);
  return { ...view, actions };
}

describe('BulkBar', () => {
  it('is a region named for bulk flagging', () => {
    renderBar();
    expect(screen.getByRole('region', { name: 'Saring bulk flagging' })).toBeTruthy();
  });

  it.each([0, 1, 7, 250])('shows "%i selected"', (selected) => {
    const { container } = renderBar({ selected });
    expect(container.querySelector('.count')!.textContent).toBe(`${selected} selected`);
    expect(screen.getByText(`${selected} selected`)).toBeTruthy();
  });

  it('shows the count in Indonesian with the id translator', () => {
    renderBar({ selected: 3 }, tId);
    expect(screen.getByText('3 dipilih')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Laporkan' })).toBeTruthy();
  });

  it.each<[string, keyof BulkBarActions]>([
    ['Select all flagged on this page', 'selectFlagged'],
    ['Report', 'report'],
    ['Clear', 'clear'],
    ['Exit bulk mode', 'exit'],
  ])('"%s" calls %s and nothing else', (name, action) => {
    const { actions } = renderBar({ selected: 2 });
    fireEvent.click(screen.getByRole('button', { name }));
    expect(actions[action]).toHaveBeenCalledTimes(1);
    for (const [other, fn] of Object.entries(actions)) if (other !== action) expect(fn, other).not.toHaveBeenCalled();
  });

  it('the category select shows the current category and offers every report category', () => {
    renderBar({ category: 'hoax' });
    const select = screen.getByRole('combobox', { name: /Report selected as/ }) as HTMLSelectElement;
    expect(select.value).toBe('hoax');
    expect([...select.options].map((o) => [o.value, o.textContent])).toEqual([
      ['political_ad', 'Political ad'],
      ['election_fundraising', 'Election fundraising'],
      ['hoax', 'Known hoax'],
      ['campaign', 'Campaign content'],
      ['fundraising', 'Fundraising'],
      ['other', 'Something else'],
    ]);
  });

  it.each(['campaign', 'other', 'election_fundraising'])('choosing %s calls setCategory with it', (category) => {
    const { actions } = renderBar({ category: 'political_ad' });
    fireEvent.change(screen.getByRole('combobox', { name: /Report selected as/ }), { target: { value: category } });
    expect(actions.setCategory).toHaveBeenCalledTimes(1);
    expect(actions.setCategory).toHaveBeenCalledWith(category);
    expect(actions.report).not.toHaveBeenCalled();
  });

  it('Report is disabled while busy, enabled otherwise', () => {
    const { rerender } = renderBar({ busy: true });
    expect((screen.getByRole('button', { name: 'Report' }) as HTMLButtonElement).disabled).toBe(true);
    rerender(<BulkBar t={tEn} state={makeState({ busy: false })} actions={makeActions()} />);
    expect((screen.getByRole('button', { name: 'Report' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it.each([0, 12])('shows the today counter when today is %i', (today) => {
    const { container } = renderBar({ today });
    expect(container.querySelector('.today')!.textContent).toBe(`You flagged ${today} posts today`);
  });

  it('hides the today counter when today is null', () => {
    const { container } = renderBar({ today: null });
    expect(container.querySelector('.today')).toBeNull();
    expect(screen.queryByText(/You flagged/)).toBeNull();
    // The key help still shows.
    expect(screen.getByText('Keys: j / k move, x selects, r reports')).toBeTruthy();
  });

  it('shows no message line when there is no message', () => {
    renderBar();
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('a message with undo shows an Undo button that calls it', () => {
    const undo = vi.fn();
    const { actions } = renderBar({ message: { text: '3 posts reported.', undo } });
    const status = screen.getByRole('status');
    expect(status.textContent).toContain('3 posts reported.');
    fireEvent.click(within(status).getByRole('button', { name: 'Undo' }));
    expect(undo).toHaveBeenCalledTimes(1);
    for (const fn of Object.values(actions)) expect(fn).not.toHaveBeenCalled();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('a message without undo has no Undo button', () => {
    renderBar({ message: { text: 'Select posts first: x, or the checkboxes.' } });
    expect(screen.getByRole('status').textContent).toContain('Select posts first');
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('the Undo button is in Indonesian with the id translator', () => {
    renderBar({ message: { text: '3 postingan dilaporkan.', undo: vi.fn() } }, tId);
    expect(screen.getByRole('button', { name: 'Urungkan' })).toBeTruthy();
  });

  it('an error message is an alert, not a status', () => {
    renderBar({ message: { text: 'Saring could not do that: offline', error: true } });
    expect(screen.getByRole('alert').textContent).toContain('Saring could not do that: offline');
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('message text from the page is rendered as text', () => {
    const { container } = renderBar({ message: { text: '<img src=x onerror=alert(1)>' } });
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('status').textContent).toContain('<img src=x onerror=alert(1)>');
  });
});
