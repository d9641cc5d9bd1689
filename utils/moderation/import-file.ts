import { isRecord } from '../is-record';
import type { Report } from '../storage/report';
import { EXPORT_FORMAT } from '../storage/export-json';
import { checkImportedReport } from './imported-report';

/** What went wrong, where: the moderator fixes that line and imports the file again. */
export interface ImportProblem {
  file: string;
  /** 1-based line of an NDJSON file, or the report's place in a JSON export; null for the whole file. */
  line: number | null;
  message: string;
}

export interface ParsedImport {
  reports: Report[];
  problems: ImportProblem[];
}

// A campaign season of one volunteer's reports is well under this; a larger file is refused whole.
export const MAX_IMPORT_CHARS = 200_000_000;

function fromJson(file: string, parsed: unknown): ParsedImport {
  // An NDJSON file of one report is also one JSON object: a report, not an export.
  if (isRecord(parsed) && parsed.format === undefined && 'postId' in parsed) return collect(file, [[1, parsed]]);
  const items = Array.isArray(parsed) ? parsed : isRecord(parsed) && parsed.format === EXPORT_FORMAT ? parsed.reports : undefined;
  if (!Array.isArray(items)) return { reports: [], problems: [{ file, line: null, message: `not a Saring export (no "format": "${EXPORT_FORMAT}" with a reports list)` }] };
  return collect(file, items.map((item, i) => [i + 1, item] as const));
}

function fromNdjson(file: string, text: string): ParsedImport {
  const entries: (readonly [number, unknown])[] = [];
  const problems: ImportProblem[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    try {
      entries.push([i + 1, JSON.parse(line)]);
    } catch {
      problems.push({ file, line: i + 1, message: 'not valid JSON' });
    }
  });
  const collected = collect(file, entries);
  return { reports: collected.reports, problems: [...problems, ...collected.problems].sort((a, b) => (a.line ?? 0) - (b.line ?? 0)) };
}

function collect(file: string, entries: readonly (readonly [number, unknown])[]): ParsedImport {
  const reports: Report[] = [];
  const problems: ImportProblem[] = [];
  for (const [line, item] of entries) {
    const checked = checkImportedReport(item);
    if ('report' in checked) reports.push(checked.report);
    else problems.push({ file, line, message: checked.error });
  }
  return { reports, problems };
}

/**
 * Reads one volunteer's export: Saring's JSON export, a JSON list of reports, or NDJSON
 * (one report a line). A bad report or line is named, and the rest still goes in.
 */
export function parseImportFile(file: string, text: string): ParsedImport {
  if (text.length > MAX_IMPORT_CHARS) return { reports: [], problems: [{ file, line: null, message: 'file too large' }] };
  const body = text.replace(/^\uFEFF/, '');
  const start = body.trimStart()[0];
  if (start === '{' || start === '[') {
    try {
      return fromJson(file, JSON.parse(body));
    } catch {
      // One report per line also starts with "{": an NDJSON file is not one JSON value.
      if (start === '[') return { reports: [], problems: [{ file, line: null, message: 'not valid JSON' }] };
    }
  }
  return fromNdjson(file, body);
}

/** One report a line, in the same shape as the JSON export's reports. */
export function reportsToNdjson(reports: readonly Report[]): string {
  return reports.map((report) => `${JSON.stringify(report)}\n`).join('');
}
