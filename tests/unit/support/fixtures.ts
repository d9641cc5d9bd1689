import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PLATFORMS } from '@/utils/post';

export const FIXTURES_DIR = join(__dirname, '../../fixtures');

/** A post the adapter must read from a fixture, with the flags the engine must give it. */
export interface ExpectedPost {
  postIdPattern?: string;
  /** A CSS selector the warning's anchor element must match. */
  anchor?: string;
  expectedKinds: string[];
  [field: string]: unknown;
}

export interface PageFixture {
  /** `platform/page-kind`, the folder under tests/fixtures. */
  name: string;
  html: string;
  url: URL;
  pageKind: string;
  posts: ExpectedPost[];
}

/** Every `tests/fixtures/<platform>/<page-kind>/` that has a source.html and an expected.json. */
export function pageFixtureNames(): string[] {
  return PLATFORMS.filter((p) => existsSync(join(FIXTURES_DIR, p))).flatMap((platform) =>
    readdirSync(join(FIXTURES_DIR, platform))
      .filter((kind) => existsSync(join(FIXTURES_DIR, platform, kind, 'expected.json')))
      .map((kind) => `${platform}/${kind}`),
  );
}

export function fixtureHtml(name: string): string {
  return readFileSync(join(FIXTURES_DIR, name, 'source.html'), 'utf8');
}

export function loadPageFixture(name: string): PageFixture {
  const expected = JSON.parse(readFileSync(join(FIXTURES_DIR, name, 'expected.json'), 'utf8'));
  return { name, html: fixtureHtml(name), url: new URL(expected.url), pageKind: expected.pageKind, posts: expected.posts };
}

/** DOMParser never runs the fixture's scripts: the adapter sees the page as the server sent it. */
export function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}
