import type { Page } from 'puppeteer';

/**
 * Waits for `inner` inside the Saring badge of the post at `post`. Puppeteer's
 * waitForSelector re-checks on document mutations, which do not include changes
 * inside a shadow root, so this polls instead.
 */
export async function waitInBadge(page: Page, post: string, inner: string): Promise<void> {
  await page.waitForFunction(
    (postSelector, innerSelector) =>
      document.querySelector(`${postSelector} saring-badge`)?.shadowRoot?.querySelector(innerSelector) != null,
    { polling: 50 },
    post,
    inner,
  );
}
