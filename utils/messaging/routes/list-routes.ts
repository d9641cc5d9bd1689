import { fail, ok, type Route } from './route-types';

const MAX_FIELD = 4_096;
const text = (value: unknown) => (typeof value === 'string' && value.length <= MAX_FIELD ? value : undefined);

export const listStatus: Route = async (_payload, { deps }) => ok({ lists: await deps.subscriptions.views() });

export const subscribeList: Route = async (payload, { deps }) => {
  const url = text(payload.url);
  const publicKey = text(payload.publicKey);
  if (!url || !publicKey) return fail('a list needs its address and its publisher’s public key');
  return ok({ lists: await deps.subscriptions.subscribe(url, publicKey) });
};

export const unsubscribeList: Route = async (payload, { deps }) => {
  const id = text(payload.id);
  if (!id) return fail('which list?');
  return ok({ lists: await deps.subscriptions.unsubscribe(id) });
};

export const updateListsNow: Route = async (_payload, { deps }) => ok({ lists: await deps.subscriptions.updateNow() });
