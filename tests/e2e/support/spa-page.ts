import type { Page } from 'puppeteer';
import { readFixture } from './fixture-server';

// A fixture's own scripts (a late post, say) belong to its standalone tests; page JSON stays.
const withoutPageScripts = (html: string) => html.replace(/<script(?![^>]*type="application\/json")[^>]*>[\s\S]*?<\/script>/gi, '');
const bodyOf = (html: string) => withoutPageScripts(html.match(/<body[^>]*>([\s\S]*)<\/body>/i)?.[1] ?? html);

/**
 * A single-page app made of Saring's own fixtures: the document loads once, and
 * `__navigate(path)` changes the address with history.pushState and swaps in the
 * fixture for that path, as YouTube's and TikTok's routers do.
 */
export function singlePageApp(pages: Record<string, string>, title: string): string {
  const templates = Object.entries(pages)
    .map(([path, fixture]) => `<template data-path="${path}">${bodyOf(readFixture(fixture))}</template>`)
    .join('\n');
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>${title}</title></head><body>
<div id="spa-root"></div>
${templates}
<script>
  function show(path) {
    var template = document.querySelector('template[data-path="' + path + '"]');
    document.getElementById('spa-root').replaceChildren(template.content.cloneNode(true));
  }
  window.__navigate = function (href) {
    history.pushState({}, '', href);
    show(location.pathname);
  };
  show(location.pathname);
</script>
</body></html>`;
}

/** Moves a singlePageApp to `href` without a reload, as a click on one of the platform's own links does. */
export const navigate = (page: Page, href: string) =>
  page.evaluate((h) => (window as unknown as { __navigate(h: string): void }).__navigate(h), href);
