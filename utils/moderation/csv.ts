import type { Flag } from '../engine/types';
import type { Report } from '../storage/report';

/** Excel reads a CSV file as the machine's code page unless it starts with this byte order mark. */
export const CSV_BOM = '\uFEFF';

const LINE_END = '\r\n';

// OWASP CSV injection: a spreadsheet runs a cell that starts with one of these as a formula.
const FORMULA_START = /^[=+\-@\t\r]/;
// RFC 4180: a field holding a separator, a quote or a line break must be quoted.
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One CSV field. Text that a spreadsheet would run as a formula gets a leading apostrophe so it shows as text;
 * a number passed as a number stays a number, even a negative one, because a minus sign alone runs nothing.
 */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export interface ReportCsvColumn {
  header: string;
  value: (report: Report) => string | number | null;
}

/** ISO 8601 in UTC; an unreadable time is left empty rather than stopping the whole export. */
function isoTime(epochMs: number): string {
  return Number.isFinite(epochMs) ? new Date(epochMs).toISOString() : '';
}

function topScore(flags: readonly Flag[]): number | null {
  return flags.length > 0 ? Math.max(...flags.map((flag) => flag.score)) : null;
}

/** Each phrase once, in the order the flags found them: several flags often match the same words. */
function matchedPhrases(flags: readonly Flag[]): string[] {
  return [...new Set(flags.flatMap((flag) => flag.matches.map((match) => match.phrase)))];
}

function firstHoax(report: Report) {
  return report.flags.find((flag) => flag.hoax)?.hoax;
}

/** Which rule file spoke, e.g. `saring-patterns@3`, so a moderator can tell flags from different list versions apart. */
function patternListVersion(report: Report): string {
  const patterns = report.lists.patterns;
  return patterns ? `${patterns.listId}@${patterns.version}` : '';
}

export const REPORT_CSV_COLUMNS: readonly ReportCsvColumn[] = [
  { header: 'id', value: (r) => r.id },
  { header: 'platform', value: (r) => r.platform },
  { header: 'post id', value: (r) => r.postId },
  { header: 'permalink', value: (r) => r.permalink },
  { header: 'author handle', value: (r) => r.authorHandle },
  { header: 'author name', value: (r) => r.authorName },
  { header: 'caption', value: (r) => r.captionSnapshot },
  { header: 'kinds', value: (r) => r.kinds.join(' ') },
  { header: 'category', value: (r) => r.category },
  { header: 'status', value: (r) => r.status },
  { header: 'note', value: (r) => r.note },
  { header: 'reported at', value: (r) => isoTime(r.reportedAt) },
  { header: 'seen at', value: (r) => isoTime(r.seenAt) },
  { header: 'updated at', value: (r) => isoTime(r.updatedAt) },
  { header: 'reporters', value: (r) => r.reporters.length },
  { header: 'reporter ids', value: (r) => r.reporters.map((reporter) => reporter.reporterId).join(' ') },
  { header: 'page kind', value: (r) => r.pageKind },
  { header: 'source', value: (r) => r.source },
  { header: 'top score', value: (r) => topScore(r.flags) },
  { header: 'matched phrases', value: (r) => matchedPhrases(r.flags).join('; ') },
  { header: 'hoax claim', value: (r) => firstHoax(r)?.claim ?? '' },
  { header: 'hoax fact-check URL', value: (r) => firstHoax(r)?.url ?? '' },
  { header: 'pattern list version', value: patternListVersion },
  { header: 'extension version', value: (r) => r.extensionVersion },
];

export function csvHeader(): string {
  return REPORT_CSV_COLUMNS.map((column) => csvCell(column.header)).join(',');
}

/** One report as one CSV record, without a line end: a caller writing a large export page by page joins them. */
export function reportToCsvRow(report: Report): string {
  return REPORT_CSV_COLUMNS.map((column) => csvCell(column.value(report))).join(',');
}

/** A whole export: BOM (unless turned off), header, one record per report, each line ended with CRLF as RFC 4180 asks. */
export function reportsToCsv(reports: readonly Report[], { bom = true }: { bom?: boolean } = {}): string {
  const lines = [csvHeader(), ...reports.map(reportToCsvRow)];
  return `${bom ? CSV_BOM : ''}${lines.join(LINE_END)}${LINE_END}`;
}
