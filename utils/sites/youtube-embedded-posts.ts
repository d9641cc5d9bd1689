import type { AdLabel, Post } from '../post';
import { adLabelFromText, hashtagsIn, type EmbeddedPost } from './site-adapter';
import { readYoutubeInitialData, youtubeEmbeddedData, type YoutubeInitialData } from './youtube-initial-data';
import { handleFromHref, isVideoId, permalinkFor, videoRefFromHref } from './youtube-urls';

/** A video as the page's JSON describes it: a Post's fields, plus the uploader's hidden keywords. */
export type YoutubeVideoRecord = Omit<Post, 'platform' | 'pageKind'> & { keywords: string[] };

/**
 * The page's inline JSON, as it was when the server sent the page. After SPA
 * navigation it still describes the first page; merging by video id keeps it from
 * being applied to another video.
 */
export function parseYoutubeEmbedded(texts: readonly string[]): EmbeddedPost[] {
  return youtubeVideoRecords(readYoutubeInitialData(texts)).map(({ postId, caption, adLabel }) => ({ postId, caption, adLabel }));
}

export function youtubeEmbeddedPosts(document: Document): EmbeddedPost[] {
  return parseYoutubeEmbedded(youtubeEmbeddedData(document));
}

/** The watch page's own video first, then every search result and promoted video, each once. */
export function youtubeVideoRecords({ initialData, playerResponse }: YoutubeInitialData): YoutubeVideoRecord[] {
  const watched = watchPageRecord(initialData, playerResponse);
  const listed = [
    ...valuesNamed(initialData, 'videoRenderer').map((renderer) => listedVideoRecord(renderer, null)),
    ...valuesNamed(initialData, 'promotedVideoRenderer').map((renderer) => listedVideoRecord(renderer, 'ad')),
  ];
  const records = [watched, ...listed].filter((record): record is YoutubeVideoRecord => record !== null);
  return [...new Map(records.map((record) => [record.postId, record])).values()];
}

function watchPageRecord(initialData: unknown, playerResponse: unknown): YoutubeVideoRecord | null {
  const details = at(playerResponse, 'videoDetails');
  const videoId = at(details, 'videoId');
  if (!isVideoId(videoId)) return null;
  const caption = oneLine(stringAt(details, 'shortDescription'));
  const owner = at(firstValueNamed(initialData, 'videoSecondaryInfoRenderer'), 'owner', 'videoOwnerRenderer');
  const superTitle = textOf(at(firstValueNamed(initialData, 'videoPrimaryInfoRenderer'), 'superTitleLink'));
  return {
    postId: videoId,
    permalink: permalinkFor({ videoId, isShort: false }),
    title: stringAt(details, 'title'),
    caption,
    authorName: stringAt(details, 'author'),
    authorHandle: handleFromHref(channelUrlOf(owner)),
    hashtags: [...new Set([...hashtagsIn(superTitle), ...hashtagsIn(caption)])],
    keywords: stringsAt(details, 'keywords'),
    adLabel: at(playerResponse, 'paidContentOverlay') ? 'paid_partnership' : null,
    platformLabels: [],
  };
}

function listedVideoRecord(renderer: unknown, slotLabel: AdLabel | null): YoutubeVideoRecord | null {
  const videoId = at(renderer, 'videoId');
  if (!isVideoId(videoId)) return null;
  const ref = videoRefFromHref(stringAt(renderer, 'navigationEndpoint', 'commandMetadata', 'webCommandMetadata', 'url'));
  const owner = at(renderer, 'ownerText') ?? at(renderer, 'longBylineText') ?? at(renderer, 'shortBylineText');
  const title = textOf(at(renderer, 'title'));
  const caption = oneLine(textOf(at(renderer, 'descriptionSnippet') ?? at(renderer, 'detailedMetadataSnippets', 0, 'snippetText')));
  return {
    postId: videoId,
    permalink: permalinkFor(ref?.videoId === videoId ? ref : { videoId, isShort: false }),
    title,
    caption,
    authorName: textOf(owner),
    authorHandle: handleFromHref(channelUrlOf(at(owner, 'runs', 0))),
    hashtags: [...new Set([...hashtagsIn(title), ...hashtagsIn(caption)])],
    keywords: [],
    adLabel: slotLabel ?? badgeAdLabel(renderer),
    platformLabels: [],
  };
}

/** Search results carry their "Ad" badge as `badges[].metadataBadgeRenderer.label`. */
function badgeAdLabel(renderer: unknown): AdLabel | null {
  const badges = at(renderer, 'badges');
  const labels = Array.isArray(badges) ? badges.map((badge) => stringAt(badge, 'metadataBadgeRenderer', 'label')) : [];
  return labels.map(adLabelFromText).find((label) => label !== null) ?? null;
}

/** A channel link's path: `/@handle` since 2022, `/channel/UC…` or `/user/…` before. */
function channelUrlOf(linked: unknown): string {
  const endpoint = at(linked, 'navigationEndpoint');
  return stringAt(endpoint, 'browseEndpoint', 'canonicalBaseUrl') || stringAt(endpoint, 'commandMetadata', 'webCommandMetadata', 'url');
}

// ---- Reading untyped JSON without trusting its shape ----

type Key = string | number;

function at(value: unknown, ...path: Key[]): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<Key, unknown>)[key];
  }
  return current;
}

function stringAt(value: unknown, ...path: Key[]): string {
  const found = at(value, ...path);
  return typeof found === 'string' ? found : '';
}

function stringsAt(value: unknown, ...path: Key[]): string[] {
  const found = at(value, ...path);
  return Array.isArray(found) ? found.filter((item): item is string => typeof item === 'string') : [];
}

/** YouTube's text objects: `{simpleText}`, `{runs: [{text}]}`, or the newer `{content}`. */
function textOf(value: unknown): string {
  const runs = at(value, 'runs');
  if (Array.isArray(runs)) return runs.map((run) => stringAt(run, 'text')).join('');
  return stringAt(value, 'simpleText') || stringAt(value, 'content');
}

/** Descriptions read as the DOM shows them, so the two compare by length. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

// A page's JSON nests a few dozen levels deep; the limit bounds a hostile or broken one.
const MAX_DEPTH = 64;

/** Every value stored under `key`, anywhere in the tree, in document order. */
function valuesNamed(root: unknown, key: string): unknown[] {
  const found: unknown[] = [];
  const visit = (value: unknown, depth: number): void => {
    if (value === null || typeof value !== 'object' || depth > MAX_DEPTH) return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
      return;
    }
    for (const [name, child] of Object.entries(value)) {
      if (name === key) found.push(child);
      else visit(child, depth + 1);
    }
  };
  visit(root, 0);
  return found;
}

function firstValueNamed(root: unknown, key: string): unknown {
  return valuesNamed(root, key)[0];
}
