// @vitest-environment happy-dom
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { youtubeAdapter } from '@/utils/sites/youtube';
import { youtubeVideoRecords } from '@/utils/sites/youtube-embedded-posts';
import { readYoutubeInitialData } from '@/utils/sites/youtube-initial-data';
import { embeddedPostsOf } from '@/utils/sites/embedded-parsers';
import { parseHtml } from './support/fixtures';

// Real pages others published (../shared/data/README.md). A fresh clone does not
// have them, so these tests skip; the expectations come from each file's own
// attributes and meta tags, never from copies of its content. The saved pages link
// YouTube's stylesheets and a sign-in iframe, which happy-dom would otherwise fetch.
const dir = path.resolve(__dirname, '../../../shared/data/pages/youtube');
const itemsDir = path.join(dir, 'rendered-feed-items');
const HOME = new URL('https://www.youtube.com/');

/** Each file is `const element = \`…\`; module.exports = element`: the HTML is the one template string. */
function templateHtml(file: string): string {
  const source = readFileSync(path.join(itemsDir, file), 'utf8');
  return source.slice(source.indexOf('`') + 1, source.lastIndexOf('`'));
}

const oneLine = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** What the item shows, found another way than the adapter does: raw hrefs and title attributes. */
function shownIn(item: Element) {
  const hrefs = [...item.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!);
  const videoId = hrefs.map((href) => href.match(/^\/watch\?v=([\w-]{11})/)?.[1]).find(Boolean) ?? '';
  const handle = hrefs.map((href) => href.match(/^\/@([^/?#]+)/)?.[1]).find(Boolean) ?? '';
  const titled = [...item.querySelectorAll('[title]')].find(
    (el) => el.getAttribute('title') && (el.tagName === 'H3' || el.getAttribute('href')?.startsWith('/watch')),
  );
  const channelLinks = [...item.querySelectorAll(`a[href="/@${handle}"]`)];
  const channelName = channelLinks.map((a) => oneLine(a.textContent)).find(Boolean) ?? '';
  return { videoId, handle, title: titled?.getAttribute('title') ?? '', channelName };
}

describe.skipIf(!existsSync(itemsDir))('real rendered feed items (2025)', () => {
  const files = existsSync(itemsDir) ? readdirSync(itemsDir).filter((f) => f.endsWith('.js')) : [];

  it.each(files)('%s: finds each item and reads its video id, title and channel', (file) => {
    const doc = parseHtml(templateHtml(file));
    const elements = youtubeAdapter.findPostElements(doc);
    expect(elements.length).toBeGreaterThan(0);
    for (const element of elements) {
      const expected = shownIn(element);
      const reading = youtubeAdapter.readPost(element, HOME);
      expect(reading?.anchor).toBe(element);
      expect(reading?.post).toMatchObject({
        postId: expected.videoId,
        permalink: `https://www.youtube.com/watch?v=${expected.videoId}`,
        title: expected.title,
        authorHandle: expected.handle,
        authorName: expected.channelName,
        adLabel: null,
      });
      expect(reading?.post.title).not.toBe('');
    }
  });

  it('reads the description a list row shows', () => {
    const doc = parseHtml(templateHtml('video_list_element_UPCOMING.js'));
    const [row] = youtubeAdapter.findPostElements(doc);
    const shown = oneLine(row.querySelector('#description-text')?.textContent);
    expect(shown).not.toBe('');
    expect(youtubeAdapter.readPost(row, HOME)?.post.caption).toBe(shown);
  });
});

const searchFile = path.join(dir, 'search-results-server-2020.html');
const watchFiles = ['regular', 'chapters', 'related-topics'].map((name) => path.join(dir, `watch-server-2020-${name}.html`));

describe.skipIf(!existsSync(searchFile))('real search page as the server sent it (2020)', () => {
  const html = existsSync(searchFile) ? readFileSync(searchFile, 'utf8') : '';

  it('yields its results, each with an 11-character id the page names and a title', () => {
    const records = youtubeVideoRecords(readYoutubeInitialData(html));
    const idsInPage = new Set([...html.matchAll(/"videoId":"([\w-]{11})"/g)].map((m) => m[1]));
    expect(records.length).toBeGreaterThanOrEqual(10);
    for (const record of records) {
      expect(record.postId).toMatch(/^[\w-]{11}$/);
      expect(idsInPage.has(record.postId)).toBe(true);
      expect(record.title).not.toBe('');
      expect(record.authorName).not.toBe('');
    }
    expect(records.filter((r) => r.caption).length).toBeGreaterThan(records.length / 2);
  });

  it('reads the same from the parsed document as from its text', () => {
    const fromText = youtubeVideoRecords(readYoutubeInitialData(html));
    expect(youtubeVideoRecords(readYoutubeInitialData(parseHtml(html)))).toEqual(fromText);
  });
});

describe.skipIf(!watchFiles.every((file) => existsSync(file)))('real watch pages as the server sent them (2020)', () => {
  it.each(watchFiles.map((file) => path.basename(file)))('%s: the video named by its canonical link and meta tags', (name) => {
    const html = readFileSync(path.join(dir, name), 'utf8');
    const doc = parseHtml(html);
    const canonicalId = new URL(doc.querySelector('link[rel="canonical"]')!.getAttribute('href')!).searchParams.get('v');
    const metaKeywords = doc.querySelector('meta[name="keywords"]')!.getAttribute('content')!.split(', ');

    const [watched] = youtubeVideoRecords(readYoutubeInitialData(html));
    expect(watched).toMatchObject({
      postId: canonicalId,
      permalink: `https://www.youtube.com/watch?v=${canonicalId}`,
      title: doc.querySelector('meta[name="title"]')!.getAttribute('content'),
      authorName: doc.querySelector('link[itemprop="name"]')!.getAttribute('content'),
      keywords: metaKeywords,
    });
    expect(watched.caption).not.toBe('');
    expect([...embeddedPostsOf(youtubeAdapter, doc).values()][0]).toMatchObject({ postId: canonicalId, caption: watched.caption });
  });
});
