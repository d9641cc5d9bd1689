import type { Report } from '@/utils/storage/report';
import { toReportDoc } from '@/utils/team/team-docs';
import type { CouchServer } from '../../tests/unit/support/couch-server';
import { setUpTeam } from '../../tests/unit/support/team-profile';
import { passwordOf } from './volunteers';

export interface RawFigures {
  pushMs: number;
  refused: number;
  pullMs: number;
  pulled: number;
}

const TIMEOUT_MS = 300_000;

/**
 * The same documents without PouchDB or replication, into a database set up the same way (the
 * same validate_doc_update runs on every write): each volunteer POSTs its documents to
 * _bulk_docs in one request, all at once; then the moderator reads them all in one _changes.
 * The database is deleted afterwards, so the server goes into the load as it came out of setup.
 */
export async function rawBaseline(couch: CouchServer, db: string, batches: { user: string; reports: Report[] }[], moderator: string): Promise<RawFigures> {
  await setUpTeam(couch, db, {});
  const started = performance.now();
  const answers = await Promise.all(
    batches.map(async ({ user, reports }) => {
      const response = await fetch(`${couch.url}/${db}/_bulk_docs`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: couch.basicAuth(user, passwordOf(user)) },
        body: JSON.stringify({ docs: reports.map((r) => toReportDoc(r, user)) }),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      if (!response.ok) throw new Error(`raw _bulk_docs as ${user}: ${response.status} ${await response.text()}`);
      return (await response.json()) as { ok?: boolean; error?: string }[];
    }),
  );
  const pushMs = performance.now() - started;
  const refused = answers.flat().filter((a) => !a.ok).length;

  const pullStarted = performance.now();
  const response = await fetch(`${couch.url}/${db}/_changes?include_docs=true`, { headers: { authorization: couch.basicAuth(moderator, passwordOf(moderator)) }, signal: AbortSignal.timeout(TIMEOUT_MS) });
  if (!response.ok) throw new Error(`raw _changes: ${response.status} ${await response.text()}`);
  const { results } = (await response.json()) as { results: { id: string }[] };
  const pullMs = performance.now() - pullStarted;

  const deleted = await fetch(`${couch.url}/${db}`, { method: 'DELETE', headers: { authorization: couch.basicAuth(couch.admin.name, couch.admin.password) }, signal: AbortSignal.timeout(TIMEOUT_MS) });
  if (!deleted.ok) throw new Error(`deleting the baseline database: ${deleted.status} ${await deleted.text()}`);
  return { pushMs, refused, pullMs, pulled: results.filter((r) => r.id.startsWith('report:')).length };
}
