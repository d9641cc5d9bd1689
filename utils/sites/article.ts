import { Readability } from '@mozilla/readability';
import { MAX_TEXT_LENGTH } from '../messaging/validate';
import type { Post } from '../post';
import { contentHash } from './site-adapter';

/** The article's address without query or fragment: tracking parameters must not split one article in two. */
const canonicalAddress = (url: URL) => `${url.origin}${url.pathname}`;

/**
 * Reads the main text of any page the user asks Saring to check. Readability
 * rewrites the document it is given, so it gets a copy, never the page itself.
 */
export function readArticle(document: Document, url: URL): Post | null {
  const copy = document.cloneNode(true) as Document;
  const article = new Readability(copy).parse();
  const text = (article?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const title = (article?.title ?? document.title ?? '').replace(/\s+/g, ' ').trim();
  if (!text && !title) return null;
  const address = canonicalAddress(url);
  return {
    platform: 'web',
    postId: `u${contentHash(address)}`,
    permalink: address,
    authorHandle: url.hostname,
    authorName: (article?.byline ?? '').trim().slice(0, 200),
    // The engine's limit; the opening of an article carries its claim.
    caption: text.slice(0, MAX_TEXT_LENGTH),
    title: title.slice(0, 1_000),
    hashtags: [],
    adLabel: null,
    platformLabels: [],
    pageKind: 'article',
  };
}
