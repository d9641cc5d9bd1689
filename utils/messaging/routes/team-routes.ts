import { fail, ok, type Route } from './route-types';

const MAX_FIELD = 512;
const MAX_IDS = 10_000;
const text = (value: unknown) => (typeof value === 'string' && value.length > 0 && value.length <= MAX_FIELD ? value : undefined);

export const teamStatus: Route = async (_payload, { deps }) => ok(await deps.team.status());

export const joinTeam: Route = async (payload, { deps }) => {
  const [url, db, user, password] = [text(payload.url), text(payload.db), text(payload.user), text(payload.password)];
  if (!url || !db || !user || !password) return fail('the server address, the database, the name and the password are all needed');
  return ok(await deps.team.join({ url, db, user, password }));
};

export const leaveTeam: Route = async (_payload, { deps }) => ok(await deps.team.leave());

export const syncTeamNow: Route = async (_payload, { deps }) => {
  await deps.team.syncNow();
  return ok(await deps.team.status());
};

export const watchTeam: Route = async (_payload, { deps }) => {
  deps.team.watch();
  return ok({});
};

export const reviewsChanged: Route = async (payload, { deps }) => {
  const ids = Array.isArray(payload.ids) ? payload.ids.filter((id): id is string => typeof id === 'string' && id.length <= MAX_FIELD).slice(0, MAX_IDS) : [];
  await deps.team.reviewsChanged(ids);
  return ok({});
};
