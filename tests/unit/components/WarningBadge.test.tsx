// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WarningBadge, type BadgeActions } from '@/components/WarningBadge';
import en from '@/public/_locales/en/messages.json';
import id from '@/public/_locales/id/messages.json';
import type { Flag, FlagKind, HoaxReason, PhraseMatch } from '@/utils/engine/types';
import { createTranslator, stringsFrom, type Translate } from '@/utils/i18n/translate';
import type { ReportReceipt } from '@/utils/messaging/protocol';
import { postText, type Post } from '@/utils/post';
import { buildReport, type ReportCategory } from '@/utils/storage/report';
import { makePost } from '../support/make-post';

const tEn = createTranslator(stringsFrom(en));
const tId = createTranslator(stringsFrom(id));

const BAWASLU = 'https://sigaplapor.bawaslu.go.id/';

// The spec, written out here rather than read from the component: most serious first.
const KIND_ORDER: FlagKind[] = ['hoax', 'political_ad', 'election_fundraising', 'campaign', 'fundraising'];
const LABELS: Record<FlagKind, string> = {
  hoax: 'Known hoax',
  political_ad: 'Political ad',
  election_fundraising: 'Election fundraising',
  campaign: 'Campaign content',
  fundraising: 'Fundraising',
};

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** A match for the first occurrence (or the `nth`) of `phrase` in the post's text. */
function matchOf(post: Post, phrase: string, patternId: string, nth = 0): PhraseMatch {
  const text = postText(post);
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(phrase, start + 1);
  if (start < 0) throw new Error(`"${phrase}" not in "${text}"`);
  return { patternId, phrase, group: 'call_to_vote', start, end: start + phrase.length };
}

function flag(kind: FlagKind, matches: PhraseMatch[] = [], extra: Partial<Flag> = {}): Flag {
  return { kind, score: 0.8, reason: `because ${kind}`, matches, ...extra };
}

function hoaxReason(overrides: Partial<HoaxReason> = {}): HoaxReason {
  return {
    claimId: 'claim-42',
    claim: 'Surat suara sudah dicoblos sebelum hari pemilihan',
    verdict: 'Salah',
    date: '2024-02-10',
    url: 'https://cekfakta.example.id/artikel/surat-suara',
    score: 0.91,
    sharedWords: ['surat', 'suara'],
    ...overrides,
  };
}

function receiptFor(post: Post, flags: Flag[], category?: ReportCategory, undoToken = 'undo-token-1'): ReportReceipt {
  const report = buildReport(post, { flags, category, lists: {}, reportedAt: 1, reporterId: 'r', source: 'warning', extensionVersion: '0.1.0' });
  return { report, undoToken, today: 1 };
}

function makeActions(overrides: Partial<BadgeActions> = {}, receipt?: ReportReceipt): BadgeActions & Record<string, ReturnType<typeof vi.fn>> {
  return {
    report: vi.fn(async () => receipt ?? receiptFor(makePost(), [flag('campaign')])),
    undo: vi.fn(async () => {}),
    annotate: vi.fn(async () => {}),
    dismiss: vi.fn(async () => {}),
    mute: vi.fn(async () => {}),
    ...overrides,
  } as BadgeActions & Record<string, ReturnType<typeof vi.fn>>;
}

function renderBadge({ t = tEn, post = makePost(), flags = [flag('campaign')], actions = makeActions() }: { t?: Translate; post?: Post; flags?: Flag[]; actions?: BadgeActions } = {}) {
  const view = render(<WarningBadge t={t} post={post} flags={flags} actions={actions} />);
  const badge = () => view.container.querySelector('section.badge') as HTMLElement;
  return { ...view, badge, actions, post, flags };
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('WarningBadge: kinds', () => {
  it.each(KIND_ORDER)('a lone %s flag shows its own label, note and look', (kind) => {
    const { badge } = renderBadge({ flags: [flag(kind)] });
    const section = badge();
    expect(section.tagName).toBe('SECTION');
    expect(section.classList.contains(`kind-${kind}`)).toBe(true);
    for (const other of KIND_ORDER.filter((k) => k !== kind)) expect(section.classList.contains(`kind-${other}`)).toBe(false);
    expect(within(section).getByText(LABELS[kind], { selector: 'strong' })).toBeTruthy();
    expect(within(section).getByText(tEn(`kind_note_${kind}` as never))).toBeTruthy();
  });

  it('different kinds give the badge different looks', () => {
    const classes = KIND_ORDER.map((kind) => {
      const { badge, unmount } = renderBadge({ flags: [flag(kind)] });
      const cls = badge().className;
      unmount();
      return cls;
    });
    expect(new Set(classes).size).toBe(KIND_ORDER.length);
  });

  it('an informational campaign flag has the campaign look, and fundraising alone its own', () => {
    expect(renderBadge({ flags: [flag('campaign')] }).badge().className).toBe('badge kind-campaign');
    cleanup();
    expect(renderBadge({ flags: [flag('fundraising')] }).badge().className).toBe('badge kind-fundraising');
  });

  it('the most serious kind leads, whatever order the flags come in', () => {
    const { badge } = renderBadge({ flags: [flag('fundraising'), flag('campaign'), flag('political_ad')] });
    expect(badge().classList.contains('kind-political_ad')).toBe(true);
    expect(badge().classList.contains('kind-campaign')).toBe(false);
    const labels = [...badge().querySelectorAll('strong.flag')].map((s) => s.textContent);
    expect(labels).toEqual(['Political ad', 'Campaign content', 'Fundraising']);
    expect(screen.getByText(tEn('kind_note_political_ad'))).toBeTruthy();
  });

  it('a hoax outranks everything, so campaign + hoax has the hoax look', () => {
    const { badge } = renderBadge({ flags: [flag('campaign'), flag('hoax', [], { hoax: hoaxReason() })] });
    expect(badge().className).toBe('badge kind-hoax');
  });

  it('election fundraising outranks campaign and fundraising', () => {
    const { badge } = renderBadge({ flags: [flag('fundraising'), flag('campaign'), flag('election_fundraising')] });
    expect(badge().classList.contains('kind-election_fundraising')).toBe(true);
  });
});

describe('WarningBadge: accessibility', () => {
  it('the section is a region whose aria-label names every kind, most serious first', () => {
    renderBadge({ flags: [flag('campaign'), flag('political_ad')] });
    const region = screen.getByRole('region', { name: 'Saring: Political ad, Campaign content' });
    expect(region.tagName).toBe('SECTION');
  });

  it('its controls are real buttons reachable by role and name', () => {
    renderBadge({ actions: makeActions({ showAnyway: vi.fn(async () => {}) }) });
    for (const name of ['Why?', 'Report', 'Not a problem', 'Show anyway']) {
      const button = screen.getByRole('button', { name });
      expect(button.tagName).toBe('BUTTON');
      expect(button.getAttribute('type')).toBe('button');
    }
  });

  it('shows the Indonesian strings with the id translator', async () => {
    const post = makePost();
    const flags = [flag('political_ad')];
    renderBadge({ t: tId, post, flags, actions: makeActions({}, receiptFor(post, flags)) });
    expect(screen.getByRole('region', { name: 'Saring: Iklan politik' })).toBeTruthy();
    expect(screen.getByText('Iklan politik')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Kenapa?' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Bukan masalah' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Report' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Laporkan' }));
    const undo = await screen.findByRole('button', { name: 'Urungkan' });
    expect(undo).toBeTruthy();
    expect(screen.getByText(/Dilaporkan ke Saring\./)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Laporkan pelanggaran pemilu ke Bawaslu' })).toBeTruthy();
    fireEvent.click(undo);
    expect(await screen.findByText('Laporan dibatalkan.')).toBeTruthy();
  });

  it('the Indonesian "Why?" panel is Indonesian too', async () => {
    renderBadge({ t: tId, flags: [flag('hoax', [], { hoax: hoaxReason() })] });
    fireEvent.click(screen.getByRole('button', { name: 'Kenapa?' }));
    expect(await screen.findByRole('button', { name: 'Tutup alasan' })).toBeTruthy();
    expect(screen.getByText('Klaim yang dibantah:')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Baca cek faktanya' })).toBeTruthy();
  });
});

describe('WarningBadge: Why?', () => {
  it('toggles aria-expanded and the reasons panel', async () => {
    const { container } = renderBadge();
    const why = screen.getByRole('button', { name: 'Why?' });
    expect(why.getAttribute('aria-expanded')).toBe('false');
    expect(container.querySelector('.reasons')).toBeNull();

    fireEvent.click(why);
    await waitFor(() => expect(why.getAttribute('aria-expanded')).toBe('true'));
    expect(why.textContent).toBe('Hide reasons');
    const panel = container.querySelector('.reasons') as HTMLElement;
    expect(panel).not.toBeNull();
    expect(panel.id).toBe(why.getAttribute('aria-controls'));

    fireEvent.click(why);
    await waitFor(() => expect(why.getAttribute('aria-expanded')).toBe('false'));
    expect(why.textContent).toBe('Why?');
    expect(container.querySelector('.reasons')).toBeNull();
  });

  it('highlights the matched phrases with <mark> in the caption text', async () => {
    const post = makePost({ caption: 'Ayo coblos nomor urut 2 besok pagi' });
    const flags = [flag('campaign', [matchOf(post, 'coblos', 'p-coblos'), matchOf(post, 'nomor urut', 'p-nomor')])];
    const { container } = renderBadge({ post, flags });
    fireEvent.click(screen.getByRole('button', { name: 'Why?' }));
    const caption = await waitFor(() => container.querySelector('.reasons p.caption') as HTMLElement);
    expect(caption.textContent).toBe('Ayo coblos nomor urut 2 besok pagi');
    expect([...caption.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['coblos', 'nomor urut']);
    expect(screen.getByText('Words that matched:')).toBeTruthy();
  });

  it('highlights by position in title + "\\n" + caption when the post has both', async () => {
    const post = makePost({ title: 'Debat capres', caption: 'Pilih capres nomor 1' });
    // "capres" is in both; the match is the one in the caption.
    const flags = [flag('campaign', [matchOf(post, 'capres', 'p-capres', 1)])];
    const { container } = renderBadge({ post, flags });
    fireEvent.click(screen.getByRole('button', { name: 'Why?' }));
    const caption = await waitFor(() => container.querySelector('.reasons p.caption') as HTMLElement);
    expect(caption.textContent).toBe('Debat capres\nPilih capres nomor 1');
    const marks = caption.querySelectorAll('mark');
    expect(marks).toHaveLength(1);
    expect(marks[0].textContent).toBe('capres');
    // The marked word is the caption's, after "Pilih ", not the title's.
    expect(marks[0].previousSibling!.textContent).toBe('Debat capres\nPilih ');
    expect(marks[0].nextSibling!.textContent).toBe(' nomor 1');
  });

  it('for a hoax shows the claim, verdict, date and a safe fact-check link', async () => {
    const hoax = hoaxReason();
    renderBadge({ flags: [flag('hoax', [], { hoax })] });
    fireEvent.click(screen.getByRole('button', { name: 'Why?' }));
    expect(await screen.findByText('Debunked claim:')).toBeTruthy();
    expect(screen.getByText(hoax.claim, { exact: false })).toBeTruthy();
    expect(screen.getByText(/Verdict: Salah/)).toBeTruthy();
    expect(screen.getByText(/Checked on 2024-02-10/)).toBeTruthy();
    const link = screen.getByRole('link', { name: 'Read the fact-check' });
    expect(link.getAttribute('href')).toBe(hoax.url);
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')!.split(/\s+/)).toContain('noopener');
  });

  it('leaves the date out when a hoax entry has none', async () => {
    renderBadge({ flags: [flag('hoax', [], { hoax: hoaxReason({ date: undefined }) })] });
    fireEvent.click(screen.getByRole('button', { name: 'Why?' }));
    expect(await screen.findByText(/Verdict: Salah/)).toBeTruthy();
    expect(screen.queryByText(/Checked on/)).toBeNull();
  });

  it.each(['javascript:alert(1)', 'JavaScript:alert(document.cookie)', 'data:text/html,<script>alert(1)</script>', 'not a url'])(
    'does not render a hoax url %s as a link',
    async (url) => {
      const { container } = renderBadge({ flags: [flag('hoax', [], { hoax: hoaxReason({ url }) })] });
      fireEvent.click(screen.getByRole('button', { name: 'Why?' }));
      expect(await screen.findByText('Debunked claim:')).toBeTruthy();
      expect(screen.queryByRole('link', { name: 'Read the fact-check' })).toBeNull();
      expect(container.querySelector('a[href^="javascript" i], a[href^="data" i]')).toBeNull();
      // The rest of the entry still shows.
      expect(screen.getByText(/Verdict: Salah/)).toBeTruthy();
    },
  );
});

describe('WarningBadge: report, undo and note', () => {
  it('Report calls actions.report once, shows "Reporting…" while it waits, then the toast with Undo', async () => {
    const post = makePost();
    const flags = [flag('campaign')];
    const pending = deferred<ReportReceipt>();
    const actions = makeActions({ report: vi.fn(() => pending.promise) });
    renderBadge({ post, flags, actions });

    fireEvent.click(screen.getByRole('button', { name: 'Report' }));
    const sending = await screen.findByRole('button', { name: 'Reporting…' });
    expect((sending as HTMLButtonElement).disabled).toBe(true);
    expect(actions.report).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('status')).toBeNull();

    pending.resolve(receiptFor(post, flags));
    const toast = await screen.findByRole('status');
    expect(toast.textContent).toContain('Reported to Saring.');
    expect(within(toast).getByRole('button', { name: 'Undo' })).toBeTruthy();
    // The Report button is gone once the report is stored.
    expect(screen.queryByRole('button', { name: /^Report/ })).toBeNull();
    expect(actions.report).toHaveBeenCalledTimes(1);
    expect(actions.report).toHaveBeenCalledWith();
  });

  it('Undo calls actions.undo with the receipt\'s undoToken and the badge says the report was withdrawn', async () => {
    const post = makePost();
    const flags = [flag('campaign')];
    const actions = makeActions({}, receiptFor(post, flags, undefined, 'tok-xyz-9'));
    const { container } = renderBadge({ post, flags, actions });
    fireEvent.click(screen.getByRole('button', { name: 'Report' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Report withdrawn.'));
    expect(actions.undo).toHaveBeenCalledTimes(1);
    expect(actions.undo).toHaveBeenCalledWith('tok-xyz-9');
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    // The collapsed badge still names the kinds.
    expect(container.querySelector('section')!.getAttribute('aria-label')).toBe('Saring: Campaign content');
  });

  it('"Add a note" opens a form; submitting calls annotate(token, category, note) with what was chosen and typed', async () => {
    const post = makePost();
    const flags = [flag('campaign')];
    const actions = makeActions({}, receiptFor(post, flags, undefined, 'tok-note'));
    renderBadge({ post, flags, actions });
    fireEvent.click(screen.getByRole('button', { name: 'Report' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Add a note' }));

    const select = (await screen.findByRole('combobox', { name: /Category/ })) as HTMLSelectElement;
    const textarea = screen.getByRole('textbox', { name: 'Note (optional)' }) as HTMLTextAreaElement;
    // The report's own category is preselected.
    expect(select.value).toBe('campaign');
    expect([...select.options].map((o) => o.value)).toEqual(['political_ad', 'election_fundraising', 'hoax', 'campaign', 'fundraising', 'other']);
    expect(screen.queryByRole('button', { name: 'Add a note' })).toBeNull();

    fireEvent.change(select, { target: { value: 'election_fundraising' } });
    fireEvent.input(textarea, { target: { value: 'Minta transfer ke rekening tim sukses' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(actions.annotate).toHaveBeenCalledTimes(1));
    expect(actions.annotate).toHaveBeenCalledWith('tok-note', 'election_fundraising', 'Minta transfer ke rekening tim sukses');
    expect(await screen.findByText('Note saved.')).toBeTruthy();
  });

  it('a note saved without changes sends the preselected category and an empty note', async () => {
    const post = makePost();
    const flags = [flag('political_ad')];
    const actions = makeActions({}, receiptFor(post, flags, undefined, 'tok-plain'));
    renderBadge({ post, flags, actions });
    fireEvent.click(screen.getByRole('button', { name: 'Report' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Add a note' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Save' }));
    await waitFor(() => expect(actions.annotate).toHaveBeenCalledWith('tok-plain', 'political_ad', ''));
  });

  it('a failed note shows an alert and does not claim the note was saved', async () => {
    const post = makePost();
    const flags = [flag('campaign')];
    const actions = makeActions({ annotate: vi.fn(async () => Promise.reject(new Error('note store full'))) }, receiptFor(post, flags));
    renderBadge({ post, flags, actions });
    fireEvent.click(screen.getByRole('button', { name: 'Report' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Add a note' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Save' }));
    await waitFor(() => expect(actions.annotate).toHaveBeenCalledTimes(1));
    expect(screen.queryByText('Note saved.')).toBeNull();
    expect((await screen.findByRole('alert')).textContent).toBe('Saring could not do that: note store full');
  });

  it('the toast links to the post on its platform', async () => {
    const post = makePost({ permalink: 'https://www.tiktok.com/@warga/video/7300000000000000555' });
    const flags = [flag('campaign')];
    renderBadge({ post, flags, actions: makeActions({}, receiptFor(post, flags)) });
    fireEvent.click(screen.getByRole('button', { name: 'Report' }));
    const link = await screen.findByRole('link', { name: 'Report on TikTok' });
    expect(link.getAttribute('href')).toBe(post.permalink);
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')!.split(/\s+/)).toContain('noopener');
  });

  it('names the post\'s own platform', async () => {
    const post = makePost({ platform: 'youtube', permalink: 'https://www.youtube.com/watch?v=abc123' });
    const flags = [flag('political_ad')];
    renderBadge({ post, flags, actions: makeActions({}, receiptFor(post, flags)) });
    fireEvent.click(screen.getByRole('button', { name: 'Report' }));
    expect((await screen.findByRole('link', { name: 'Report on YouTube' })).getAttribute('href')).toBe(post.permalink);
  });

  it('a javascript: permalink is not rendered as a link', async () => {
    const post = makePost({ permalink: 'javascript:alert(1)' });
    const flags = [flag('political_ad')];
    const { container } = renderBadge({ post, flags, actions: makeActions({}, receiptFor(post, flags)) });
    fireEvent.click(screen.getByRole('button', { name: 'Report' }));
    await screen.findByRole('button', { name: 'Undo' });
    expect(screen.queryByRole('link', { name: 'Report on TikTok' })).toBeNull();
    expect(container.querySelector('a[href^="javascript" i]')).toBeNull();
  });

  it.each<[ReportCategory, boolean]>([
    ['political_ad', true],
    ['election_fundraising', true],
    ['campaign', true],
    ['fundraising', false],
    ['hoax', false],
    ['other', false],
  ])('for category %s the Bawaslu link shows: %s', async (category, bawaslu) => {
    const post = makePost();
    const flags = [flag('political_ad')];
    renderBadge({ post, flags, actions: makeActions({}, receiptFor(post, flags, category)) });
    fireEvent.click(screen.getByRole('button', { name: 'Report' }));
    await screen.findByRole('button', { name: 'Undo' });
    // The platform's own flow is always offered.
    expect(screen.getByRole('link', { name: 'Report on TikTok' })).toBeTruthy();
    const link = screen.queryByRole('link', { name: 'Report an election violation to Bawaslu' });
    if (bawaslu) {
      expect(link).not.toBeNull();
      expect(link!.getAttribute('href')).toBe(BAWASLU);
      expect(link!.getAttribute('target')).toBe('_blank');
      expect(link!.getAttribute('rel')!.split(/\s+/)).toContain('noopener');
    } else {
      expect(link).toBeNull();
      expect(document.querySelector(`a[href="${BAWASLU}"]`)).toBeNull();
    }
  });
});

describe('WarningBadge: dismiss, mute, show anyway', () => {
  it('"Not a problem" calls actions.dismiss and the badge collapses to the dismissed message', async () => {
    const { actions } = renderBadge();
    fireEvent.click(screen.getByRole('button', { name: 'Not a problem' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Dismissed. Saring will not flag this post again.'));
    expect(actions.dismiss).toHaveBeenCalledTimes(1);
    expect(screen.queryAllByRole('button')).toHaveLength(0);
  });

  it('the badge does not collapse before dismiss has been stored', async () => {
    const pending = deferred<void>();
    renderBadge({ actions: makeActions({ dismiss: vi.fn(() => pending.promise) }) });
    fireEvent.click(screen.getByRole('button', { name: 'Not a problem' }));
    await Promise.resolve();
    expect(screen.getByRole('button', { name: 'Why?' })).toBeTruthy();
    expect(screen.queryByText(/Dismissed/)).toBeNull();
    pending.resolve();
    expect(await screen.findByText(/Dismissed/)).toBeTruthy();
  });

  it('offers one mute button per distinct pattern, each muting its own pattern', async () => {
    const post = makePost({ caption: 'coblos nomor urut 2, coblos sekarang' });
    const flags = [
      flag('campaign', [matchOf(post, 'coblos', 'p-coblos'), matchOf(post, 'nomor urut', 'p-nomor'), matchOf(post, 'coblos', 'p-coblos', 1)]),
    ];
    const actions = makeActions();
    const { container } = renderBadge({ post, flags, actions });
    fireEvent.click(screen.getByRole('button', { name: 'Why?' }));
    await screen.findByText('Words that matched:');

    const muteButtons = screen.getAllByRole('button', { name: /^Don't show this rule again/ });
    expect(muteButtons).toHaveLength(2);
    // Both occurrences of "coblos" are still highlighted in the caption.
    expect([...container.querySelectorAll('p.caption mark')].map((m) => m.textContent)).toEqual(['coblos', 'nomor urut', 'coblos']);

    fireEvent.click(screen.getByRole('button', { name: "Don't show this rule again: nomor urut" }));
    await waitFor(() => expect(actions.mute).toHaveBeenCalledTimes(1));
    expect(actions.mute).toHaveBeenCalledWith({ kind: 'pattern', id: 'p-nomor', label: 'nomor urut' });
    expect(await screen.findByText("Rule muted. Undo it in Saring's settings.")).toBeTruthy();
  });

  it('muting the other pattern sends that pattern', async () => {
    const post = makePost({ caption: 'coblos nomor urut 2' });
    const flags = [flag('campaign', [matchOf(post, 'coblos', 'p-coblos'), matchOf(post, 'nomor urut', 'p-nomor')])];
    const actions = makeActions();
    renderBadge({ post, flags, actions });
    fireEvent.click(screen.getByRole('button', { name: 'Why?' }));
    fireEvent.click(await screen.findByRole('button', { name: "Don't show this rule again: coblos" }));
    await waitFor(() => expect(actions.mute).toHaveBeenCalledWith({ kind: 'pattern', id: 'p-coblos', label: 'coblos' }));
  });

  it('the hoax entry mutes its claim', async () => {
    const hoax = hoaxReason({ claimId: 'hoax-777', claim: 'Kotak suara dibakar di TPS 5' });
    const actions = makeActions();
    renderBadge({ flags: [flag('hoax', [], { hoax })], actions });
    fireEvent.click(screen.getByRole('button', { name: 'Why?' }));
    fireEvent.click(await screen.findByRole('button', { name: "Don't show this rule again" }));
    await waitFor(() => expect(actions.mute).toHaveBeenCalledTimes(1));
    expect(actions.mute).toHaveBeenCalledWith({ kind: 'claim', id: 'hoax-777', label: 'Kotak suara dibakar di TPS 5' });
    expect(await screen.findByText("Rule muted. Undo it in Saring's settings.")).toBeTruthy();
  });

  it('a badge with a hoax and a phrase flag offers both kinds of mute', async () => {
    const post = makePost({ caption: 'Ayo coblos, kotak suara dibakar' });
    const flags = [flag('campaign', [matchOf(post, 'coblos', 'p-coblos')]), flag('hoax', [], { hoax: hoaxReason() })];
    renderBadge({ post, flags });
    fireEvent.click(screen.getByRole('button', { name: 'Why?' }));
    await screen.findByText('Debunked claim:');
    expect(screen.getAllByRole('button', { name: /^Don't show this rule again/ })).toHaveLength(2);
  });

  it('"Show anyway" appears only when actions.showAnyway is given', () => {
    renderBadge();
    expect(screen.queryByRole('button', { name: 'Show anyway' })).toBeNull();
  });

  it('"Show anyway" calls showAnyway and then disappears, leaving the badge', async () => {
    const showAnyway = vi.fn(async () => {});
    renderBadge({ flags: [flag('hoax', [], { hoax: hoaxReason() })], actions: makeActions({ showAnyway }) });
    fireEvent.click(screen.getByRole('button', { name: 'Show anyway' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Show anyway' })).toBeNull());
    expect(showAnyway).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: 'Report' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Why?' })).toBeTruthy();
  });
});

describe('WarningBadge: failures', () => {
  it('a failed report shows the error, and puts the Report button back', async () => {
    const post = makePost();
    const flags = [flag('political_ad')];
    const report = vi.fn().mockRejectedValueOnce(new Error('database closed')).mockResolvedValueOnce(receiptFor(post, flags));
    const actions = makeActions({ report });
    renderBadge({ post, flags, actions });

    fireEvent.click(screen.getByRole('button', { name: 'Report' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Saring could not do that: database closed');
    const again = screen.getByRole('button', { name: 'Report' }) as HTMLButtonElement;
    expect(again.disabled).toBe(false);
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();

    // Still usable: trying again works and clears the error.
    fireEvent.click(again);
    expect(await screen.findByRole('button', { name: 'Undo' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(report).toHaveBeenCalledTimes(2);
  });

  it('a failed dismiss shows the error and keeps the badge', async () => {
    renderBadge({ actions: makeActions({ dismiss: vi.fn(async () => Promise.reject(new Error('no connection'))) }) });
    fireEvent.click(screen.getByRole('button', { name: 'Not a problem' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Saring could not do that: no connection');
    expect(screen.queryByText(/Dismissed/)).toBeNull();
    expect(screen.getByRole('button', { name: 'Report' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Not a problem' })).toBeTruthy();
  });

  it('a rejection that is not an Error still shows its words', async () => {
    renderBadge({ actions: makeActions({ dismiss: vi.fn(async () => Promise.reject('tab closed')) }) });
    fireEvent.click(screen.getByRole('button', { name: 'Not a problem' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Saring could not do that: tab closed');
  });

  it('a failed undo shows the error and keeps the toast, so Undo can be tried again', async () => {
    const post = makePost();
    const flags = [flag('campaign')];
    const undo = vi.fn().mockRejectedValueOnce(new Error('token expired')).mockResolvedValueOnce(undefined);
    renderBadge({ post, flags, actions: makeActions({ undo }, receiptFor(post, flags)) });
    fireEvent.click(screen.getByRole('button', { name: 'Report' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Saring could not do that: token expired');
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByText('Report withdrawn.')).toBeTruthy();
    expect(undo).toHaveBeenCalledTimes(2);
  });

  it('a failed mute shows the error and keeps the badge', async () => {
    const post = makePost({ caption: 'coblos' });
    const flags = [flag('campaign', [matchOf(post, 'coblos', 'p-coblos')])];
    renderBadge({ post, flags, actions: makeActions({ mute: vi.fn(async () => Promise.reject(new Error('settings locked'))) }) });
    fireEvent.click(screen.getByRole('button', { name: 'Why?' }));
    fireEvent.click(await screen.findByRole('button', { name: "Don't show this rule again: coblos" }));
    expect((await screen.findByRole('alert')).textContent).toBe('Saring could not do that: settings locked');
    expect(screen.queryByText(/Rule muted/)).toBeNull();
    expect(screen.getByRole('button', { name: 'Report' })).toBeTruthy();
  });

  it('a failed "Show anyway" keeps the button', async () => {
    const showAnyway = vi.fn(async () => Promise.reject(new Error('video gone')));
    renderBadge({ flags: [flag('hoax', [], { hoax: hoaxReason() })], actions: makeActions({ showAnyway }) });
    fireEvent.click(screen.getByRole('button', { name: 'Show anyway' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Saring could not do that: video gone');
    expect(screen.getByRole('button', { name: 'Show anyway' })).toBeTruthy();
  });
});

describe('WarningBadge: page text is text', () => {
  const HOSTILE = '<img src=x onerror=alert(1)> coblos <script>alert(2)</script>';

  it('renders markup in the caption, phrase and hoax entry as literal text', async () => {
    const post = makePost({ title: '<b>judul</b>', caption: HOSTILE });
    const flags = [
      flag('campaign', [matchOf(post, 'coblos', 'p-coblos'), { ...matchOf(post, '<script>', 'p-script') }]),
      flag('hoax', [], { hoax: hoaxReason({ claim: '<img src=y onerror=alert(3)>', verdict: '<script>alert(4)</script>' }) }),
    ];
    const { container } = renderBadge({ post, flags });
    fireEvent.click(screen.getByRole('button', { name: 'Why?' }));
    const caption = await waitFor(() => container.querySelector('p.caption') as HTMLElement);

    expect(caption.textContent).toBe(`<b>judul</b>\n${HOSTILE}`);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(container.querySelector('[onerror]')).toBeNull();
    expect(screen.getByText('<img src=y onerror=alert(3)>', { exact: false })).toBeTruthy();
    expect(screen.getByText(/Verdict: <script>alert\(4\)<\/script>/)).toBeTruthy();
    expect(screen.getByRole('button', { name: "Don't show this rule again: <script>" })).toBeTruthy();
  });
});
