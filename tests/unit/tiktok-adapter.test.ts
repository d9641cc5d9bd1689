// @vitest-environment happy-dom
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tiktokAdapter, tiktokSelectors } from '@/utils/sites/tiktok';
import { bundledEngine } from './support/bundled-lists';

const FIXTURES = join(__dirname, '../fixtures/tiktok');

interface ExpectedPost {
  postId?: string;
  postIdPattern?: string;
  expectedKinds: string[];
  [field: string]: unknown;
}

function loadFixture(kind: string) {
  const html = readFileSync(join(FIXTURES, kind, 'source.html'), 'utf8');
  const expected = JSON.parse(readFileSync(join(FIXTURES, kind, 'expected.json'), 'utf8'));
  // DOMParser never runs the fixture's scripts: the adapter sees the page as the server sent it.
  return { doc: new DOMParser().parseFromString(html, 'text/html'), expected, url: new URL(expected.url) };
}

describe.each(readdirSync(FIXTURES))('tiktok fixture %s', (kind) => {
  const { doc, expected, url } = loadFixture(kind);
  const elements = tiktokAdapter.findPostElements(doc);
  const posts = elements.map((element) => tiktokAdapter.readPost(element, url));

  it('classifies the page kind', () => {
    expect(tiktokAdapter.pageKind(url)).toBe(expected.pageKind);
  });

  it('finds every post and reads each field', () => {
    expect(posts).toHaveLength(expected.posts.length);
    expected.posts.forEach(({ postIdPattern, expectedKinds: _kinds, ...fields }: ExpectedPost, i: number) => {
      expect(posts[i]).toMatchObject(fields);
      if (postIdPattern) expect(posts[i]!.postId).toMatch(new RegExp(postIdPattern));
    });
  });

  it('gives the detector what it needs to flag each post as expected', () => {
    const verdicts = bundledEngine().check(posts.map((p) => ({ text: p!.caption, sponsored: p!.sponsored })));
    expect(verdicts.map((v) => v.flags.map((f) => f.kind))).toEqual(expected.posts.map((p: ExpectedPost) => p.expectedKinds));
  });

  it('maps a node inside a post back to that post', () => {
    const caption = elements[0].querySelector('[data-e2e="video-desc"], [data-e2e="browse-video-desc"]')!;
    expect(tiktokAdapter.postContaining(caption.firstChild!)).toBe(elements[0]);
  });
});

describe('tiktok content-hash ids', () => {
  it('gives the same id to the same post read twice, and another id to another caption', () => {
    const { doc, url } = loadFixture('foryou');
    const recipe = tiktokAdapter.findPostElements(doc)[1];
    const first = tiktokAdapter.readPost(recipe, url)!.postId;
    expect(tiktokAdapter.readPost(recipe, url)!.postId).toBe(first);
    recipe.querySelector('[data-e2e="new-desc-span"]')!.textContent = 'Resep soto betawi';
    expect(tiktokAdapter.readPost(recipe, url)!.postId).not.toBe(first);
  });
});

describe('tiktok page kinds', () => {
  const cases: [string, string][] = [
    ['https://www.tiktok.com/', 'feed'],
    ['https://www.tiktok.com/foryou', 'feed'],
    ['https://www.tiktok.com/following', 'feed'],
    ['https://www.tiktok.com/@someone/video/7300000000000000001', 'video'],
    ['https://www.tiktok.com/@someone/photo/7300000000000000002', 'video'],
    ['https://www.tiktok.com/@someone', 'other'],
    ['https://www.tiktok.com/search?q=pemilu', 'other'],
  ];
  it.each(cases)('%s is %s', (href, kind) => {
    expect(tiktokAdapter.pageKind(new URL(href))).toBe(kind);
  });

  it('serves only TikTok', () => {
    expect(tiktokAdapter.serves(new URL('https://www.tiktok.com/foryou'))).toBe(true);
    expect(tiktokAdapter.serves(new URL('https://www.tiktok.com.evil.example/foryou'))).toBe(false);
  });
});

describe('tiktok selectors', () => {
  it('document the layout each alternative serves', () => {
    for (const alternatives of Object.values(tiktokSelectors)) {
      for (const selector of alternatives) expect(selector.layout.length).toBeGreaterThan(5);
    }
  });
});
