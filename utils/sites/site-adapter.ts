import type { PageKind, Platform, Post } from '../post';

/** One alternative way to find a field, and the layout it was seen on. */
export interface Selector {
  css: string;
  layout: string;
}

/** Reads one platform's pages. Each platform has its own module implementing this. */
export interface SiteAdapter {
  platform: Platform;
  serves(url: URL): boolean;
  pageKind(url: URL): PageKind;
  /** Post elements at or under `root`. */
  findPostElements(root: Element | Document): Element[];
  /** The post element that holds `node`, when a change happens inside a post. */
  postContaining(node: Node): Element | null;
  readPost(element: Element, url: URL): Post | null;
}

export function firstMatch(root: ParentNode, selectors: readonly Selector[]): Element | null {
  for (const { css } of selectors) {
    const found = root.querySelector(css);
    if (found) return found;
  }
  return null;
}

export function joinSelectors(selectors: readonly Selector[]): string {
  return selectors.map((s) => s.css).join(', ');
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
