import type { Page } from 'puppeteer';
import { waitInShadow } from './reports';

/**
 * Waits for `inner` inside the Saring badge of the post at `post`. Puppeteer's
 * waitForSelector re-checks on document mutations, which do not include changes
 * inside a shadow root, so this polls instead.
 */
export async function waitInBadge(page: Page, post: string, inner: string): Promise<void> {
  await waitInShadow(page, `${post} saring-badge`, inner, 30_000);
}
