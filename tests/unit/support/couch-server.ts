import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A real CouchDB-compatible server for tests: pouchdb-server (the devDependency) in memory,
 * in a child process on 127.0.0.1, with one server admin.
 *
 * - Its data lives in memory only: `stop()` and `restart()` lose every database, user and
 *   security object (restart creates the admin again, nothing else).
 * - pouchdb-server writes config.json and log.txt into its working directory: it runs in a
 *   temporary directory of its own, removed on stop, so nothing lands in the repository.
 * - Its output is kept (last lines only) and shown only when it fails to start.
 * - It is killed on stop, when the test process exits, and it exits by itself when the test
 *   process dies without running exit handlers (it watches the stdin pipe we hold).
 */

const BIN = fileURLToPath(new URL('../../../node_modules/pouchdb-server/bin/pouchdb-server', import.meta.url));
const START_TIMEOUT_MS = 20_000;
const KEPT_LINES = 40;

export interface CouchServer {
  /** http://127.0.0.1:PORT, no credentials, no trailing slash. */
  url: string;
  /** The same with the admin's credentials in it: http://admin:password@127.0.0.1:PORT */
  adminUrl: string;
  admin: { name: string; password: string };
  port: number;
  /** Basic-auth header value for a name and password. */
  basicAuth(name: string, password: string): string;
  stop(): Promise<void>;
  /** Stops and starts again on the same port; in memory the data is lost (persistent keeps it), and the admin is made again. */
  restart(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.unref();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

const sleep = (ms: number) => new Promise((resolveSleep) => setTimeout(resolveSleep, ms));

export const basicAuth = (name: string, password: string) => `Basic ${Buffer.from(`${name}:${password}`, 'utf8').toString('base64')}`;

// Runs the server's own entry point after pointing process.argv at it, and exits when the
// pipe on stdin closes: the test process is gone, whatever way it went.
//
// pouchdb-validation 4.2 (inside pouchdb-server) replaces a replicated document's revision
// history with the stored one before validating (\`newDoc._revisions = oldDoc._revisions\`), so
// every replicated update of an existing document in a database with a validate_doc_update
// is silently dropped. Apache CouchDB has no such step. The launcher loads that module with
// the line keeping a history the document already carries, and fails loudly if the line moves.
const LAUNCHER = `
process.stdin.on('end', () => process.exit(0));
process.stdin.on('error', () => process.exit(0));
process.stdin.resume();
const [bin, ...args] = process.argv.slice(1);
const Module = require('module');
const path = require('path');
const validation = require.resolve('pouchdb-validation', { paths: [path.dirname(bin)] });
const BUG = 'newDoc._revisions = (oldDoc || {})._revisions;';
const source = require('fs').readFileSync(validation, 'utf8');
if (!source.includes(BUG)) throw new Error('pouchdb-validation changed: check the replication fix in couch-server.ts');
const fixed = new Module(validation, module);
fixed.filename = validation;
fixed.paths = Module._nodeModulePaths(path.dirname(validation));
fixed._compile(source.replace(BUG, 'if (!newDoc._revisions) ' + BUG), validation);
fixed.loaded = true;
require.cache[validation] = fixed;
process.argv = [process.execPath, bin, ...args];
require(bin);
`;

interface Running {
  child: ChildProcess;
  dir: string;
  output: string[];
  exited: Promise<void>;
  exitCode: () => number | string | null;
  killOnExit: () => void;
}

function launch(port: number, dataDir?: string): Running {
  const dir = mkdtempSync(join(tmpdir(), 'saring-couch-'));
  const storage = dataDir ? ['--dir', dataDir] : ['--in-memory'];
  const args = [...storage, '--host', '127.0.0.1', '--port', String(port), '--config', join(dir, 'config.json'), '--no-color'];
  const child = spawn(process.execPath, ['-e', LAUNCHER, BIN, ...args], { cwd: dir, stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(...chunk.toString('utf8').split('\n').filter((line) => line.trim() !== ''));
    if (output.length > KEPT_LINES) output.splice(0, output.length - KEPT_LINES);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  let code: number | string | null = null;
  const exited = new Promise<void>((resolveExit) =>
    child.once('exit', (exitCode, signal) => {
      code = exitCode ?? signal;
      resolveExit();
    }),
  );
  const killOnExit = () => void child.kill('SIGKILL');
  process.once('exit', killOnExit);
  return { child, dir, output, exited, exitCode: () => code, killOnExit };
}

async function kill(running: Running): Promise<void> {
  process.removeListener('exit', running.killOnExit);
  if (running.child.exitCode === null && running.child.signalCode === null) {
    running.child.kill('SIGTERM');
    const timer = setTimeout(() => running.child.kill('SIGKILL'), 5_000);
    await running.exited;
    clearTimeout(timer);
  }
  running.child.stdin?.destroy();
  rmSync(running.dir, { recursive: true, force: true });
}

// pouchdb-server does not exit when its port is taken: it says so and keeps running.
const addressInUse = (running: Running) => running.output.some((line) => line.includes('already in use'));

/** Waits for GET / to answer; throws with the server's last lines if it exits or times out. */
async function waitUntilUp(running: Running, url: string): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  let exited = false;
  void running.exited.then(() => (exited = true));
  let lastError = '';
  while (Date.now() < deadline) {
    if (exited || addressInUse(running)) break;
    // GET / alone could reach another server that holds the port: wait for our child to say it listens.
    if (!running.output.some((line) => line.includes('has started on'))) {
      await sleep(100);
      continue;
    }
    try {
      const response = await fetch(`${url}/`, { signal: AbortSignal.timeout(2_000) });
      await response.text();
      if (response.ok) return;
      lastError = `GET / answered ${response.status}`;
    } catch (error) {
      lastError = (error as Error).message;
    }
    await sleep(100);
  }
  const why = exited ? `exited (${running.exitCode()})` : addressInUse(running) ? 'found its port in use' : `did not answer within ${START_TIMEOUT_MS / 1000} s (${lastError})`;
  throw new Error(`pouchdb-server on ${url} ${why}; its last lines:\n${running.output.join('\n') || '(none)'}`);
}

async function createAdmin(url: string, name: string, password: string): Promise<void> {
  const response = await fetch(`${url}/_config/admins/${encodeURIComponent(name)}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(password),
    signal: AbortSignal.timeout(START_TIMEOUT_MS),
  });
  const body = await response.text();
  if (!response.ok) throw new Error(`creating the admin failed: ${response.status} ${body}`);
}


/**
 * `persistent` keeps the databases on disk (LevelDB, in a temporary directory removed on
 * stop), so that `restart()` finds them again: a sync cut off by a restart can resume.
 */
export async function startCouchServer(admin = { name: 'admin', password: 'admin-secret' }, options: { persistent?: boolean } = {}): Promise<CouchServer> {
  let port = 0;
  let running: Running | undefined;
  const dataDir = options.persistent ? mkdtempSync(join(tmpdir(), 'saring-couch-data-')) : undefined;

  const startOn = async (chosen: number): Promise<Running> => {
    const next = launch(chosen, dataDir);
    try {
      await waitUntilUp(next, `http://127.0.0.1:${chosen}`);
      await createAdmin(`http://127.0.0.1:${chosen}`, admin.name, admin.password);
      return next;
    } catch (error) {
      await kill(next);
      (error as { inUse?: boolean }).inUse = addressInUse(next);
      throw error;
    }
  };

  // Another process may take the free port before the server binds it: try a few.
  for (let attempt = 1; ; attempt++) {
    port = await freePort();
    try {
      running = await startOn(port);
      break;
    } catch (error) {
      if (!(error as { inUse?: boolean }).inUse || attempt >= 3) throw error;
    }
  }

  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    adminUrl: `http://${encodeURIComponent(admin.name)}:${encodeURIComponent(admin.password)}@127.0.0.1:${port}`,
    admin,
    port,
    basicAuth,
    async stop() {
      if (running) await kill(running);
      running = undefined;
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
    async restart() {
      if (running) await kill(running);
      running = undefined;
      // The old socket may linger for a moment: the same port, a few tries.
      for (let attempt = 1; ; attempt++) {
        try {
          running = await startOn(port);
          return;
        } catch (error) {
          if (!(error as { inUse?: boolean }).inUse || attempt >= 20) throw error;
          await sleep(250);
        }
      }
    },
  };
}
