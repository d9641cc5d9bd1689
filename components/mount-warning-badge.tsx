import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Flag } from '@/utils/engine/types';
import type { BadgeHandle } from '@/utils/page/show-verdicts';
import { createShadowHost } from './shadow-host';
import { WarningBadge } from './WarningBadge';
import badgeCss from './warning-badge.css?inline';


const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress', 'click', 'pointerdown', 'mousedown'] as const;

/** A warning badge in its own shadow host, not yet placed: the caller decides where it goes. */
export function createWarningBadge(
  tag: string,
  flags: Flag[],
  onReport: () => Promise<void>,
  isolateEvents: readonly string[] = ISOLATED_EVENTS,
): BadgeHandle & { host: HTMLElement } {
  const { host, container } = createShadowHost({ tag, css: badgeCss, isolateEvents });
  render(<WarningBadge flags={flags} onReport={onReport} />, container);
  const remove = () => {
    render(null, container);
    host.remove();
  };
  return { host, remove };
}

/**
 * Puts the badge first inside the post's anchor, in a shadow root: the page's
 * styles cannot reach it, and keys typed in it never reach the platform's shortcuts.
 * It goes when the post goes, and when the extension is updated or removed.
 */
export async function mountWarningBadge(
  ctx: ContentScriptContext,
  anchor: Element,
  flags: Flag[],
  onReport: () => Promise<void>,
): Promise<BadgeHandle> {
  const { host, remove } = createWarningBadge('saring-badge', flags, onReport);
  anchor.prepend(host);
  ctx.onInvalidated(remove);
  return { remove };
}
