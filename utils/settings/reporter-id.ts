import { storage } from 'wxt/utils/storage';

const reporterIdItem = storage.defineItem<string>('local:reporterId');

/**
 * A random id made once per browser profile, so that a moderator can tell one
 * volunteer's reports from another's without knowing who anyone is.
 */
export async function reporterId(): Promise<string> {
  const stored = await reporterIdItem.getValue();
  if (stored) return stored;
  const made = crypto.randomUUID();
  await reporterIdItem.setValue(made);
  return made;
}
