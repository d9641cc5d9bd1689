import type { Report } from '../storage/report';
import { EXPORT_FORMAT, EXPORT_VERSION } from '../storage/export-json';
import { CSV_BOM, csvHeader, reportToCsvRow } from './csv';
import { toStatementOfReasons } from './dsa';

export type ExportFormat = 'json' | 'ndjson' | 'csv' | 'dsa';

interface FormatSpec {
  extension: string;
  mime: string;
  name: string;
  head(count: number, now: Date): string;
  item(report: Report, index: number): string;
  tail: string;
}

const FORMATS: Record<ExportFormat, FormatSpec> = {
  json: {
    extension: 'json',
    mime: 'application/json',
    name: 'saring-reports',
    head: (count, now) => `{"format":"${EXPORT_FORMAT}","version":${EXPORT_VERSION},"exportedAt":"${now.toISOString()}","count":${count},"reports":[`,
    item: (r, i) => `${i > 0 ? ',' : ''}\n${JSON.stringify(r)}`,
    tail: '\n]}\n',
  },
  ndjson: { extension: 'ndjson', mime: 'application/x-ndjson', name: 'saring-reports', head: () => '', item: (r) => `${JSON.stringify(r)}\n`, tail: '' },
  // A BOM, so that spreadsheet programs open the file as UTF-8; CRLF rows, as RFC 4180 has them.
  csv: { extension: 'csv', mime: 'text/csv;charset=utf-8', name: 'saring-reports', head: () => `${CSV_BOM}${csvHeader()}\r\n`, item: (r) => `${reportToCsvRow(r)}\r\n`, tail: '' },
  dsa: {
    extension: 'json',
    mime: 'application/json',
    name: 'saring-dsa-statements',
    head: () => '{"statements":[',
    item: (r, i) => `${i > 0 ? ',' : ''}\n${JSON.stringify(toStatementOfReasons(r))}`,
    tail: '\n]}\n',
  },
};

/** The date and the count in the name, so a moderator can tell files apart without opening them. */
export function exportFileName(format: ExportFormat, count: number, now: Date): string {
  const spec = FORMATS[format];
  return `${spec.name}-${now.toISOString().slice(0, 10)}-${count}.${spec.extension}`;
}

export const exportMime = (format: ExportFormat): string => FORMATS[format].mime;

// Small enough that one page of 50,000 reports stays far below a 50 ms task.
export const EXPORT_PAGE_SIZE = 500;
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The export's text a page at a time, giving the page back to the browser between pages,
 * so that 50,000 reports never freeze it.
 */
export async function* exportPages(format: ExportFormat, reports: readonly Report[], now: Date, pause: () => Promise<void> = nextTask): AsyncGenerator<string> {
  const spec = FORMATS[format];
  yield spec.head(reports.length, now);
  for (let start = 0; start < reports.length; start += EXPORT_PAGE_SIZE) {
    if (start > 0) await pause();
    yield reports.slice(start, start + EXPORT_PAGE_SIZE).map((r, i) => spec.item(r, start + i)).join('');
  }
  yield spec.tail;
}

/**
 * The export as a Blob grown a page at a time. Each page's text becomes bytes on its own,
 * so no single task turns 15 MB of text into a file (184 ms in one `new Blob`, bench:store).
 */
export async function exportBlob(format: ExportFormat, reports: readonly Report[], now: Date, pause?: () => Promise<void>): Promise<Blob> {
  const type = exportMime(format);
  let blob = new Blob([], { type });
  for await (const page of exportPages(format, reports, now, pause)) blob = new Blob([blob, page], { type });
  return blob;
}
