import { ListError } from '../list-problem';

export interface FetchOptions {
  etag?: string;
  lastModified?: string;
  timeoutMs: number;
  maxBytes: number;
  now: number;
  fetch?: typeof fetch;
}

export type Fetched = { notModified: true } | { notModified: false; text: string; etag?: string; lastModified?: string };

/** Retry-After is seconds or an HTTP date; a value that is neither is ignored. */
export function retryAtFrom(header: string | null, now: number): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header.trim());
  if (Number.isFinite(seconds) && seconds >= 0) return now + seconds * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : date;
}

// The body is read a chunk at a time so that a hostile server cannot fill memory: past the
// limit the download stops, whatever Content-Length said.
async function readLimited(response: Response, maxBytes: number): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) throw new ListError('too-large', `the list is ${Math.round(declared / 1024 / 1024)} MB, more than the ${Math.round(maxBytes / 1024 / 1024)} MB allowed`);
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch {
      throw new ListError('truncated', 'the download was cut short before the list ended');
    }
    if (chunk.done) break;
    bytes += chunk.value.byteLength;
    if (bytes > maxBytes) {
      void reader.cancel();
      throw new ListError('too-large', `the list is larger than the ${Math.round(maxBytes / 1024 / 1024)} MB allowed`);
    }
    text += decoder.decode(chunk.value, { stream: true });
  }
  return text + decoder.decode();
}

function failedStatus(response: Response, now: number): ListError {
  const retryAt = retryAtFrom(response.headers.get('retry-after'), now);
  return new ListError('http', `the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`, retryAt);
}

/**
 * Downloads a list's text, asking only for a change (If-None-Match, If-Modified-Since).
 * Throws a ListError for a timeout, a network failure, an HTTP error (with Retry-After), an
 * HTML page or a body over the limit.
 */
export async function fetchListText(url: string, options: FetchOptions): Promise<Fetched> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), options.timeoutMs);
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.etag) headers['if-none-match'] = options.etag;
  if (options.lastModified) headers['if-modified-since'] = options.lastModified;
  try {
    let response: Response;
    try {
      // The browser's cache would answer our conditional request itself: Saring keeps the validators.
      response = await (options.fetch ?? fetch)(url, { headers, cache: 'no-store', credentials: 'omit', redirect: 'follow', signal: abort.signal });
    } catch {
      if (abort.signal.aborted) throw new ListError('timeout', `the server did not answer within ${Math.round(options.timeoutMs / 1000)} s`);
      throw new ListError('network', 'the list server cannot be reached (offline, a wrong address, or the server is down)');
    }
    if (response.status === 304) return { notModified: true };
    if (!response.ok) throw failedStatus(response, options.now);
    if (/text\/html/i.test(response.headers.get('content-type') ?? '')) throw new ListError('html', 'the server sent a web page, not a list (an error page or a login page?)');
    const text = await readLimited(response, options.maxBytes).catch((error: unknown) => {
      if (abort.signal.aborted) throw new ListError('timeout', `the download took longer than ${Math.round(options.timeoutMs / 1000)} s`);
      throw error;
    });
    return { notModified: false, text, etag: response.headers.get('etag') ?? undefined, lastModified: response.headers.get('last-modified') ?? undefined };
  } finally {
    clearTimeout(timer);
  }
}
