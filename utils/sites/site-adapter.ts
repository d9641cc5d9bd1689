import type { PageKind, Platform, Post } from '../post';

/**
 * One alternative way to find a field, the layout it was seen on, and what it
 * must match in the project's fixtures ("matches N in fixture X"), keyed by the
 * fixture's folder under tests/fixtures, e.g. `tiktok/foryou`. A test checks
 * every expectation, so a selector that stops matching its layout fails loudly.
 */
export interface Selector {
  css: string;
  layout: string;
  matches: Readonly<Record<string, number>>;
}

export type SelectorTable = Readonly<Record<string, readonly Selector[]>>;

/** A post and the element its warning is anchored to: the element stays in the page, the post travels. */
export interface PostReading {
  post: Post;
  anchor: Element;
}

/** What a page's embedded JSON knows of a post beyond its DOM (TikTok's rehydration data). */
export interface EmbeddedPost {
  postId: string;
  caption?: string;
  adLabel?: Post['adLabel'];
  platformLabels?: string[];
}

/** Reads one platform's pages. Each platform has its own module implementing this. */
export interface SiteAdapter {
  platform: Platform;
  /** PLATFORM_NAMES[platform]: the name people know. */
  displayName: string;
  selectors: SelectorTable;
  serves(url: URL): boolean;
  pageKind(url: URL): PageKind;
  /** Page kinds that always show posts: zero posts there means the adapter no longer reads the page. */
  postBearingKinds: readonly PageKind[];
  /** Post elements at or under `root`. */
  findPostElements(root: Element | Document): Element[];
  /** The post element that holds `node`, when a change happens inside a post. */
  postContaining(node: Node): Element | null;
  readPost(element: Element, url: URL): PostReading | null;
  /**
   * The page's own JSON, as text, where it knows more than the DOM. Collecting it is
   * cheap; parsing megabytes of it is not, so the background does that (embedded-parsers.ts).
   */
  embeddedDataOf?(document: Document): string[];
}

export function firstMatch(root: ParentNode, selectors: readonly Selector[]): Element | null {
  for (const { css } of selectors) {
    const found = root.querySelector(css);
    if (found) return found;
  }
  return null;
}

export function allMatches(root: ParentNode, selectors: readonly Selector[]): Element[] {
  return [...root.querySelectorAll(joinSelectors(selectors))];
}

export function joinSelectors(selectors: readonly Selector[]): string {
  return selectors.map((s) => s.css).join(', ');
}

/** Post elements at or under `root`, for adapters whose posts one selector list finds. */
export function postElementsUnder(root: Element | Document, postSelector: string): Element[] {
  const found = [...root.querySelectorAll(postSelector)];
  return root instanceof Element && root.matches(postSelector) ? [root, ...found] : found;
}

export function closestPost(node: Node, postSelector: string): Element | null {
  const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  return element?.closest(postSelector) ?? null;
}

/**
 * Post elements at or under `root` that are not inside another post. Facebook
 * marks each comment `role="article"` inside the post's own article, and a
 * YouTube ad slot may wrap a promoted-video renderer: the inner one is part of
 * its post, never a post of its own.
 */
export function topLevelPostsUnder(root: Element | Document, postSelector: string): Element[] {
  return postElementsUnder(root, postSelector).filter((element) => !element.parentElement?.closest(postSelector));
}

/** The outermost post element holding `node`: a change inside a comment belongs to its post. */
export function outermostPostContaining(node: Node, postSelector: string): Element | null {
  let post = closestPost(node, postSelector);
  let outer = post?.parentElement?.closest(postSelector);
  while (outer) {
    post = outer;
    outer = outer.parentElement?.closest(postSelector);
  }
  return post;
}

/** Caption text as a person reads it: runs of white space become one space. */
export function visibleText(element: Element | null): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** FNV-1a, for a stable id when the page shows a post without its own. */
export function contentHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/** A link's escaped text, decoded; a malformed escape in a page's link must not stop the page being read. */
export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Hashtags written in a caption, lower-cased, for platforms whose DOM does not link them. */
export function hashtagsIn(text: string): string[] {
  const tags = text.match(/#[\p{L}\p{N}_]+/gu) ?? [];
  return [...new Set(tags.map((t) => t.slice(1).toLowerCase()))];
}

/**
 * Ad labels as platforms print them, in Indonesian and English. Compared with
 * the whole trimmed label text, never searched for inside captions.
 */
const AD_LABEL_TEXTS: ReadonlyMap<string, Post['adLabel']> = new Map([
  ['sponsored', 'ad'],
  ['bersponsor', 'ad'],
  ['disponsori', 'ad'],
  ['iklan', 'ad'],
  ['ad', 'ad'],
  ['promoted', 'ad'],
  ['dipromosikan', 'ad'],
  ['paid partnership', 'paid_partnership'],
  ['kemitraan berbayar', 'paid_partnership'],
  ['promotional content', 'paid_partnership'],
  ['konten promosi', 'paid_partnership'],
  ['includes paid promotion', 'paid_partnership'],
  ['berisi promosi berbayar', 'paid_partnership'],
  ['disertai promosi berbayar', 'paid_partnership'],
]);

/** The ad label a label element's text names, or null. "Paid partnership with X" counts. */
export function adLabelFromText(text: string): Post['adLabel'] {
  const label = text.replace(/\s+/g, ' ').trim().toLowerCase();
  const exact = AD_LABEL_TEXTS.get(label);
  if (exact !== undefined) return exact;
  for (const prefix of ['paid partnership with', 'kemitraan berbayar dengan']) if (label.startsWith(prefix)) return 'paid_partnership';
  return null;
}

/** Types a selector table by its field names, so that each field reads as `readonly Selector[]`. */
export function selectorTable<Field extends string>(table: Record<Field, readonly Selector[]>): Record<Field, readonly Selector[]> {
  return table;
}
