// The benchmark's database: a dedicated database on the PostgreSQL server (derived from
// DATABASE_URL, never the one it names), or the embedded PostgreSQL, started and stopped by a
// child process of its own.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { Client } from 'pg';
import pino from 'pino';
import { loadConfig } from '../../../src/config';
import { openDatabase } from '../../../src/db/database';
import { entities } from '../../../src/modules';
import type { AppDataSource } from '../../../src/db/data-source';
import { seedIfEmpty } from '../../../seeds/seed';
import { loadSyntheticOrganizations } from '../../../seeds/synthetic';
import { loadSyntheticProjects } from '../../../seeds/synthetic-projects';

export const ORGANIZATIONS = 10_000;
export const SEED = 42;
/** The database the benchmark creates (or reuses) next to the one DATABASE_URL names; it may wipe its synthetic rows. */
export const BENCH_DATABASE = 'alliance_match_bench';

export interface BenchDatabase {
  kind: 'server' | 'embedded';
  url: string;
  /** Connections each server's pool may open: the same for both, so neither gets more database. */
  poolSize: number;
  stop(): Promise<void>;
}

/**
 * Creates the bench database (`alliance_match_bench`, or BENCH_DATABASE to keep runs of several
 * workspaces apart) on the server DATABASE_URL points at, if it does not exist yet.
 */
async function serverDatabase(databaseUrl: string, poolSize: number, name: string): Promise<BenchDatabase> {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`BENCH_DATABASE must be a plain lower-case name, got '${name}'`);
  const admin = new URL(databaseUrl);
  const bench = new URL(databaseUrl);
  bench.pathname = `/${name}`;
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  return { kind: 'server', url: bench.toString(), poolSize, stop: async () => undefined };
}

/** The embedded PostgreSQL under DATA_DIR (default .data-bench/, shared with bench:matching), run by a child process. */
async function embeddedDatabase(dataDir: string, poolSize: number): Promise<BenchDatabase> {
  const child: ChildProcess = spawn(process.execPath, [path.join(__dirname, 'embedded-db.js'), dataDir], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /^url (\S+)$/m.exec(output);
      if (match) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`embedded database exited with ${code}`)));
  });
  return {
    kind: 'embedded',
    url,
    poolSize,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

export async function openBenchDatabase(env: NodeJS.ProcessEnv, poolSize: { server: number; embedded: number }): Promise<BenchDatabase> {
  if (env.DATABASE_URL) return serverDatabase(env.DATABASE_URL, poolSize.server, env.BENCH_DATABASE || BENCH_DATABASE);
  return embeddedDatabase(path.resolve(env.DATA_DIR || '.data-bench'), poolSize.embedded);
}

/**
 * Migrates, seeds and loads 10,000 synthetic members (seed 42) and the synthetic projects, unless
 * they are there already.
 */
export async function prepareData(db: BenchDatabase, log: (line: string) => void): Promise<void> {
  const quiet = pino({ level: 'warn' });
  const config = loadConfig({ DATABASE_URL: db.url, DB_POOL_SIZE: '2', LOG_LEVEL: 'warn' });
  const dataSource: AppDataSource = await openDatabase({ ...config, entities }, quiet);
  try {
    await seedIfEmpty(dataSource, quiet);
    const [{ count }] = await dataSource.query(`SELECT count(*)::int AS count FROM organization WHERE slug LIKE 'syn-%'`);
    if (count !== ORGANIZATIONS) {
      const started = Date.now();
      log(`loading ${ORGANIZATIONS} synthetic organisations (seed ${SEED}) …`);
      await loadSyntheticOrganizations(dataSource, ORGANIZATIONS, SEED);
      log(`loaded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
    await loadSyntheticProjects(dataSource, SEED);
  } finally {
    await dataSource.destroy();
  }
}
