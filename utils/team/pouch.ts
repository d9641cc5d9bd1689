import type { BacklogPacer } from './backlog-pacer';

/**
 * The part of PouchDB that team sync uses, typed here: the DefinitelyTyped package drags in
 * Node's Buffer types, which clash with the project's.
 */
export interface PouchDoc {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  _conflicts?: string[];
  [field: string]: unknown;
}

export interface PouchChange {
  id: string;
  seq: number | string;
  deleted?: boolean;
  doc?: PouchDoc;
}

export interface ReplicationResult {
  ok: boolean;
  /** The source's sequence the replication reached. */
  last_seq?: number | string;
  docs_read: number;
  docs_written: number;
  doc_write_failures: number;
  errors: unknown[];
}

/** A one-off replication: a promise of its result that also reports each batch written. */
export type Replication = Promise<ReplicationResult> & { on(event: 'change', listener: (info: unknown) => void): unknown };

/** A live _changes feed: long-polls until `limit` changes came, or it is cancelled. */
export interface ChangesFeed {
  on(event: 'change' | 'complete', listener: (info: unknown) => void): unknown;
  on(event: 'error', listener: (error: unknown) => void): unknown;
  cancel(): void;
}

export interface ReplicateOptions {
  batch_size?: number;
  /** A design document's filter on the server, or a function over the local replica's documents. */
  filter?: string | ((doc: PouchDoc) => boolean);
  retry?: boolean;
}

export interface PouchDatabase {
  get(id: string, options?: { conflicts?: boolean; rev?: string }): Promise<PouchDoc>;
  put(doc: PouchDoc): Promise<{ ok: boolean; id: string; rev: string }>;
  allDocs(options: { keys: string[]; include_docs: true } | { startkey: string; endkey: string }): Promise<{ rows: { key: string; doc?: PouchDoc | null; error?: string }[] }>;
  bulkDocs(docs: PouchDoc[]): Promise<unknown[]>;
  changes(options: { since: number | string; live: true; limit: number; timeout: number; heartbeat: false; filter?: string }): ChangesFeed;
  changes(options: { since: number | string; include_docs?: boolean; conflicts?: boolean; limit?: number }): Promise<{ results: PouchChange[]; last_seq: number | string }>;
  info(): Promise<{ update_seq: number | string; doc_count: number }>;
  replicate: {
    to(target: PouchDatabase, options?: ReplicateOptions): Replication;
    from(source: PouchDatabase, options?: ReplicateOptions): Replication;
  };
  destroy(): Promise<unknown>;
}

export interface PouchOpeners {
  /** This browser's replica of the team documents (IndexedDB in the extension). */
  local(name: string): PouchDatabase;
  /** The team database on the server, as this user; `pacer` spaces out the batches of a long push. */
  remote(url: string, auth: { username: string; password: string }, pacer?: BacklogPacer): PouchDatabase;
}
