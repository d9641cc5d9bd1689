import { mountBulkBar, mountBulkCheckbox, type BulkCheckbox, type MountedBar } from '@/components/mount-bulk-ui';
import type { BulkBarState } from '@/components/BulkBar';
import type { Translate } from '../i18n/translate';
import { reportIdFor, type ReportCategory } from '../storage/report';
import type { Post } from '../post';
import type { BadgeHandle } from './show-verdicts';
import type { PostOnPage } from './badge-actions';

/** A post Saring has read on this page, with where its controls go and whether it was flagged. */
export interface ListedPost extends PostOnPage {
  anchor: Element;
  flagged: boolean;
}

export interface BulkDeps {
  t(): Translate;
  /** The posts read on this page, in page order, still on the page. */
  posts(): ListedPost[];
  /** Mounts when the anchor nears the screen, as badges do: a feed of 300 posts gets its checkboxes as it scrolls. */
  mountWhenNear(anchor: Element, mount: () => Promise<BadgeHandle>): BadgeHandle;
  report(posts: Post[], seenAt: number[], category: ReportCategory): Promise<{ count: number; undoToken: string; today: number }>;
  undo(undoToken: string): Promise<void>;
  today(): Promise<number>;
}

// The background takes at most 200 posts a message; more are sent in turns.
const POSTS_PER_MESSAGE = 200;
const KEYS = new Set(['j', 'k', 'x', 'r']);

// A focused checkbox is bulk mode's own, and x on it selects: only text fields and menus are typing.
function isTyping(event: KeyboardEvent): boolean {
  return event
    .composedPath()
    .some((node) => node instanceof HTMLElement && (node.isContentEditable || ['TEXTAREA', 'SELECT'].includes(node.tagName) || (node instanceof HTMLInputElement && node.type !== 'checkbox')));
}

/**
 * Bulk mode for volunteers: a checkbox on every post read, a floating bar, and
 * j / k / x / r. While it is off nothing listens for keys, so the platform's own
 * shortcuts are untouched.
 */
const keyOf = (entry: ListedPost) => reportIdFor(entry.post);

export function createBulkMode(deps: BulkDeps) {
  // Keyed by the post, not its element: a feed may reuse an element for another post, and a
  // volunteer must never report a post they did not choose. The post is kept as it was chosen.
  const selected = new Map<string, ListedPost>();
  const checkboxes = new Map<Element, { box: BulkCheckbox; key: string }>();
  const pendingMounts = new Map<Element, BadgeHandle>();
  let bar: MountedBar | null = null;
  let current: ListedPost | null = null;
  let state: BulkBarState = { selected: 0, today: null, category: 'political_ad', busy: false, message: null };

  const redraw = (change: Partial<BulkBarState> = {}) => {
    state = { ...state, ...change, selected: selected.size };
    bar?.update(state);
  };

  function setSelected(entry: ListedPost, on: boolean): void {
    if (on) selected.set(keyOf(entry), entry);
    else selected.delete(keyOf(entry));
    const shown = checkboxes.get(entry.element);
    if (shown?.key === keyOf(entry)) shown.box.setChecked(on);
    redraw();
  }

  function addCheckbox(entry: ListedPost): void {
    const shown = checkboxes.get(entry.element);
    // A reused element now shows another post: its box follows that post's selection.
    if (shown) {
      checkboxes.set(entry.element, { ...shown, key: keyOf(entry) });
      shown.box.setChecked(selected.has(keyOf(entry)));
    }
    if (pendingMounts.has(entry.element)) return;
    const handle = deps.mountWhenNear(entry.anchor, async () => {
      const latest = () => deps.posts().find((p) => p.element === entry.element) ?? entry;
      const box = mountBulkCheckbox(entry.anchor, deps.t(), selected.has(keyOf(latest())), (on) => setSelected(latest(), on));
      if (current?.element === entry.element) {
        box.setCurrent(true);
        box.focus();
      }
      checkboxes.set(entry.element, { box, key: keyOf(latest()) });
      return { remove: () => (box.remove(), checkboxes.delete(entry.element)) };
    });
    pendingMounts.set(entry.element, handle);
  }

  function moveBy(step: 1 | -1): void {
    const posts = deps.posts();
    if (posts.length === 0) return;
    const at = posts.findIndex((p) => p.element === current?.element);
    const next = posts[at === -1 ? (step === 1 ? 0 : posts.length - 1) : Math.min(posts.length - 1, Math.max(0, at + step))];
    if (current) checkboxes.get(current.element)?.box.setCurrent(false);
    current = next;
    next.element.scrollIntoView({ block: 'center' });
    // The box takes focus, so a screen reader says which post is current and whether it is chosen.
    const shown = checkboxes.get(next.element);
    shown?.box.setCurrent(true);
    shown?.box.focus();
  }

  const failed = (error: unknown) => deps.t()('badge_failed', error instanceof Error ? error.message : String(error));

  async function reportSelection(): Promise<void> {
    if (state.busy) return;
    const chosen = [...selected.values()];
    if (chosen.length === 0) return redraw({ message: { text: deps.t()('bulk_nothing_selected') } });
    redraw({ busy: true, message: null });
    const tokens: string[] = [];
    const stored: ListedPost[] = [];
    try {
      for (let i = 0; i < chosen.length; i += POSTS_PER_MESSAGE) {
        const part = chosen.slice(i, i + POSTS_PER_MESSAGE);
        const result = await deps.report(part.map((p) => p.post), part.map((p) => p.seenAt), state.category);
        tokens.push(result.undoToken);
        stored.push(...part);
        state.today = result.today;
      }
      redraw({ busy: false, message: { text: deps.t()('bulk_reported', stored.length), undo: () => void undoReports(tokens, stored) } });
    } catch (error) {
      // What was stored before the failure stays stored, and can still be undone.
      const undo = tokens.length > 0 ? () => void undoReports(tokens, stored) : undefined;
      redraw({ busy: false, message: { text: `${deps.t()('bulk_reported', stored.length)} ${failed(error)}`, undo, error: true } });
    }
    for (const p of stored) {
      if (p.element.isConnected) p.element.setAttribute('data-saring-reported', '');
      setSelected(p, false);
    }
  }

  async function undoReports(tokens: string[], posts: ListedPost[]): Promise<void> {
    try {
      for (const token of tokens) await deps.undo(token);
      for (const p of posts) p.element.removeAttribute('data-saring-reported');
      redraw({ message: { text: deps.t()('toast_undone') }, today: await deps.today() });
    } catch (error) {
      redraw({ message: { text: failed(error), error: true } });
    }
  }

  function onKey(event: KeyboardEvent): void {
    // A page's script can dispatch key events too: only a person's keys drive bulk mode.
    if (!event.isTrusted || event.ctrlKey || event.metaKey || event.altKey || !KEYS.has(event.key) || isTyping(event)) return;
    // Bulk mode owns these four keys while it is on; the platform never sees them.
    event.preventDefault();
    event.stopImmediatePropagation();
    if (event.key === 'j') moveBy(1);
    else if (event.key === 'k') moveBy(-1);
    else if (event.key === 'x' && current) setSelected(current, !selected.has(keyOf(current)));
    else if (event.key === 'r') void reportSelection();
  }

  const barActions = {
    // A post dismissed as "not a problem" since is flagged no more.
    selectFlagged: () => deps.posts().filter((p) => p.flagged && p.element.getAttribute('data-saring-state') === 'flagged').forEach((p) => setSelected(p, true)),
    setCategory: (category: ReportCategory) => redraw({ category }),
    report: () => void reportSelection(),
    clear: () => [...selected.values()].forEach((entry) => setSelected(entry, false)),
    exit: () => stop(),
  };

  function start(): void {
    if (bar) return;
    bar = mountBulkBar(deps.t(), state, barActions);
    window.addEventListener('keydown', onKey, true);
    for (const entry of deps.posts()) addCheckbox(entry);
    void deps.today().then((today) => redraw({ today }), () => undefined);
  }

  function stop(): void {
    if (!bar) return;
    window.removeEventListener('keydown', onKey, true);
    bar.remove();
    bar = null;
    for (const handle of pendingMounts.values()) handle.remove();
    pendingMounts.clear();
    selected.clear();
    current = null;
    state = { ...state, message: null };
  }

  return {
    isOn: () => bar !== null,
    toggle(): boolean {
      if (bar) stop();
      else start();
      return bar !== null;
    },
    /** A post read while bulk mode is on gets its checkbox too. */
    notePost(entry: ListedPost): void {
      if (bar) addCheckbox(entry);
    },
    stop,
  };
}
