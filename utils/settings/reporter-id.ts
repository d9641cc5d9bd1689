import { storage } from 'wxt/utils/storage';

const reporterIdItem = storage.defineItem<string>('local:reporterId');

/**
 * A random id made once per browser profile, so that a moderator can tell one
 * volunteer's reports from another's without knowing who anyone is.
 */
async function readOrMake(): Promise<string> {
  const stored = await reporterIdItem.getValue();
  if (stored) return stored;
  const made = crypto.randomUUID();
  await reporterIdItem.setValue(made);
  return made;
}

// Callers at the same moment share one read: two first reports at once must not make two ids.
let inFlight: Promise<string> | undefined;

export function reporterId(): Promise<string> {
  inFlight ??= readOrMake().finally(() => (inFlight = undefined));
  return inFlight;
}
