import { render, h } from 'preact';
import { ReportPicker } from '@/components/ReportPicker';
import { createShadowHost } from '@/components/shadow-host';
import badgeCss from '@/components/warning-badge.css?inline';
import type { Translate } from '../i18n/translate';
import type { PortChannel } from '../messaging/port-channel';
import type { ListedPost } from './bulk-mode';
import { pageLooksDark } from './page-theme';

/** Opens "Report this post as…" first in the post's anchor; one picker at a time. */
export function openReportPicker(entry: ListedPost, t: Translate, background: PortChannel): void {
  document.querySelector('saring-report-picker')?.remove();
  const { host, container } = createShadowHost({ tag: 'saring-report-picker', css: badgeCss });
  if (pageLooksDark()) host.setAttribute('data-theme', 'dark');
  const close = () => {
    render(null, container);
    host.remove();
  };
  render(
    h(ReportPicker, {
      t,
      post: entry.post,
      report: async (category) => {
        const receipt = await background.send('report:save', { post: entry.post, seenAt: entry.seenAt, category, source: 'menu' });
        entry.element.setAttribute('data-saring-reported', '');
        return receipt;
      },
      undo: async (undoToken) => {
        await background.send('report:undo', { undoToken });
        entry.element.removeAttribute('data-saring-reported');
      },
      annotate: async (undoToken, category, note) => void (await background.send('report:annotate', { undoToken, category, note })),
      close,
    }),
    container,
  );
  entry.anchor.prepend(host);
  host.scrollIntoView({ block: 'nearest' });
  container.querySelector<HTMLButtonElement>('button')?.focus();
}

const NOTICE_MS = 4_000;

/** A short line at the top of the window that goes by itself: for when there is nothing to anchor to. */
export function showNotice(text: string): void {
  const { host, container } = createShadowHost({ tag: 'saring-notice', css: badgeCss });
  host.setAttribute('style', 'position:fixed;top:12px;left:50%;transform:translateX(-50%);z-index:2147483647;');
  const line = document.createElement('p');
  line.className = 'badge quiet';
  line.setAttribute('role', 'status');
  line.textContent = text;
  container.append(line);
  document.documentElement.append(host);
  setTimeout(() => host.remove(), NOTICE_MS);
}
