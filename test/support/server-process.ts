// The built server as a child process, the way a user or an orchestrator runs it.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { TEST_JWT_SECRET } from './test-env';

export const root = path.join(__dirname, '../..');
export const entry = path.join(root, 'dist/src/index.js');

export function assertBuilt(): void {
  if (!fs.existsSync(entry)) throw new Error('dist/ is missing: run the tests with `npm test`, which builds first.');
}

/**
 * The environment a new user has: no database server configured, the embedded one under dataDir;
 * tokens signed with the test run's secret (`JWT_SECRET: ''` leaves it unset).
 */
export function userEnv(dataDir: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const { DATABASE_URL: _ignored, ...env } = process.env;
  return { ...env, NODE_ENV: 'development', DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', JWT_SECRET: TEST_JWT_SECRET, ...extra };
}

// A test that fails before it stops its server must not leave it running: its open pipes would
// keep Jest from ever exiting. Nor its embedded PostgreSQL, which outlives a killed service (it
// runs in a process group of its own). Every file that imports this module gets this clean-up.
const running = new Set<ChildProcess>();
const postmasters = new Map<number, string>();
afterAll(() => {
  for (const child of running) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  for (const [pid, dataDir] of postmasters) killEmbeddedPostgres(dataDir, pid);
});

/** The embedded PostgreSQL of a DATA_DIR: the process id in its lock file, while it runs there. */
export function embeddedPostgresPid(dataDir: string): number | undefined {
  try {
    const pid = Number(fs.readFileSync(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
    return Number.isInteger(pid) && pid > 0 && runsIn(pid, dataDir) ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** Whether a process still runs in the cluster folder of dataDir (never some other PostgreSQL's process). */
function runsIn(pid: number, dataDir: string): boolean {
  try {
    return fs.readlinkSync(`/proc/${pid}/cwd`).startsWith(path.join(fs.realpathSync.native(path.dirname(dataDir)), path.basename(dataDir), 'postgres'));
  } catch {
    return false;
  }
}

/** The postmaster and its children (backends and helpers, each in a session of its own). */
export function postgresProcesses(pid: number): number[] {
  const children = fs
    .readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .map(Number)
    .filter((child) => {
      try {
        const stat = fs.readFileSync(`/proc/${child}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid;
      } catch {
        return false;
      }
    });
  return [pid, ...children];
}

/** kill -9 of the embedded PostgreSQL of dataDir: the postmaster first (so it starts nothing new), then its children. */
export function killEmbeddedPostgres(dataDir: string, pid = embeddedPostgresPid(dataDir)): void {
  if (pid === undefined || !runsIn(pid, dataDir)) return;
  for (const each of postgresProcesses(pid)) {
    try {
      process.kill(each, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  postmasters.delete(pid);
}

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  logs: () => string;
}

export async function startServer(env: NodeJS.ProcessEnv): Promise<ServerProcess> {
  const child = spawn(process.execPath, [entry], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  child.once('exit', () => running.delete(child));
  let output = '';
  const onData = (chunk: Buffer) => {
    output += chunk.toString();
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not start:\n${output}`));
    }, 90_000);
    const onReady = () => {
      const match = /ready at (http:\/\/localhost:\d+\/graphql)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout!.on('data', onReady);
    child.stderr!.on('data', onReady);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
  if (!env.DATABASE_URL && env.DATA_DIR) {
    const pid = embeddedPostgresPid(env.DATA_DIR);
    if (pid !== undefined) postmasters.set(pid, env.DATA_DIR);
  }
  return { child, url, logs: () => output };
}

/** Resolves with the exit code once the process has exited (at once if it already has). */
export function exitOf(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

export async function stopServer(child: ChildProcess): Promise<number | null> {
  const exited = exitOf(child);
  child.kill('SIGTERM');
  return exited;
}

export async function post(url: string, query: string): Promise<any> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  expect(response.status).toBe(200);
  return response.json();
}
