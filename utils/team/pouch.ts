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
  docs_read: number;
  docs_written: number;
  doc_write_failures: number;
  errors: unknown[];
}

/** A one-off replication: a promise of its result that also reports each batch written. */
export type Replication = Promise<ReplicationResult> & { on(event: 'change', listener: (info: unknown) => void): unknown };

export interface ReplicateOptions {
  batch_size?: number;
  filter?: string;
  retry?: boolean;
}

export interface PouchDatabase {
  get(id: string, options?: { conflicts?: boolean; rev?: string }): Promise<PouchDoc>;
  put(doc: PouchDoc): Promise<{ ok: boolean; id: string; rev: string }>;
  allDocs(options: { keys: string[]; include_docs: true }): Promise<{ rows: { key: string; doc?: PouchDoc | null; error?: string }[] }>;
  bulkDocs(docs: PouchDoc[]): Promise<unknown[]>;
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
  /** The team database on the server, as this user. */
  remote(url: string, auth: { username: string; password: string }): PouchDatabase;
}
