// `npm run bench:matching`: assembleConsortium and partnerMatches through GraphQL, in-process, on
// 10,000 synthetic members (seed:synthetic). Uses DATABASE_URL, else an embedded database under
// .data-bench/ (kept between runs, so only the first run pays for loading the data).
import 'reflect-metadata';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import pino from 'pino';
import { loadConfig } from '../../src/config';
import { openDatabase } from '../../src/db/database';
import { entities, graphqlModules } from '../../src/modules';
import { toGlobalId } from '../../src/graphql/global-id';
import { createServices } from '../../src/services';
import { inProcessRunner, workerPoolRunner } from '../../src/modules/matching/solver-pool';
import { createGraphQLServer } from '../../src/graphql/server';
import { seedIfEmpty } from '../../seeds/seed';
import { loadSyntheticOrganizations } from '../../seeds/synthetic';
import { loadSyntheticProjects, syntheticProjectSlug, SYNTHETIC_PROJECT_SIZES } from '../../seeds/synthetic-projects';
import { AccountRole } from '../../src/modules/accounts/account.enums';
import type { Viewer } from '../../src/modules/accounts/tokens';
import { testTokenSettings } from '../support/test-env';
import { coreBench, portfolioBench, type CoreRow, type PortfolioRow } from './matching-core';

/** Asked as a planner, who is matched against every approved member: the largest candidate pool. */
const PLANNER: Viewer = { accountId: 0, role: AccountRole.PLANNER, organizationId: null };

const ORGANIZATIONS = 10_000;
const SEED = 42;
const RUNS = Number(process.env.BENCH_RUNS ?? 40);
const WARM_UP = 3;

const ASSEMBLE = `query Assemble($projectId: ID!, $k: Int!) {
  assembleConsortium(projectId: $projectId, options: { k: $k }) {
    infeasibleReason candidates solveMs
    alternatives { rank value optimality { proven gap } members { organization { nameKo } roles }
      coverage { covered fit slot { position } } reasons }
  }
}`;
const PARTNERS = `query Partners($organizationId: ID!, $target: PartnerTarget!) {
  partnerMatches(organizationId: $organizationId, target: $target, first: 10) {
    matches { rank score crossIndustry organization { nameKo } breakdown { gain weightedGain fit { fit } } reasons }
  }
}`;

interface Row {
  name: string;
  runs: number;
  p50: number;
  p95: number;
  max: number;
  proven: number | null;
  target?: string;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function printCoreRows(rows: CoreRow[]): void {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  process.stdout.write(
    `\nMatching core alone (no database, no GraphQL) — ${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} cores (${cpu}), Node ${process.version}, ` +
      `load average ${os.loadavg()[0].toFixed(2)}; ${RUNS} runs each.\n\n`,
  );
  const header = ['workload', 'runs', 'p50 ms', 'p95 ms', 'max ms', 'proven', 'no team', 'target'];
  const lines = rows.map((r) => [
    r.name,
    String(r.runs),
    r.p50.toFixed(1),
    r.p95.toFixed(1),
    r.max.toFixed(1),
    `${(r.proven * 100).toFixed(0)}%`,
    String(r.infeasible),
    r.target ?? '',
  ]);
  process.stdout.write(`| ${header.join(' | ')} |\n|${header.map(() => ' --- ').join('|')}|\n${lines.map((l) => `| ${l.join(' | ')} |`).join('\n')}\n`);
}

/** Each portfolio call takes seconds: fewer runs than the single-project rows (BENCH_PORTFOLIO_RUNS). */
const PORTFOLIO_RUNS = Number(process.env.BENCH_PORTFOLIO_RUNS ?? 10);

function printPortfolioRow(r: PortfolioRow): void {
  process.stdout.write(
    `\nPortfolio (assemblePortfolio, core alone), ${r.runs} runs; wall time and, less distorted by a busy machine, process CPU time:\n\n` +
      '| workload | runs | p50 ms | p95 ms | max ms | CPU p95 ms | proven | unproven (max gap) | joint / one-at-a-time | candidates in model | target |\n' +
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n' +
      `| ${r.name} | ${r.runs} | ${r.p50.toFixed(0)} | ${r.p95.toFixed(0)} | ${r.max.toFixed(0)} | ${r.cpuP95.toFixed(0)} | ${(r.proven * 100).toFixed(0)}% | ` +
      `${r.unproven} (${r.maxGap === null ? '–' : r.maxGap.toFixed(4)}) | ${r.gainRatio.toFixed(3)} | ${r.candidates.toFixed(0)} | ${r.target ?? ''} |\n`,
  );
}

async function main(): Promise<void> {
  // The core cases first: they need no database (BENCH_CORE_ONLY=1 runs only these).
  printCoreRows(await coreBench(RUNS));
  printPortfolioRow(await portfolioBench(PORTFOLIO_RUNS));
  if (process.env.BENCH_CORE_ONLY === '1') return;
  const config = loadConfig({ ...process.env, DATA_DIR: process.env.DATA_DIR || '.data-bench', LOG_LEVEL: 'warn' });
  const log = pino({ level: 'warn' });
  const dataSource = await openDatabase({ ...config, entities }, log);
  try {
    await seedIfEmpty(dataSource, log);
    const [{ count }] = await dataSource.query(`SELECT count(*)::int AS count FROM organization WHERE slug LIKE 'syn-%'`);
    if (count !== ORGANIZATIONS) {
      process.stderr.write(`loading ${ORGANIZATIONS} synthetic organisations (seed ${SEED}) …\n`);
      await loadSyntheticOrganizations(dataSource, ORGANIZATIONS, SEED);
    }
    await loadSyntheticProjects(dataSource, SEED);

    // Solves run as in the server: on MATCHING_THREADS worker threads (0: on this thread).
    const matchingRunner = config.matchingThreads > 0 ? workerPoolRunner(config.matchingThreads) : inProcessRunner();
    await matchingRunner.warmUp();
    const services = createServices(dataSource, testTokenSettings(), { matchingRunner });
    const server = await createGraphQLServer(dataSource, await graphqlModules(services), pino({ level: 'silent' }), { production: true });
    const run = async (query: string, variables: Record<string, unknown>) => {
      const started = performance.now();
      const response = await server.apollo.executeOperation({ query, variables }, { contextValue: server.contextFor({ viewer: PLANNER }) });
      const ms = performance.now() - started;
      if (response.body.kind !== 'single' || response.body.singleResult.errors) {
        throw new Error(`benchmark query failed: ${JSON.stringify(response.body.kind === 'single' ? response.body.singleResult.errors : response.body)}`);
      }
      return { ms, data: response.body.singleResult.data as Record<string, any> };
    };
    const measure = async (name: string, next: (i: number) => [string, Record<string, unknown>], proven?: (data: Record<string, any>) => boolean) => {
      for (let i = 0; i < WARM_UP; i++) await run(...next(i));
      const times: number[] = [];
      let provenRuns = 0;
      for (let i = 0; i < RUNS; i++) {
        const { ms, data } = await run(...next(i));
        times.push(ms);
        if (proven?.(data)) provenRuns++;
      }
      times.sort((a, b) => a - b);
      const row: Row = {
        name,
        runs: RUNS,
        p50: percentile(times, 50),
        p95: percentile(times, 95),
        max: times[times.length - 1],
        proven: proven ? provenRuns / RUNS : null,
      };
      rows.push(row);
      return row;
    };
    const rows: Row[] = [];

    const projectIds = new Map<number, string>();
    for (const size of SYNTHETIC_PROJECT_SIZES) {
      const [{ id }] = await dataSource.query('SELECT id FROM project WHERE slug = $1', [syntheticProjectSlug(size, 'sejong-5-1')]);
      projectIds.set(size, toGlobalId('Project', id));
    }
    const allProven = (data: Record<string, any>) =>
      data.assembleConsortium.alternatives.length > 0 && data.assembleConsortium.alternatives.every((a: any) => a.optimality.proven);
    for (const size of SYNTHETIC_PROJECT_SIZES) {
      for (const k of [1, 5]) {
        const row = await measure(`assembleConsortium ${size} slots, k=${k}`, () => [ASSEMBLE, { projectId: projectIds.get(size), k }], allProven);
        if (size === 8 && k === 1) row.target = row.p95 < 300 && row.proven === 1 ? 'met (p95 < 300 ms, proven)' : 'MISSED (p95 < 300 ms, proven)';
      }
    }

    const seekers: { id: number }[] = await dataSource.query(
      `SELECT id FROM organization WHERE slug LIKE 'syn-%' AND membership_status = 'APPROVED' ORDER BY id LIMIT $1`,
      [RUNS + WARM_UP],
    );
    const seeker = (i: number) => toGlobalId('Organization', seekers[i % seekers.length].id);
    const projectRow = await measure('partnerMatches project of 8 slots', (i) => [
      PARTNERS,
      { organizationId: seeker(i), target: { projectId: projectIds.get(8) } },
    ]);
    projectRow.target = projectRow.p95 < 100 ? 'met (p95 < 100 ms)' : 'MISSED (p95 < 100 ms)';
    const domainRow = await measure('partnerMatches 3 domains + city', (i) => [
      PARTNERS,
      { organizationId: seeker(i), target: { domains: ['water', 'mobility', 'safety'], city: 'busan-eco-delta' } },
    ]);
    domainRow.target = domainRow.p95 < 100 ? 'met (p95 < 100 ms)' : 'MISSED (p95 < 100 ms)';

    await server.apollo.stop();
    await matchingRunner.close();
    const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
    process.stdout.write(
      `\nAlliance Match matching benchmark — ${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} cores (${cpu}), ` +
        `${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, database: ${config.databaseUrl ? 'PostgreSQL server' : 'embedded PostgreSQL'}\n` +
        `${ORGANIZATIONS} synthetic organisations (seed ${SEED}); ${RUNS} measured runs after ${WARM_UP} warm-up runs each; in-process GraphQL; ` +
        `solver ${config.matchingThreads > 0 ? `on ${config.matchingThreads} worker thread(s)` : 'on the main thread'}.\n\n`,
    );
    const header = ['workload', 'runs', 'p50 ms', 'p95 ms', 'max ms', 'proven', 'target'];
    const lines = rows.map((r) => [
      r.name,
      String(r.runs),
      r.p50.toFixed(1),
      r.p95.toFixed(1),
      r.max.toFixed(1),
      r.proven === null ? '—' : `${(r.proven * 100).toFixed(0)}%`,
      r.target ?? '',
    ]);
    process.stdout.write(`| ${header.join(' | ')} |\n|${header.map(() => ' --- ').join('|')}|\n${lines.map((l) => `| ${l.join(' | ')} |`).join('\n')}\n`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`benchmark failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
