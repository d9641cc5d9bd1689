import type { AdLabel } from '../post';
import { parseJson } from '../parse-json';
import type { EmbeddedPost } from './site-adapter';

// Instagram sends the first page of posts inline, as `script[type="application/json"]`
// blobs (RelayPrefetchedStreamCache), each media object with `code` (the shortcode),
// `caption.text`, `is_paid_partnership`, `sponsor_tags`, `ad_id` and `product_type`
// (ZS; WTM; instagrapi). The shape around the media objects changes often, so the
// blobs are searched for media objects rather than walked down a fixed path.

// A page carries a few megabytes of such JSON; these bound the work on a hostile or
// unexpectedly large page. Past them the DOM reading still stands.
const MAX_SCRIPT_CHARS = 8_000_000;
const NODE_BUDGET = 500_000;
const SHORTCODE = /^[A-Za-z0-9_-]{5,64}$/;
const MEDIA_KEYS = ['caption', 'product_type', 'is_paid_partnership', 'sponsor_tags', 'ad_id'];

type JsonObject = Record<string, unknown>;

/** The inline JSON blobs worth parsing, as text: most are configuration; only those naming a shortcode count. */
export function instagramEmbeddedData(document: Document): string[] {
  const texts = [...document.querySelectorAll('script[type="application/json"]')].map((script) => script.textContent ?? '');
  return texts.filter((text) => text.length <= MAX_SCRIPT_CHARS && text.includes('"code"'));
}

export const readInstagramEmbeddedPosts = (document: Document) => parseInstagramEmbedded(instagramEmbeddedData(document));

/** DOM-free: runs in the background, where megabytes of JSON cost the page nothing. */
export function parseInstagramEmbedded(texts: readonly string[]): EmbeddedPost[] {
  const posts = new Map<string, EmbeddedPost>();
  const budget = { nodesLeft: NODE_BUDGET };
  for (const text of texts) {
    if (budget.nodesLeft <= 0) break;
    const data = parseJson(text);
    if (data === undefined) continue;
    for (const media of mediaObjectsIn(data, budget)) mergeInto(posts, embeddedPostOf(media));
  }
  return [...posts.values()].filter((p) => p.caption !== undefined || p.adLabel !== undefined);
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isMediaObject(value: JsonObject): boolean {
  return typeof value.code === 'string' && SHORTCODE.test(value.code) && MEDIA_KEYS.some((key) => key in value);
}

/** Media objects anywhere in `data`, walked with a stack: nesting depth is the page's to choose, not ours. */
function mediaObjectsIn(data: unknown, budget: { nodesLeft: number }): JsonObject[] {
  const found: JsonObject[] = [];
  const stack: unknown[] = [data];
  while (stack.length > 0 && budget.nodesLeft-- > 0) {
    const value = stack.pop();
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push(value[i]);
    } else if (isObject(value)) {
      if (isMediaObject(value)) found.push(value);
      for (const child of Object.values(value).reverse()) if (typeof child === 'object' && child !== null) stack.push(child);
    }
  }
  return found;
}

function captionOf(media: JsonObject): string | undefined {
  const caption = media.caption;
  return isObject(caption) && typeof caption.text === 'string' ? caption.text : undefined;
}

function isAd(media: JsonObject): boolean {
  const adId = media.ad_id;
  const hasAdId = (typeof adId === 'string' && adId !== '') || typeof adId === 'number';
  return hasAdId || media.product_type === 'ad' || (typeof media.ad_action === 'string' && media.ad_action !== '');
}

function isPaidPartnership(media: JsonObject): boolean {
  return media.is_paid_partnership === true || (Array.isArray(media.sponsor_tags) && media.sponsor_tags.length > 0);
}

function adLabelOf(media: JsonObject): AdLabel | undefined {
  if (isAd(media)) return 'ad';
  return isPaidPartnership(media) ? 'paid_partnership' : undefined;
}

function embeddedPostOf(media: JsonObject): EmbeddedPost {
  const post: EmbeddedPost = { postId: media.code as string };
  const caption = captionOf(media);
  const adLabel = adLabelOf(media);
  if (caption !== undefined) post.caption = caption;
  if (adLabel !== undefined) post.adLabel = adLabel;
  return post;
}

// One post appears several times (feed edge, preview, carousel parent): keep what any copy knows.
function mergeInto(posts: Map<string, EmbeddedPost>, post: EmbeddedPost): void {
  const known = posts.get(post.postId);
  if (!known) {
    posts.set(post.postId, post);
    return;
  }
  if ((post.caption?.length ?? -1) > (known.caption?.length ?? -1)) known.caption = post.caption;
  // An ad outranks a paid partnership: the platform itself ran it.
  if (post.adLabel === 'ad' || (post.adLabel && !known.adLabel)) known.adLabel = post.adLabel;
}
