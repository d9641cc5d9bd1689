import type { Report } from './report';

export const EXPORT_FORMAT = 'saring-reports';
export const EXPORT_VERSION = 1;

export interface ReportExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  count: number;
  reports: Report[];
}

export function buildExport(reports: Report[], now: Date): ReportExport {
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString(), count: reports.length, reports };
}

/** The date and the count in the name, so a moderator can tell files apart without opening them. */
export function exportFileName(count: number, now: Date): string {
  return `saring-reports-${now.toISOString().slice(0, 10)}-${count}.json`;
}
