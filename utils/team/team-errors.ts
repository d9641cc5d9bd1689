import { isRecord } from '../is-record';
import { isQuotaError } from '../storage/storage-failure';

/**
 * A sync failure in words a volunteer can act on. PouchDB passes on CouchDB's status and
 * reason; a network failure has no status at all.
 */
export function describeTeamError(error: unknown): string {
  const status = isRecord(error) && typeof error.status === 'number' ? error.status : undefined;
  const reason = isRecord(error) && typeof error.reason === 'string' ? error.reason : error instanceof Error ? error.message : 'no reason given';
  if (isQuotaError(error)) return 'This browser’s storage is full, so what the team sent cannot be kept. Free some space; nothing stored is lost, and sync goes on once there is room.';
  if (status === 401) return 'The team server refused the name or password. Check them in the settings.';
  if (status === 403) return `The team server refused this: ${reason}`;
  if (status === 404) return 'The team database does not exist on that server. Ask the team’s admin to run "saring team setup".';
  if (status !== undefined && status >= 500) return `The team server had an error (${status}). Reports wait here and go up on the next try.`;
  if (/JSON|Unexpected token|<html/i.test(reason)) return 'The server’s answer is not CouchDB’s (a web page?). Check the server address.';
  return 'The team server cannot be reached. Reports wait here and go up when it can.';
}
