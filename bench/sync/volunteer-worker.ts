/**
 * The 50 volunteers in a thread of their own: in a team each is a browser on its own machine,
 * and on one JavaScript thread their pushes would take the moderator's time, measuring the
 * simulation instead of the sync.
 */
import { parentPort, workerData } from 'node:worker_threads';
// The IndexedDB globals (IDBRequest and the rest) that idb and PouchDB expect, in this thread too.
import 'fake-indexeddb/auto';
import type { Profile } from '../../tests/unit/support/team-profile';
import { inBatches, joined, pushAll, reportsFor, type PushResult } from './volunteers';

export interface VolunteerWork {
  team: { url: string; db: string };
  users: string[];
  perVolunteer: number;
}

export type FromVolunteers = { type: 'joined' } | { type: 'saved'; ms: number } | { type: 'pushed'; results: PushResult[] } | { type: 'failed'; error: string };
export type ToVolunteers = { type: 'save' } | { type: 'push' };

const work = workerData as VolunteerWork;
const port = parentPort!;
const say = (message: FromVolunteers) => port.postMessage(message);

let profiles: Profile[] = [];
const reportsOf = (profile: Profile, i: number) => reportsFor(profile, i + 1, work.perVolunteer);

port.on('message', (message: ToVolunteers) => {
  const step =
    message.type === 'save'
      ? (async () => {
          const started = performance.now();
          await Promise.all(profiles.map((p, i) => p.reports.saveAll(reportsOf(p, i))));
          say({ type: 'saved', ms: performance.now() - started });
        })()
      : (async () => {
          const results = await Promise.all(profiles.map((p, i) => pushAll(p, reportsOf(p, i).map((r) => r.id))));
          say({ type: 'pushed', results });
        })();
  step.catch((error: unknown) => say({ type: 'failed', error: error instanceof Error ? (error.stack ?? error.message) : String(error) }));
});

try {
  profiles = await inBatches(work.users, 10, (user) => joined(user, work.team));
  say({ type: 'joined' });
} catch (error) {
  say({ type: 'failed', error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
}
