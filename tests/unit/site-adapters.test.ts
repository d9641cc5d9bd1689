// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { postText } from '@/utils/post';
import { adapterFor } from '@/utils/sites/adapters';
import { withEmbedded } from '@/utils/sites/embedded';
import { embeddedPostsOf } from '@/utils/sites/embedded-parsers';
import { bundledEngine } from './support/bundled-lists';
import { loadPageFixture, pageFixtureNames, parseHtml } from './support/fixtures';

const engine = bundledEngine();

describe.each(pageFixtureNames())('fixture %s', (name) => {
  const fixture = loadPageFixture(name);
  const doc = parseHtml(fixture.html);
  const adapter = adapterFor(fixture.url)!;
  const embedded = adapter ? embeddedPostsOf(adapter, doc) : new Map();
  const elements = adapter ? adapter.findPostElements(doc) : [];
  const readings = elements.map((element) => adapter.readPost(element, fixture.url));
  const posts = readings.map((r) => r && withEmbedded(r.post, embedded.get(r.post.postId)));

  it("is served by its platform's adapter, which names the page kind", () => {
    expect(adapter?.platform).toBe(name.split('/')[0]);
    expect(adapter.pageKind(fixture.url)).toBe(fixture.pageKind);
  });

  it('finds every post and reads each field', () => {
    expect(posts).toHaveLength(fixture.posts.length);
    fixture.posts.forEach(({ postIdPattern, anchor, expectedKinds: _kinds, ...fields }, i) => {
      expect(posts[i]).toMatchObject(fields);
      if (postIdPattern) expect(posts[i]!.postId).toMatch(new RegExp(postIdPattern));
      if (anchor) expect(readings[i]!.anchor.matches(anchor)).toBe(true);
    });
  });

  it('gives the engine what it needs to flag each post as expected', () => {
    const verdicts = engine.check(posts.map((p) => ({ text: postText(p!), sponsored: p!.adLabel !== null })));
    expect(verdicts.map((v) => v.flags.map((f) => f.kind))).toEqual(fixture.posts.map((p) => p.expectedKinds));
  });

  it('maps a node deep inside each post back to that post', () => {
    for (const element of elements) {
      let deepest: Node = element;
      while (deepest.lastChild) deepest = deepest.lastChild;
      expect(adapter.postContaining(deepest)).toBe(element);
    }
  });
});
