import type { HoaxEntry } from '../utils/lists/hoax-list';
import { isRecord } from '../utils/is-record';
import { claimProblem, type Converted, dayOf, DEFAULT_VERDICT, entryCollector, idFromUrl, isWebUrl, oneLine } from './review-fields';

/** A claimReview of the API with the fields this reads; the rest of it is ignored. */
interface Review {
  url: string | undefined;
  publisher: string;
  textualRating: string;
  reviewDate: unknown;
  languageCode: string;
}

function readReview(value: unknown, fallbackPublisher: string, warn: (message: string) => void): Review {
  const review = isRecord(value) ? value : {};
  const publisher = isRecord(review.publisher) ? oneLine(review.publisher.name) || oneLine(review.publisher.site) : '';
  const url = isWebUrl(review.url) ? review.url : undefined;
  if (!url && review.url !== undefined) warn(`url ${JSON.stringify(review.url).slice(0, 60)} is not an http(s) link; left out`);
  return {
    url,
    publisher: publisher || fallbackPublisher,
    textualRating: oneLine(review.textualRating),
    reviewDate: review.reviewDate,
    languageCode: oneLine(review.languageCode),
  };
}

function toEntry(claim: Record<string, unknown>, fallbackPublisher: string, warn: (message: string) => void): HoaxEntry | undefined {
  const text = oneLine(claim.text);
  const problem = claimProblem(text);
  if (problem) return void warn(problem);
  const raw = Array.isArray(claim.claimReview) ? claim.claimReview : [];
  const reviews = raw.map((review, i) => readReview(review, fallbackPublisher, (message) => warn(`claimReview[${i}]: ${message}`)));
  const firstUrl = reviews.find((review) => review.url)?.url;
  if (!firstUrl) return void warn('no claimReview with an http(s) url to make a stable id from; skipped');
  const [lead] = reviews;
  const date = dayOf(lead.reviewDate ?? claim.claimDate, warn);
  return {
    id: idFromUrl(firstUrl),
    claim: text,
    verdict: lead.textualRating || DEFAULT_VERDICT,
    ...(date && { date }),
    ...(lead.languageCode && { language: lead.languageCode }),
    sources: reviews.flatMap(({ publisher, url }) => (url ? [{ publisher, url }] : [])),
  };
}

/** One response, or several pages saved as an array, as the claims they hold. */
function pages(value: unknown): { claims: unknown[]; at: string }[] {
  const responses = Array.isArray(value) ? value : [value];
  return responses.map((response, p) => {
    const at = Array.isArray(value) ? `page ${p + 1} ` : '';
    if (!isRecord(response)) throw new Error(`${at}is not a claims:search response (a JSON object with "claims")`.trim());
    // A search with no hit answers {} rather than {"claims": []}.
    if (response.claims !== undefined && !Array.isArray(response.claims)) throw new Error(`${at}"claims" is not an array`.trim());
    return { claims: (response.claims as unknown[] | undefined) ?? [], at };
  });
}

/**
 * The Google Fact Check Tools API claims:search response as hoax entries; claims that
 * cannot become entries are skipped with a warning naming where they are.
 */
export function factCheckApiToEntries(text: string, fallbackPublisher: string): Converted {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new Error(`not JSON: ${(error as Error).message}`);
  }
  const warnings: string[] = [];
  const collector = entryCollector(warnings);
  for (const { claims, at } of pages(value)) {
    claims.forEach((claim, i) => {
      const where = `${at}claims[${i}]`;
      const warn = (message: string) => warnings.push(`${where}: ${message}`);
      const entry = isRecord(claim) ? toEntry(claim, fallbackPublisher, warn) : void warn('is not an object; skipped');
      if (entry) collector.add(entry, where);
    });
  }
  return { entries: collector.entries, warnings };
}
