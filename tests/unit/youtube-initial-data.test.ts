// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { youtubeEmbeddedPosts, youtubeVideoRecords } from '@/utils/sites/youtube-embedded-posts';
import { balancedEnd, readYoutubeInitialData } from '@/utils/sites/youtube-initial-data';
import { parseHtml } from './support/fixtures';

const script = (body: string) => `<script nonce="x">${body}</script>`;

describe('finding the page data in inline scripts', () => {
  it('reads `var ytInitialData = {…};` whose strings hold braces, brackets and escaped quotes', () => {
    const data = { title: 'Visi {misi} [2024] "Paslon 2" \\ }', nested: { list: [1, { x: '}' }] } };
    const html = script(`var ytInitialData = ${JSON.stringify(data)};var other = {"a": 1};`);
    expect(readYoutubeInitialData(html).initialData).toEqual(data);
  });

  it('reads the 2020 form `window["ytInitialData"] = {…};` and `window.ytInitialPlayerResponse = {…}`', () => {
    const html = script(`window["ytInitialData"] = {"a": 1};\nwindow.ytInitialPlayerResponse = {"b": 2};`);
    expect(readYoutubeInitialData(html)).toEqual({ initialData: { a: 1 }, playerResponse: { b: 2 } });
  });

  it("passes over the page's copies of the variable to the object itself", () => {
    const html = script('var ytInitialPlayerResponse = window.ytInitialPlayerResponse;') + script('var ytInitialPlayerResponse = {"videoDetails": {}};');
    expect(readYoutubeInitialData(html).playerResponse).toEqual({ videoDetails: {} });
  });

  it('gives null, without throwing, for data cut short, broken or written as code', () => {
    for (const body of [
      'var ytInitialData = {"a": {"b": 1};',
      'var ytInitialData = {"a": 1,};',
      'var ytInitialData = {"a": globalThis.pwned = 1};',
      'var ytInitialData = (function () { return {"a": 1}; })();',
      'var notYtInitialData = {"a": 1};',
    ]) {
      expect(readYoutubeInitialData(script(body)), body).toEqual({ initialData: null, playerResponse: null });
    }
    expect((globalThis as Record<string, unknown>).pwned).toBeUndefined();
  });

  it('reads inline scripts of a document and ignores script files', () => {
    const doc = parseHtml(`<html><head><script src="/s/desktop/base.js"></script></head><body>${script('var ytInitialData = {"a": 1};')}</body></html>`);
    expect(readYoutubeInitialData(doc).initialData).toEqual({ a: 1 });
  });

  it('finds the closing bracket of an object or array', () => {
    expect(balancedEnd('x = {"a": "}"} tail', 4)).toBe(14);
    expect(balancedEnd('[1, [2], "]"]', 0)).toBe(13);
    expect(balancedEnd('{"a": "\\"}"}', 0)).toBe(12);
    expect(balancedEnd('{"a": 1', 0)).toBe(-1);
  });
});

const run = (text: string) => ({ runs: [{ text }] });
const channelRun = (name: string, url: string) => ({ runs: [{ text: name, navigationEndpoint: { browseEndpoint: { canonicalBaseUrl: url } } }] });

describe('videos in the page data', () => {
  it('reads search results and promoted videos once each, with their channel, snippet and ad badge', () => {
    const result = {
      videoId: 'DebatNews01',
      title: run('Debat Kedua Calon Presiden'),
      ownerText: channelRun('Kanal Berita Nasional', '/@kanalberitanasional'),
      descriptionSnippet: { runs: [{ text: 'Siaran langsung\n' }, { text: 'debat', bold: true }, { text: ' kedua #Pemilu2024' }] },
      navigationEndpoint: { commandMetadata: { webCommandMetadata: { url: '/watch?v=DebatNews01' } } },
    };
    const short = {
      videoId: 'PantunPmlu1',
      title: { simpleText: 'Pantun lucu soal debat' },
      ownerText: channelRun('Pantun Betawi', '/channel/UCinventedChannel0000002'),
      navigationEndpoint: { commandMetadata: { webCommandMetadata: { url: '/shorts/PantunPmlu1' } } },
      badges: [{ metadataBadgeRenderer: { label: 'Ad' } }],
    };
    const promoted = { videoId: 'Pyv3Coblos1', title: run('Coblos nomor 3'), longBylineText: run('Posko Paslon 3') };
    const initialData = {
      contents: [{ videoRenderer: result }, { shelfRenderer: { items: [{ videoRenderer: result }, { videoRenderer: short }] } }],
      ads: [{ searchPyvRenderer: { ads: [{ promotedVideoRenderer: promoted }] } }, { videoRenderer: { videoId: 'bad' } }],
    };
    expect(youtubeVideoRecords({ initialData, playerResponse: null })).toEqual([
      {
        postId: 'DebatNews01',
        permalink: 'https://www.youtube.com/watch?v=DebatNews01',
        title: 'Debat Kedua Calon Presiden',
        caption: 'Siaran langsung debat kedua #Pemilu2024',
        authorName: 'Kanal Berita Nasional',
        authorHandle: 'kanalberitanasional',
        hashtags: ['pemilu2024'],
        keywords: [],
        adLabel: null,
        platformLabels: [],
      },
      expect.objectContaining({ postId: 'PantunPmlu1', permalink: 'https://www.youtube.com/shorts/PantunPmlu1', authorHandle: '', adLabel: 'ad' }),
      expect.objectContaining({ postId: 'Pyv3Coblos1', authorName: 'Posko Paslon 3', caption: '', adLabel: 'ad' }),
    ]);
  });

  it("reads the watch page's video from the player data, and its channel handle from the page data", () => {
    const playerResponse = {
      videoDetails: {
        videoId: 'DebatCapr2x',
        title: 'Debat Capres Putaran Kedua',
        author: 'Suara Muda Nusantara',
        shortDescription: 'Ayo coblos nomor urut 2!\n\n#Coblos2',
        keywords: ['debat capres', 7],
      },
      paidContentOverlay: { paidContentOverlayRenderer: { text: { simpleText: 'Berisi promosi berbayar' } } },
    };
    const initialData = {
      contents: [
        { videoPrimaryInfoRenderer: { title: run('Debat Capres Putaran Kedua'), superTitleLink: { runs: [{ text: '#Pemilu2024' }, { text: ' ' }] } } },
        { videoSecondaryInfoRenderer: { owner: { videoOwnerRenderer: { navigationEndpoint: { browseEndpoint: { canonicalBaseUrl: '/@suaramudanusantara' } } } } } },
      ],
    };
    expect(youtubeVideoRecords({ initialData, playerResponse })).toEqual([
      {
        postId: 'DebatCapr2x',
        permalink: 'https://www.youtube.com/watch?v=DebatCapr2x',
        title: 'Debat Capres Putaran Kedua',
        caption: 'Ayo coblos nomor urut 2! #Coblos2',
        authorName: 'Suara Muda Nusantara',
        authorHandle: 'suaramudanusantara',
        hashtags: ['pemilu2024', 'coblos2'],
        keywords: ['debat capres'],
        adLabel: 'paid_partnership',
        platformLabels: [],
      },
    ]);
  });

  it('survives data of another shape', () => {
    for (const value of [null, 42, 'text', [], { videoRenderer: null }, { videoDetails: { videoId: 12 } }]) {
      expect(youtubeVideoRecords({ initialData: value, playerResponse: value })).toEqual([]);
    }
  });

  it('hands the adapter each video id with its description and ad label', () => {
    const doc = parseHtml(
      script(`var ytInitialPlayerResponse = {"videoDetails": {"videoId": "DebatCapr2x", "title": "Debat", "shortDescription": "Lengkap"}};`),
    );
    expect(youtubeEmbeddedPosts(doc)).toEqual([{ postId: 'DebatCapr2x', caption: 'Lengkap', adLabel: null }]);
  });
});
