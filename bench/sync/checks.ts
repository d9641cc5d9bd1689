import type { CouchServer } from '../../tests/unit/support/couch-server';
import type { Profile } from '../../tests/unit/support/team-profile';

/** Report id (platform:postId) → the team user who reported it. */
export type Expected = Map<string, string>;

export interface Counted {
  lost: number;
  duplicated: number;
  /** Reports there that nobody in the bench sent. */
  unexpected: number;
}

const PAGE = 5_000;
const TIMEOUT_MS = 120_000;

interface ServerRow {
  id: string;
  doc?: { type?: string; reporter?: string; platform?: string; postId?: string; withdrawn?: boolean; _conflicts?: string[] };
}

/** Every report document on the server, read as the admin a page at a time (50,000 in one answer is ~50 MB). */
async function serverReports(couch: CouchServer, db: string): Promise<ServerRow[]> {
  const rows: ServerRow[] = [];
  let startkey = 'report:';
  for (;;) {
    const query = new URLSearchParams({ include_docs: 'true', conflicts: 'true', limit: String(PAGE + 1), startkey: JSON.stringify(startkey), endkey: JSON.stringify('report:\ufff0') });
    const response = await fetch(`${couch.url}/${db}/_all_docs?${query}`, { headers: { authorization: couch.basicAuth(couch.admin.name, couch.admin.password) }, signal: AbortSignal.timeout(TIMEOUT_MS) });
    if (!response.ok) throw new Error(`reading the server's reports: ${response.status} ${await response.text()}`);
    const page = ((await response.json()) as { rows: ServerRow[] }).rows;
    rows.push(...page.slice(0, PAGE));
    if (page.length <= PAGE) return rows;
    startkey = page[PAGE].id;
  }
}

/**
 * On the server, a post+reporter is kept once: by its id, but counted by what the documents
 * say, so that a second document under another id, or a second (conflicting) revision, counts.
 */
export async function checkServer(couch: CouchServer, db: string, expected: Expected): Promise<Counted & { documents: number }> {
  const rows = await serverReports(couch, db);
  const copies = new Map<string, number>();
  let unexpected = 0;
  for (const { doc } of rows) {
    if (!doc || doc.type !== 'report' || doc.withdrawn) continue;
    const key = `${doc.platform}:${doc.postId}`;
    if (expected.get(key) !== doc.reporter) unexpected++;
    const pair = `${key}|${doc.reporter}`;
    copies.set(pair, (copies.get(pair) ?? 0) + 1 + (doc._conflicts?.length ?? 0));
  }
  let lost = 0;
  for (const [id, reporter] of expected) if (!copies.has(`${id}|${reporter}`)) lost++;
  let duplicated = 0;
  for (const n of copies.values()) duplicated += n - 1;
  return { lost, duplicated, unexpected, documents: rows.length };
}

/** At the moderator: every expected report with its reporter, each reporter listed once. */
export async function checkModerator(moderator: Profile, expected: Expected): Promise<Counted & { reports: number }> {
  const reports = await moderator.reports.list();
  const byId = new Map(reports.map((r) => [r.id, r]));
  let lost = 0;
  for (const [id, reporter] of expected) if (!byId.get(id)?.reporters.some((r) => r.reporterId === reporter)) lost++;
  let duplicated = 0;
  let unexpected = 0;
  for (const report of reports) {
    const ids = report.reporters.map((r) => r.reporterId);
    duplicated += ids.length - new Set(ids).size;
    if (!expected.has(report.id)) unexpected++;
  }
  return { lost, duplicated, unexpected, reports: reports.length };
}
