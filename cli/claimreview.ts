import type { HoaxEntry } from '../utils/lists/hoax-list';
import { isRecord } from '../utils/is-record';
import { claimProblem, type Converted, dayOf, DEFAULT_VERDICT, entryCollector, idFromUrl, isWebUrl, oneLine } from './review-fields';

/** One JSON-LD node with where it was found, for warnings a publisher can act on. */
interface Located {
  item: unknown;
  at: string;
}

// Lazy and anchored on the closing tag, so a huge page cannot make it backtrack.
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const LD_JSON_TYPE = /\btype\s*=\s*["']?application\/ld\+json\b/i;
// Old CMSs wrap script contents in comment or CDATA markers to hide them from ancient browsers.
const WRAPPERS = /^\s*(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)|(?:-->|\/\/\s*\]\]>|\]\]>)\s*$/g;

function ldJsonBlocks(html: string): string[] {
  const blocks: string[] = [];
  for (const [, attributes, body] of html.matchAll(SCRIPT)) {
    if (LD_JSON_TYPE.test(attributes)) blocks.push(body.replace(WRAPPERS, ''));
  }
  return blocks;
}

/** A document, an array of them, or an "@graph": all the ways sites publish several nodes. */
function flatten(value: unknown, out: unknown[]): unknown[] {
  if (Array.isArray(value)) for (const item of value) flatten(item, out);
  else if (isRecord(value) && Array.isArray(value['@graph'])) flatten(value['@graph'], out);
  else out.push(value);
  return out;
}

/** "ClaimReview", "schema:ClaimReview" and "https://schema.org/ClaimReview" are the same type. */
function isClaimReview(item: unknown): item is Record<string, unknown> {
  if (!isRecord(item)) return false;
  const types = Array.isArray(item['@type']) ? item['@type'] : [item['@type']];
  return types.some((type) => typeof type === 'string' && type.replace(/^.*[/:#]/, '') === 'ClaimReview');
}

function locatedItems(text: string, warnings: string[]): Located[] {
  const isHtml = text.trimStart().startsWith('<');
  const blocks = isHtml ? ldJsonBlocks(text) : [text];
  if (isHtml && blocks.length === 0) throw new Error('the page has no <script type="application/ld+json"> block');
  const located: Located[] = [];
  blocks.forEach((block, b) => {
    const where = isHtml ? `ld+json block ${b + 1} ` : '';
    let value: unknown;
    try {
      value = JSON.parse(block.replace(/^\uFEFF/, ''));
    } catch (error) {
      if (!isHtml) throw new Error(`not JSON: ${(error as Error).message}`);
      warnings.push(`${where.trim()}: not JSON (${(error as Error).message.slice(0, 80)}); skipped`);
      return;
    }
    flatten(value, []).forEach((item, i) => located.push({ item, at: `${where}item ${i + 1}` }));
  });
  return located;
}

/** The first of a value that may be one node or an array of them. */
const first = (value: unknown): unknown => (Array.isArray(value) ? value[0] : value);

function identifierOf(value: unknown): string {
  const id = isRecord(value) ? value.value : first(value);
  return typeof id === 'string' || typeof id === 'number' ? String(id).trim() : '';
}

function languageOf(value: unknown): string {
  const language = first(value);
  return isRecord(language) ? oneLine(language.alternateName) || oneLine(language.name) : oneLine(language);
}

function verdictOf(rating: unknown): string {
  const record = first(rating);
  return (isRecord(record) && (oneLine(record.alternateName) || oneLine(record.name))) || DEFAULT_VERDICT;
}

function publisherOf(author: unknown, fallback: string): string {
  const record = first(author);
  return (isRecord(record) ? oneLine(record.name) : oneLine(record)) || fallback;
}

function toEntry(item: Record<string, unknown>, fallbackPublisher: string, warn: (message: string) => void): HoaxEntry | undefined {
  const claim = oneLine(item.claimReviewed);
  const problem = claimProblem(claim);
  if (problem) return void warn(problem);
  const url = isWebUrl(item.url) ? item.url : undefined;
  if (!url && item.url !== undefined) warn(`url ${JSON.stringify(item.url).slice(0, 60)} is not an http(s) link; left out`);
  const id = identifierOf(item.identifier) || (url && idFromUrl(url));
  if (!id) return void warn('no url or identifier to make a stable id from; skipped');
  const date = dayOf(item.datePublished, warn);
  const language = languageOf(item.inLanguage);
  return {
    id,
    claim,
    verdict: verdictOf(item.reviewRating),
    ...(date && { date }),
    ...(language && { language }),
    sources: url ? [{ publisher: publisherOf(item.author, fallbackPublisher), url }] : [],
  };
}

/**
 * schema.org ClaimReview JSON-LD (a JSON file, or an HTML page's ld+json blocks) as hoax
 * entries. Nodes of other types are passed over; ClaimReviews that cannot become entries
 * are skipped with a warning. Throws when there is nothing to read at all.
 */
export function claimReviewToEntries(text: string, fallbackPublisher: string): Converted {
  const warnings: string[] = [];
  const located = locatedItems(text, warnings);
  const reviews = located.filter(({ item }) => isClaimReview(item));
  if (reviews.length === 0) throw new Error(`no ClaimReview found (${located.length} other JSON-LD items passed over)`);
  const collector = entryCollector(warnings);
  for (const { item, at } of reviews) {
    const entry = toEntry(item as Record<string, unknown>, fallbackPublisher, (message) => warnings.push(`${at}: ${message}`));
    if (entry) collector.add(entry, at);
  }
  return { entries: collector.entries, warnings };
}
