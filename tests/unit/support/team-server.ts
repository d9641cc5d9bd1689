import { afterAll, beforeAll } from 'vitest';
import { startCouchServer, type CouchServer } from './couch-server';
import { setUpTeam } from './team-profile';

/** The accounts the team tests sign in as. */
export const MEMBERS = {
  'vol-a': { password: 'pw-vol-a', role: 'volunteer' },
  'vol-b': { password: 'pw-vol-b', role: 'volunteer' },
  'mod-1': { password: 'pw-mod-1', role: 'moderator' },
  'mod-2': { password: 'pw-mod-2', role: 'moderator' },
} as const;

export type Member = keyof typeof MEMBERS;

/** A pouchdb-server for this test file with the team database set up and every member added; stopped after the file. */
export function teamServerForFile(db: string): { readonly couch: CouchServer } {
  const held: { couch?: CouchServer } = {};
  beforeAll(async () => {
    held.couch = await startCouchServer();
    await setUpTeam(held.couch, db, MEMBERS);
  }, 60_000);
  afterAll(() => held.couch?.stop());
  return {
    get couch() {
      if (!held.couch) throw new Error('the team server starts in beforeAll');
      return held.couch;
    },
  };
}
