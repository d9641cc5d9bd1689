/** A run of text, and whether it is one of the matched phrases. */
export interface Segment {
  text: string;
  marked: boolean;
}

export interface Span {
  start: number;
  end: number;
}

// Enough around each match to read it in context; a 20,000-character caption shows only what matters.
const CONTEXT_CHARS = 60;

/** Clamps, sorts and joins overlapping spans, so each character is marked at most once. */
function cleanSpans(spans: readonly Span[], length: number): Span[] {
  const sorted = spans
    .map((s) => ({ start: Math.max(0, Math.min(s.start, length)), end: Math.max(0, Math.min(s.end, length)) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged.at(-1);
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/**
 * The text cut into plain and marked runs, for showing the matched phrases in
 * the caption. Runs of plain text longer than twice `context` keep only their
 * ends around an "…". Only text comes out: the caller renders it as text, never as markup.
 */
export function highlightSegments(text: string, spans: readonly Span[], context = CONTEXT_CHARS): Segment[] {
  const segments: Segment[] = [];
  const plain = (run: string) => run && segments.push({ text: run.length > context * 2 ? `${run.slice(0, context)}…${run.slice(-context)}` : run, marked: false });
  let at = 0;
  for (const mark of cleanSpans(spans, text.length)) {
    plain(text.slice(at, mark.start));
    segments.push({ text: text.slice(mark.start, mark.end), marked: true });
    at = mark.end;
  }
  plain(text.slice(at));
  return segments;
}

/** Only http and https links from a list reach an href: a `javascript:` URL in a hostile list goes nowhere. */
export function safeLink(url: string): string | null {
  // A scheme test, not a parser: "http:" or "https:" and then "//", whatever the case or the leading spaces.
  return /^\s*https?:\/\/\S/i.test(url) ? url.trim() : null;
}
