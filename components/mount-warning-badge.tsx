import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Flag } from '@/utils/engine/types';
import type { Translate } from '@/utils/i18n/translate';
import type { Post } from '@/utils/post';
import type { BadgeHandle } from '@/utils/page/show-verdicts';
import { pageLooksDark } from '@/utils/page/page-theme';
import { createShadowHost } from './shadow-host';
import { WarningBadge, type BadgeActions } from './WarningBadge';
import badgeCss from './warning-badge.css?inline';

export interface BadgeProps {
  t: Translate;
  post: Post;
  flags: Flag[];
  actions: BadgeActions;
}

/** A warning badge in its own shadow host, not yet placed: the caller decides where it goes. */
export function createWarningBadge(tag: string, props: BadgeProps, isolateEvents?: readonly string[]): BadgeHandle & { host: HTMLElement } {
  const { host, container } = createShadowHost({ tag, css: badgeCss, isolateEvents });
  if (pageLooksDark()) host.setAttribute('data-theme', 'dark');
  render(<WarningBadge {...props} />, container);
  const remove = () => {
    render(null, container);
    host.remove();
  };
  return { host, remove };
}

/**
 * Puts the badge first inside the post's anchor, in a shadow root: the page's
 * styles cannot reach it, and keys typed in it never reach the platform's shortcuts.
 * It sits in the post's flow, above the caption, so it covers none of the platform's
 * controls. It goes when the post goes, and when the extension is updated or removed.
 */
export function mountWarningBadge(ctx: ContentScriptContext, anchor: Element, props: BadgeProps): BadgeHandle {
  const { host, remove } = createWarningBadge('saring-badge', props);
  anchor.prepend(host);
  ctx.onInvalidated(remove);
  return { remove };
}
