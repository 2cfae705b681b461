// Both servers as separate processes, each with the same pool size, logging off, production mode.
import { randomBytes } from 'node:crypto';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

const ROOT = path.join(__dirname, '../../../..');

export interface RunningServer {
  name: string;
  url: string;
  pid: number;
  /** Resets the kernel's peak-RSS mark, so the next reading covers one run only; false where Linux does not allow it. */
  resetPeakRss(): boolean;
  /** VmHWM: the largest resident set since start or the last reset, in MB. */
  peakRssMb(): number | null;
  /** CPU time the process has used, in clock ticks (1/100 s); null once it is gone. */
  cpuTicks(): number | null;
  /**
   * Waits until the process is idle: a load generator that stops leaves requests running in the
   * server, and they must not be billed to the next run.
   */
  settle(): Promise<void>;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** utime + stime of a process, fields 14 and 15 of /proc/<pid>/stat (after the command name in parentheses); null when unreadable. */
function processTicks(pid: number | string): number | null {
  try {
    const fields = fs
      .readFileSync(`/proc/${pid}/stat`, 'utf8')
      .replace(/^.*\) /, '')
      .split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return null;
  }
}

/** CPU ticks of every PostgreSQL process on the machine (the embedded server's or the shared one's), by pid. */
export type DatabaseCpu = Map<string, number>;

export function databaseCpu(): DatabaseCpu {
  const ticks: DatabaseCpu = new Map();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (fs.readFileSync(`/proc/${entry}/comm`, 'utf8').trim() !== 'postgres') continue;
    } catch {
      continue;
    }
    const used = processTicks(entry);
    if (used !== null) ticks.set(entry, used);
  }
  return ticks;
}

/**
 * The database's CPU between two readings: what each process used meanwhile, counting a process
 * that started in between in full. A backend that ended in between (an idle pool connection
 * closed) is left out, so this errs low; other work on the same server counts too.
 */
export function databaseCpuSince(before: DatabaseCpu, after: DatabaseCpu = databaseCpu()): number {
  let total = 0;
  for (const [pid, used] of after) total += used - (before.get(pid) ?? 0);
  return total;
}

function track(name: string, child: ChildProcess, url: string): RunningServer {
  const status = `/proc/${child.pid}/status`;
  return {
    name,
    url,
    pid: child.pid!,
    resetPeakRss() {
      try {
        // 5 = reset the peak resident set size (Linux >= 4.0, own processes).
        fs.writeFileSync(`/proc/${child.pid}/clear_refs`, '5');
        return true;
      } catch {
        return false;
      }
    },
    peakRssMb() {
      try {
        const match = /^VmHWM:\s+(\d+) kB$/m.exec(fs.readFileSync(status, 'utf8'));
        return match ? Math.round(Number(match[1]) / 1024) : null;
      } catch {
        return null;
      }
    },
    cpuTicks: () => processTicks(child.pid!),
    async settle() {
      const cpuTicks = () => processTicks(child.pid!);
      const deadline = Date.now() + 60_000;
      let before = cpuTicks();
      while (before !== null && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 500));
        const now = cpuTicks();
        // Under 5% of one core over half a second (ticks are 1/100 s): idle.
        if (now === null || now - before <= 2) return;
        before = now;
      }
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}

async function waitUntilServing(child: ChildProcess, url: string, output: () => string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${output()}`);
    try {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill('SIGKILL');
  throw new Error(`server did not start in time:\n${output()}`);
}

function spawnLogged(script: string, env: NodeJS.ProcessEnv, extraArgs: string[] = []): { child: ChildProcess; output: () => string } {
  const child = spawn(process.execPath, [...extraArgs, script], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  return { child, output: () => output };
}

/**
 * The Node flags `npm start` runs the server with (package.json; test/unit/bench-report.test.ts
 * keeps the two equal): an old-space limit, without which V8 sizes the heap from the machine's
 * memory and lets it grow far past what the server keeps alive, and a young generation large
 * enough that a request's short-lived objects die there (docs/operations.md → Memory).
 */
export const SERVER_NODE_FLAGS = ['--max-old-space-size=1024', '--max-semi-space-size=64'];
/** PostGraphile gets the same young generation: a GC setting any Node server can use is not ours alone. */
export const PEER_NODE_FLAGS = ['--max-semi-space-size=64'];

/** `dist/src/index.js` as `npm start` runs it; BENCH_NODE_ARGS (e.g. --cpu-prof) for profiling; `settings`: more variables. */
export async function startOurs(databaseUrl: string, poolSize: number, nodeArgs: string[], settings: NodeJS.ProcessEnv = {}): Promise<RunningServer> {
  const port = await freePort();
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  const env: NodeJS.ProcessEnv = {
    ...inherited,
    NODE_ENV: 'production',
    JWT_SECRET: randomBytes(32).toString('hex'),
    // Required in production; the benchmark sends no mail.
    SMTP_URL: 'smtp://127.0.0.1:9',
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    DATABASE_URL: databaseUrl,
    DB_POOL_SIZE: String(poolSize),
    LOG_LEVEL: 'warn',
    // Rate limits would refuse a load generator; the comparison is about serving reads.
    RATE_LIMIT_COST: '0',
    SEED_ON_EMPTY: 'false',
    SEED_DEMO_ACCOUNTS: 'false',
    PORT: String(port),
    HOST: '127.0.0.1',
    ...settings,
  };
  const { child, output } = spawnLogged(path.join(ROOT, 'dist/src/index.js'), env, [...SERVER_NODE_FLAGS, ...nodeArgs]);
  const url = `http://127.0.0.1:${port}/graphql`;
  await waitUntilServing(child, url, output);
  return track('ours', child, url);
}

export async function startPostGraphile(databaseUrl: string, poolSize: number): Promise<RunningServer> {
  const port = await freePort();
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  const env: NodeJS.ProcessEnv = {
    ...inherited,
    NODE_ENV: 'production',
    BENCH_DATABASE_URL: databaseUrl,
    BENCH_POOL_SIZE: String(poolSize),
    PORT: String(port),
  };
  const { child, output } = spawnLogged(path.join(__dirname, 'postgraphile-server.js'), env, PEER_NODE_FLAGS);
  const url = `http://127.0.0.1:${port}/graphql`;
  await waitUntilServing(child, url, output);
  return track('postgraphile', child, url);
}
