import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { HTTPRequest, Page } from 'puppeteer';

const FIXTURES = resolve('tests/fixtures');

/** Which fixture answers a URL (a path under tests/fixtures, or a page built by the test); null for a 404. */
export type FixtureRoutes = (url: URL) => string | { html: string } | null;

export const tiktokRoutes: FixtureRoutes = (url) => {
  if (url.hostname !== 'www.tiktok.com') return null;
  // A paid partnership that only the page's JSON reveals: the background must parse it.
  if (url.pathname === '/@kreator.kota/video/7404000000000000001') return 'tiktok/video-paid/source.html';
  if (/^\/@[^/]+\/video\/\d+$/.test(url.pathname)) return 'tiktok/video/source.html';
  if (url.pathname === '/foryou' || url.pathname === '/') return 'tiktok/foryou/source.html';
  // The Following feed stands in for a feed that grows by hundreds of posts.
  if (url.pathname === '/following') return 'stress/tiktok-long-feed.html';
  return null;
};

function answer(request: HTTPRequest, routes: FixtureRoutes): Promise<void> {
  const url = new URL(request.url());
  if (!url.protocol.startsWith('http')) return request.continue();
  const fixture = routes(url);
  if (!fixture) return request.respond({ status: 404, contentType: 'text/plain', body: 'not in the fixtures' });
  const body = typeof fixture === 'string' ? readFileSync(resolve(FIXTURES, fixture), 'utf8') : fixture.html;
  return request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body });
}

/** Serves Saring's fixtures at the platforms' real addresses; nothing leaves the machine. */
export async function serveFixtures(page: Page, routes: FixtureRoutes): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (request) => void answer(request, routes));
}

export const readFixture = (path: string) => readFileSync(resolve(FIXTURES, path), 'utf8');

export const serveTiktokFixtures = (page: Page) => serveFixtures(page, tiktokRoutes);
