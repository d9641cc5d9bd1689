import type { Verdict } from '@/utils/engine/types';
import type { Translate } from '@/utils/i18n/translate';
import { sendToBackground } from '@/utils/messaging/send';
import type { Post } from '@/utils/post';
import { badgeActionsFor } from '@/utils/page/badge-actions';
import { createWarningBadge } from './mount-warning-badge';

// Found by id, not kept in a variable: each "check this page" injects the script afresh.
const HOST_ID = 'saring-article-verdict';

// Pinned to the top corner, away from the article's own controls; a shadow root keeps the page's CSS out.
const HOST_STYLE = 'position:fixed;top:12px;right:12px;z-index:2147483647;max-width:380px;';

/** Shows the verdict of a "check this page" on the article itself; checking again replaces it. */
export function showArticleVerdict(post: Post, verdict: Verdict, t: Translate): void {
  document.getElementById(HOST_ID)?.remove();
  const root = document.documentElement;
  root.setAttribute('data-saring-state', verdict.flags.length > 0 ? 'flagged' : 'scanned');
  if (verdict.flags.length === 0) return;
  const actions = badgeActionsFor({ send: sendToBackground }, { post, element: root, seenAt: Date.now() }, null, 'article');
  const { host } = createWarningBadge('saring-article-verdict', { t, post, flags: verdict.flags, actions }, ['keydown', 'keyup', 'keypress']);
  host.id = HOST_ID;
  host.setAttribute('style', HOST_STYLE);
  document.body.append(host);
}
