// `npm run bench:project-matched`: what PROJECT_MATCHED adds to openProject on 10,000 synthetic
// members, each with an account that wants project matches (the default threshold 0.5): one pass
// of the projectMatches core over matching's in-memory candidate pool, the scored organisations'
// accounts and the events' insert, in a transaction rolled back after each run. Uses DATABASE_URL, else an embedded database under .data-bench/ (shared with
// bench:matching; the synthetic data is loaded once).
import 'reflect-metadata';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import pino from 'pino';
import { loadConfig } from '../../src/config';
import { openDatabase } from '../../src/db/database';
import { entities } from '../../src/modules';
import { CandidatePool } from '../../src/modules/matching/candidate-pool';
import { recordProjectMatchedEvents } from '../../src/modules/notifications/project-matched.events';
import { seedIfEmpty } from '../../seeds/seed';
import { loadSyntheticOrganizations } from '../../seeds/synthetic';
import { loadSyntheticProjects, SYNTHETIC_PROJECT_SIZES, syntheticProjectSlug } from '../../seeds/synthetic-projects';

const ORGANIZATIONS = 10_000;
const SEED = 42;
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const WARM_UP = 2;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function main(): Promise<void> {
  const log = pino({ level: 'warn' });
  const config = loadConfig({ DATA_DIR: '.data-bench', ...process.env });
  const dataSource = await openDatabase({ ...config, entities }, log);
  try {
    await seedIfEmpty(dataSource, log);
    const [{ count }] = await dataSource.query(`SELECT count(*)::int AS count FROM organization WHERE slug LIKE 'syn-%'`);
    if (count !== ORGANIZATIONS) {
      process.stdout.write(`loading ${ORGANIZATIONS} synthetic organisations…\n`);
      await loadSyntheticOrganizations(dataSource, ORGANIZATIONS, SEED);
    }
    await loadSyntheticProjects(dataSource, SEED);
    // One owner account per synthetic organisation, with the default settings (threshold 0.5).
    await dataSource.query(
      `INSERT INTO account (email, password_hash, role, organization_id, team_role)
       SELECT 'bench-' || o.id || '@bench.example', 'no sign-in', 'MEMBER', o.id, 'OWNER' FROM organization o
        WHERE o.slug LIKE 'syn-%' AND NOT EXISTS (SELECT 1 FROM account a WHERE a.organization_id = o.id)`,
    );
    const [{ listening }] = await dataSource.query(
      `SELECT count(*)::int AS listening FROM account a JOIN organization o ON o.id = a.organization_id WHERE o.membership_status = 'APPROVED' AND a.disabled_at IS NULL`,
    );
    process.stdout.write(
      `\nPROJECT_MATCHED on openProject: ${ORGANIZATIONS} synthetic members, ${listening} accounts listening; ${RUNS} runs after ${WARM_UP} warm-up, ` +
        `${os.cpus()[0]?.model ?? 'unknown CPU'} × ${os.availableParallelism()}\n\n`,
    );
    // As in the server: matching's candidate pool, loaded once (at start, by warm-up) and kept while the data does not change.
    const pool = new CandidatePool(dataSource);
    const loadStarted = performance.now();
    await pool.current();
    const loadMs = performance.now() - loadStarted;
    process.stdout.write('| project | slots | events written | p50 ms | p95 ms | max ms |\n| --- | ---: | ---: | ---: | ---: | ---: |\n');
    for (const size of SYNTHETIC_PROJECT_SIZES) {
      const [project]: { id: number; city_id: number }[] = await dataSource.query('SELECT id, city_id FROM project WHERE slug = $1', [
        syntheticProjectSlug(size, 'sejong-5-1'),
      ]);
      const times: number[] = [];
      let written = 0;
      for (let run = 0; run < WARM_UP + RUNS; run++) {
        const runner = dataSource.createQueryRunner();
        await runner.startTransaction();
        try {
          const started = performance.now();
          written = (await recordProjectMatchedEvents(runner.manager, { id: project.id, cityId: project.city_id }, null, () => pool.current())).length;
          if (run >= WARM_UP) times.push(performance.now() - started);
        } finally {
          await runner.rollbackTransaction();
          await runner.release();
        }
      }
      times.sort((a, b) => a - b);
      const f = (ms: number) => ms.toFixed(1);
      process.stdout.write(
        `| sejong-5-1, ${size} slots | ${size} | ${written} | ${f(percentile(times, 50))} | ${f(percentile(times, 95))} | ${f(times[times.length - 1])} |\n`,
      );
    }
    process.stdout.write(`\n(The candidate pool's first load, paid once per data change by matching anyway: ${loadMs.toFixed(0)} ms.)\n`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
