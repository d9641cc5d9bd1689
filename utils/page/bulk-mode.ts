import { mountBulkBar, mountBulkCheckbox, type BulkCheckbox, type MountedBar } from '@/components/mount-bulk-ui';
import type { BulkBarState } from '@/components/BulkBar';
import type { Translate } from '../i18n/translate';
import type { ReportCategory } from '../storage/report';
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

function isTyping(event: KeyboardEvent): boolean {
  return event.composedPath().some((node) => node instanceof HTMLElement && (node.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(node.tagName)));
}

/**
 * Bulk mode for volunteers: a checkbox on every post read, a floating bar, and
 * j / k / x / r. While it is off nothing listens for keys, so the platform's own
 * shortcuts are untouched.
 */
export function createBulkMode(deps: BulkDeps) {
  const selected = new Set<Element>();
  const checkboxes = new Map<Element, BulkCheckbox>();
  const pendingMounts = new Map<Element, BadgeHandle>();
  let bar: MountedBar | null = null;
  let current: Element | null = null;
  let state: BulkBarState = { selected: 0, today: null, category: 'political_ad', busy: false, message: null };

  const redraw = (change: Partial<BulkBarState> = {}) => {
    state = { ...state, ...change, selected: selected.size };
    bar?.update(state);
  };

  function setSelected(element: Element, on: boolean): void {
    if (on) selected.add(element);
    else selected.delete(element);
    checkboxes.get(element)?.setChecked(on);
    redraw();
  }

  function addCheckbox(entry: ListedPost): void {
    if (pendingMounts.has(entry.element)) return;
    const handle = deps.mountWhenNear(entry.anchor, async () => {
      const box = mountBulkCheckbox(entry.anchor, deps.t(), selected.has(entry.element), (on) => setSelected(entry.element, on));
      box.setCurrent(current === entry.element);
      checkboxes.set(entry.element, box);
      return { remove: () => (box.remove(), checkboxes.delete(entry.element)) };
    });
    pendingMounts.set(entry.element, handle);
  }

  function moveBy(step: 1 | -1): void {
    const posts = deps.posts();
    if (posts.length === 0) return;
    const at = posts.findIndex((p) => p.element === current);
    const next = posts[at === -1 ? (step === 1 ? 0 : posts.length - 1) : Math.min(posts.length - 1, Math.max(0, at + step))];
    if (current) checkboxes.get(current)?.setCurrent(false);
    current = next.element;
    current.scrollIntoView({ block: 'center' });
    checkboxes.get(current)?.setCurrent(true);
  }

  async function reportSelection(): Promise<void> {
    const chosen = deps.posts().filter((p) => selected.has(p.element));
    if (chosen.length === 0) return redraw({ message: { text: deps.t()('bulk_nothing_selected') } });
    redraw({ busy: true, message: null });
    try {
      const tokens: string[] = [];
      let count = 0;
      for (let i = 0; i < chosen.length; i += POSTS_PER_MESSAGE) {
        const part = chosen.slice(i, i + POSTS_PER_MESSAGE);
        const result = await deps.report(part.map((p) => p.post), part.map((p) => p.seenAt), state.category);
        tokens.push(result.undoToken);
        count += result.count;
        state.today = result.today;
      }
      for (const p of chosen) p.element.setAttribute('data-saring-reported', '');
      for (const p of chosen) setSelected(p.element, false);
      const undo = () => void undoReports(tokens, chosen);
      redraw({ busy: false, message: { text: deps.t()('bulk_reported', count), undo } });
    } catch (error) {
      redraw({ busy: false, message: { text: deps.t()('badge_failed', error instanceof Error ? error.message : String(error)), error: true } });
    }
  }

  async function undoReports(tokens: string[], posts: ListedPost[]): Promise<void> {
    try {
      for (const token of tokens) await deps.undo(token);
      for (const p of posts) p.element.removeAttribute('data-saring-reported');
      redraw({ message: { text: deps.t()('toast_undone') }, today: await deps.today() });
    } catch (error) {
      redraw({ message: { text: deps.t()('badge_failed', error instanceof Error ? error.message : String(error)), error: true } });
    }
  }

  function onKey(event: KeyboardEvent): void {
    if (event.ctrlKey || event.metaKey || event.altKey || !KEYS.has(event.key) || isTyping(event)) return;
    // Bulk mode owns these four keys while it is on; the platform never sees them.
    event.preventDefault();
    event.stopImmediatePropagation();
    if (event.key === 'j') moveBy(1);
    else if (event.key === 'k') moveBy(-1);
    else if (event.key === 'x' && current) setSelected(current, !selected.has(current));
    else if (event.key === 'r') void reportSelection();
  }

  const barActions = {
    selectFlagged: () => deps.posts().filter((p) => p.flagged).forEach((p) => setSelected(p.element, true)),
    setCategory: (category: ReportCategory) => redraw({ category }),
    report: () => void reportSelection(),
    clear: () => [...selected].forEach((element) => setSelected(element, false)),
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
