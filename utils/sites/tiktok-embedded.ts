import { isRecord } from '../is-record';
import { parseJson } from '../parse-json';
import type { EmbeddedPost } from './site-adapter';
import { firstMatch } from './site-adapter';
import { tiktokSelectors } from './tiktok-selectors';

// The page JSON can run to megabytes of UI strings; past this it is not worth parsing on the main thread.
const MAX_EMBEDDED_JSON = 3_000_000;

/** TikTok's mask types (platform-dom-facts.md §2): the overlay a person sees before the video. */
const MASK_LABELS: Readonly<Record<number, string>> = { 3: 'Sensitive content', 4: 'Photosensitive warning' };

function warningLabelsOf(item: Record<string, unknown>): string[] {
  const warnings = Array.isArray(item.warnInfo) ? item.warnInfo : [];
  const texts = warnings.map((w) => (isRecord(w) && typeof w.text === 'string' ? w.text : '')).filter(Boolean);
  const mask = typeof item.maskType === 'number' ? MASK_LABELS[item.maskType] : undefined;
  return mask ? [...texts, mask] : texts;
}

/**
 * `isAd` marks an ad. `adAuthorization` is read as a paid partnership, as
 * Zeeschuimer and 4CAT do; its meaning is unverified, so an ad flag wins.
 */
function adLabelOf(item: Record<string, unknown>): EmbeddedPost['adLabel'] {
  if (item.isAd === true) return 'ad';
  return item.adAuthorization === true ? 'paid_partnership' : null;
}

export function embeddedItemToPost(item: unknown): EmbeddedPost | null {
  if (!isRecord(item) || typeof item.id !== 'string' || !/^\d+$/.test(item.id)) return null;
  return {
    postId: item.id,
    caption: typeof item.desc === 'string' ? item.desc : undefined,
    adLabel: adLabelOf(item),
    platformLabels: warningLabelsOf(item),
  };
}

/** Items in the page JSON: the video page's item (2026), or the 2022 `ItemModule` map. */
function itemsIn(data: Record<string, unknown>): unknown[] {
  const scope = isRecord(data.__DEFAULT_SCOPE__) ? data.__DEFAULT_SCOPE__ : {};
  const detail = scope['webapp.video-detail'];
  const item = isRecord(detail) && isRecord(detail.itemInfo) ? detail.itemInfo.itemStruct : undefined;
  const legacy = isRecord(data.ItemModule) ? Object.values(data.ItemModule) : [];
  return item ? [item, ...legacy] : legacy;
}

/**
 * The page JSON's text, for the background to parse. Only the first document load
 * carries items: after SPA navigation the JSON still describes the old page.
 */
export function tiktokEmbeddedData(document: Document): string[] {
  const text = firstMatch(document, tiktokSelectors.embeddedData)?.textContent ?? '';
  return text && text.length <= MAX_EMBEDDED_JSON ? [text] : [];
}

/** DOM-free: runs in the background, where a large page's JSON costs the page nothing. */
export function parseTiktokEmbedded(texts: readonly string[]): EmbeddedPost[] {
  return texts.flatMap((text) => {
    const data = parseJson(text);
    if (!isRecord(data)) return [];
    return itemsIn(data).map(embeddedItemToPost).filter((p): p is EmbeddedPost => p !== null);
  });
}

export const readTiktokEmbeddedPosts = (document: Document) => parseTiktokEmbedded(tiktokEmbeddedData(document));
