import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { Flag } from '@/utils/engine/types';
import { WarningBadge } from './WarningBadge';
import badgeCss from './warning-badge.css?inline';

export type MountedBadge = ShadowRootContentScriptUi<void>;

/**
 * Puts the badge inside the post, in a shadow root: the page's styles cannot
 * reach it, and keys typed in it never reach the platform's shortcuts.
 */
export async function mountWarningBadge(
  ctx: ContentScriptContext,
  anchor: Element,
  flags: Flag[],
  onReport: () => Promise<void>,
): Promise<MountedBadge> {
  const ui = await createShadowRootUi(ctx, {
    name: 'saring-badge',
    position: 'inline',
    anchor,
    append: 'first',
    css: badgeCss,
    isolateEvents: ['keydown', 'keyup', 'keypress', 'click', 'pointerdown', 'mousedown'],
    onMount: (container) => render(<WarningBadge flags={flags} onReport={onReport} />, container),
    onRemove: () => render(null, ui.uiContainer),
  });
  ui.mount();
  return ui;
}
