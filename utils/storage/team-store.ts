import { openSaringDB, type SaringDatabase } from './db';
import { EMPTY_TEAM_STATE, type TeamConfig, type TeamState } from '../team/team-config';

export type TeamStore = ReturnType<typeof createTeamStore>;

export function createTeamStore(dbPromise: Promise<SaringDatabase> = openSaringDB()) {
  return {
    async config(): Promise<TeamConfig | undefined> {
      return (await (await dbPromise).get('team', 'config')) as TeamConfig | undefined;
    },
    async setConfig(config: TeamConfig | undefined): Promise<void> {
      const db = await dbPromise;
      await (config ? db.put('team', config, 'config') : db.delete('team', 'config'));
    },
    async state(): Promise<TeamState> {
      return { ...EMPTY_TEAM_STATE, ...((await (await dbPromise).get('team', 'state')) as TeamState | undefined) };
    },
    /** Changes the state in one transaction, so two callers never lose each other's pending ids. */
    async updateState(change: (state: TeamState) => TeamState): Promise<TeamState> {
      const db = await dbPromise;
      const tx = db.transaction('team', 'readwrite');
      const next = change({ ...EMPTY_TEAM_STATE, ...((await tx.store.get('state')) as TeamState | undefined) });
      await tx.store.put(next, 'state');
      await tx.done;
      return next;
    },
  };
}
