import { createTeamSync } from '@/utils/background/team-sync';
import { pouchOpeners } from '@/utils/background/pouch-openers';
import { openSaringDB } from '@/utils/storage/db';
import { createReportStore } from '@/utils/storage/report-store';
import { createTeamStore } from '@/utils/storage/team-store';
import type { PouchDatabase } from '@/utils/team/pouch';
import type { CouchServer } from './couch-server';
import { saring } from './run-cli';

// pouchdb-browser looks for `self` as it loads; in Node the global object stands in.
(globalThis as { self?: unknown }).self ??= globalThis;
const { default: PouchDB } = await import('pouchdb-browser');
// @ts-expect-error pouchdb-adapter-memory ships no types; it is a plugin object.
const { default: memoryAdapter } = await import('pouchdb-adapter-memory');
(PouchDB as unknown as { plugin(p: unknown): void }).plugin(memoryAdapter);

type Pouch = new (name: string, options?: Record<string, unknown>) => PouchDatabase;

/** `team setup` and one `team add-user` a member, against the test's server. */
export async function setUpTeam(couch: CouchServer, db: string, members: Record<string, { password: string; role: 'volunteer' | 'moderator' }>) {
  const setup = await saring(['team', 'setup', '--url', couch.adminUrl, '--db', db]);
  if (setup.code !== 0) throw new Error(setup.stderr);
  for (const [name, { password, role }] of Object.entries(members)) {
    const added = await saring(['team', 'add-user', '--url', couch.adminUrl, '--name', name, '--password', password, '--role', role]);
    if (added.code !== 0) throw new Error(added.stderr);
  }
}

let profiles = 0;

/**
 * One browser profile as the background holds it: its own Saring database (fake-indexeddb,
 * under its own name), its own PouchDB replica (in memory), and its own reporter id.
 */
export function makeProfile(name: string, options: { timeoutMs?: number; watchLingerMs?: number } = {}) {
  const dbName = `saring-${name}-${++profiles}`;
  const db = openSaringDB(dbName);
  const reports = createReportStore(db);
  const store = createTeamStore(db);
  const changes: number[] = [];
  const clock = { now: Date.UTC(2026, 10, 25, 9) };
  const reporterId = `profile-${name}`;
  const team = createTeamSync({
    store,
    reports,
    // Each profile its own replicas: PouchDB's memory adapter shares databases of one name.
    pouch: pouchOpeners(PouchDB as unknown as Pouch, { adapter: 'memory', prefix: `${dbName}/` }, options.timeoutMs),
    reporterId: async () => reporterId,
    now: () => clock.now,
    onReportsChanged: () => void changes.push(clock.now),
    watchLingerMs: options.watchLingerMs,
  });
  return { name, reporterId, reports, store, team, changes, clock };
}

export type Profile = ReturnType<typeof makeProfile>;
export { PouchDB };
