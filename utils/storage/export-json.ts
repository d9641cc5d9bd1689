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
