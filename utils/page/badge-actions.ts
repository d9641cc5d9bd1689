import type { BadgeActions } from '@/components/WarningBadge';
import type { PortChannel } from '../messaging/port-channel';
import type { ReportSource } from '../storage/report';
import type { Post } from '../post';
import type { Blur } from './blur-media';

export interface PostOnPage {
  post: Post;
  element: Element;
  /** Epoch ms when Saring first read the post on this page. */
  seenAt: number;
}

/** The badge's buttons, wired to the background. The page's marks follow what the user decided. */
export function badgeActionsFor(
  background: Pick<PortChannel, 'send'>,
  { post, element, seenAt }: PostOnPage,
  blur: Blur | null,
  source: ReportSource = 'warning',
): BadgeActions {
  return {
    async report() {
      const receipt = await background.send('report:save', { post, seenAt, source });
      element.setAttribute('data-saring-reported', '');
      return receipt;
    },
    async undo(undoToken) {
      await background.send('report:undo', { undoToken });
      element.removeAttribute('data-saring-reported');
    },
    async annotate(undoToken, category, note) {
      await background.send('report:annotate', { undoToken, category, note });
    },
    async dismiss() {
      await background.send('post:dismiss', { post });
      blur?.unblur();
      element.setAttribute('data-saring-state', 'dismissed');
    },
    async mute(rule) {
      await background.send('rule:mute', { post, rule });
    },
    ...(blur && {
      async showAnyway() {
        blur.unblur();
        await background.send('post:show-anyway', { post });
      },
    }),
  };
}
