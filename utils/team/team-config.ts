import { type AddressProblem, originPatternOf, readServerAddress } from '../server-address';
import type { TeamProblem } from './team-errors';

/** Where and as whom this browser syncs; kept in the extension's own IndexedDB, out of any page's reach. */
export interface TeamConfig {
  /** The server's address, without credentials: `https://couch.example.org`. */
  url: string;
  db: string;
  user: string;
  password: string;
  /** The user's role on the server, as it answered at join: moderators pull the whole database. */
  role: 'volunteer' | 'moderator';
  joinedAt: number;
}

/** How sync goes, for the options page. */
export interface TeamState {
  lastSyncedAt?: number;
  /** The last pass's failure, in plain words; cleared by the next good pass. */
  lastError?: { message: string; at: number; problem?: TeamProblem; detail?: string };
  /** Local report ids changed since they last went into the outbox. */
  pendingReports: string[];
  /** Posts whose review a moderator changed here, not yet in the outbox. */
  pendingReviews: string[];
  /** The local replica's update sequence last pushed, and last applied to the reports. */
  pushedSeq: number | string;
  appliedSeq: number | string;
  /**
   * The replica holds writes of this user's that the server may not have (outbox filled, a
   * conflict resolved). A pass with nothing to send skips the push: under load every request
   * to the server waits in its queue. Absent in states from before it: read as true.
   */
  replicaAhead?: boolean;
  /** Documents from the server that were not valid reports or reviews: counted, never shown. */
  ignored: number;
  /** Changes the server's rules refused, newest first: replication moves past them, so they are kept here to be seen. */
  refused?: { id: string; reason: string; at: number }[];
}

export const EMPTY_TEAM_STATE: TeamState = { pendingReports: [], pendingReviews: [], pushedSeq: 0, appliedSeq: 0, ignored: 0 };

/** A CouchDB database name as the extension and `team setup` both accept it. */
export const TEAM_DB_NAME = /^[a-z][a-z0-9_$()+/-]{0,127}$/;

const PROBLEMS: Record<AddressProblem, string> = {
  'not-an-address': 'the server address is not a web address',
  credentials: 'put the name and password in their own fields, not in the address',
  'not-secure': 'the server address must start with https:// (http:// only for 127.0.0.1 or localhost)',
};

/** The server's address and database as Saring will use them, or why not: HTTPS except on this machine. */
export function checkTeamServer(address: string, db: string): { url: string; originPattern: string } | { error: string } {
  const url = readServerAddress(address);
  if (typeof url === 'string') return { error: PROBLEMS[url] };
  if (!TEAM_DB_NAME.test(db)) return { error: 'a CouchDB database name is lower-case letters, digits and _$()+-/, starting with a letter' };
  url.search = '';
  return { url: url.href.replace(/\/+$/, ''), originPattern: originPatternOf(url) };
}
