// Our schema and services in the bench process, over the bench database, with a logger that
// counts the SQL statements each request sends. Used for SQL statements per request (the code's
// property, not the load's) executed and answered from the response cache, for the fixtures, and
// to learn which profiles anonymous callers see.
import pino from 'pino';
import { createDataSource, type AppDataSource } from '../../../src/db/data-source';
import { entities, graphqlModules } from '../../../src/modules';
import { readDataVersion } from '../../../src/db/data-version';
import { createGraphQLServer, type GraphQLServer } from '../../../src/graphql/server';
import { createServices } from '../../../src/services';
import { StatementCounter } from '../../support/api';
import { testTokenSettings } from '../../support/test-env';
import { W6_CURSORS, W6_MIN_LEVELS, W6_PAGES, type Fixtures, type Variables } from './workloads';
import { syntheticProjectSlug } from '../../../seeds/synthetic-projects';

export interface InProcess {
  dataSource: AppDataSource;
  run(query: string, variables: Variables): Promise<{ data: any; errors?: unknown; statements: number }>;
  close(): Promise<void>;
}

/** `responseCache`: with the server's default response cache, to count what a cached answer costs. */
export async function openInProcess(url: string, options: { responseCache?: boolean } = {}): Promise<InProcess> {
  const counter = new StatementCounter();
  const dataSource = createDataSource({ url, poolSize: 2, logger: counter, entities });
  await dataSource.initialize();
  const server: GraphQLServer = await createGraphQLServer(
    dataSource,
    await graphqlModules(createServices(dataSource, testTokenSettings())),
    pino({ level: 'silent' }),
    {
      production: true,
      responseCache: options.responseCache ? { maxBytes: 2 ** 20, dataVersion: () => readDataVersion(dataSource) } : undefined,
    },
  );
  return {
    dataSource,
    async run(query, variables) {
      counter.statements = [];
      const response = await server.apollo.executeOperation({ query, variables }, { contextValue: server.contextFor() });
      if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
      const { data, errors } = response.body.singleResult;
      return { data, errors, statements: counter.statements.length };
    },
    async close() {
      await server.apollo.stop();
      await dataSource.destroy();
    },
  };
}

/**
 * Statements a repeated request sends when the response cache answers it (nothing writes to the
 * bench database meanwhile): its third run, as the cache admits a request from its second.
 */
export async function statementsPerHit(api: InProcess, query: string, variables: Variables): Promise<number> {
  await api.run(query, variables);
  await api.run(query, variables);
  const { errors, statements } = await api.run(query, variables);
  if (errors) throw new Error(`statement count run failed: ${JSON.stringify(errors)}`);
  return statements;
}

/**
 * Statements of the fourth and later runs of a request (caches such as the matching candidate
 * pool warm by then), the largest seen: what each request costs in steady state.
 */
export async function statementsPerRequest(api: InProcess, query: string, variables: (i: number) => Variables): Promise<number> {
  let most = 0;
  for (let i = 0; i < 8; i++) {
    const { errors, statements } = await api.run(query, variables(i));
    if (errors) throw new Error(`statement count run failed: ${JSON.stringify(errors)}`);
    if (i >= 3) most = Math.max(most, statements);
  }
  return most;
}

/** Whether our server shows anonymous callers only PUBLIC profiles (the visibility rules), so PostGraphile's functions can apply the same rule. */
export async function anonymousSeesPublicOnly(api: InProcess): Promise<boolean> {
  const [{ approved, visible }] = await api.dataSource.query(
    `SELECT count(*)::int AS approved, count(*) FILTER (WHERE visibility = 'PUBLIC')::int AS visible FROM organization WHERE membership_status = 'APPROVED'`,
  );
  const { data } = await api.run('{ organizations(first: 1) { totalCount } }', {});
  const total = data?.organizations?.totalCount;
  if (total === visible) return true;
  if (total === approved) return false;
  throw new Error(`anonymous callers see ${total} organisations: neither all ${approved} approved ones nor the ${visible} public ones`);
}

export async function loadFixtures(api: InProcess, publicOnly: boolean): Promise<Fixtures> {
  const visible = `membership_status = 'APPROVED'${publicOnly ? ` AND visibility = 'PUBLIC'` : ''}`;
  const domains: { slug: string }[] = await api.dataSource.query('SELECT slug FROM domain ORDER BY id');
  // Synthetic members with three or more capabilities: a full W3 answer.
  const organizations: { id: number }[] = await api.dataSource.query(
    `SELECT o.id FROM organization o WHERE o.slug LIKE 'syn-%' AND ${visible}
        AND (SELECT count(*) FROM capability c WHERE c.organization_id = o.id) >= 3
      ORDER BY o.id LIMIT 64`,
  );
  const seekers: { id: number }[] = await api.dataSource.query(`SELECT id FROM organization WHERE slug LIKE 'syn-%' AND ${visible} ORDER BY id DESC LIMIT 64`);
  const [project] = await api.dataSource.query('SELECT id FROM project WHERE slug = $1', [syntheticProjectSlug(8, 'sejong-5-1')]);
  if (!project) throw new Error('the synthetic 8-slot project is missing');
  const visibleRows: { id: number }[] = await api.dataSource.query(`SELECT id FROM organization WHERE ${visible} ORDER BY id`);
  return {
    domains: domains.map((d) => d.slug),
    organizationIds: organizations.map((o) => o.id),
    seekerIds: seekers.map((o) => o.id),
    projectId: project.id,
    visibleIds: visibleRows.map((o) => o.id),
    pages: await w6Pages(
      api,
      domains.map((d) => d.slug),
    ),
  };
}

/** For each domain and minimum level, the cursors that start its first W6_PAGES pages (as far as there are pages). */
async function w6Pages(api: InProcess, domains: string[]): Promise<Fixtures['pages']> {
  const pages: Fixtures['pages'] = [];
  for (const domain of domains) {
    for (const minLevel of W6_MIN_LEVELS) {
      const after: (string | null)[] = [null];
      while (after.length < W6_PAGES) {
        const { data, errors } = await api.run(W6_CURSORS, { domain, minLevel, after: after[after.length - 1] });
        if (errors) throw new Error(`W6 cursors: ${JSON.stringify(errors)}`);
        const { endCursor, hasNextPage } = data.organizations.pageInfo;
        if (!hasNextPage) break;
        after.push(endCursor);
      }
      pages.push({ domain, minLevel, after });
    }
  }
  return pages;
}
