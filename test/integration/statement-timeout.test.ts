import 'reflect-metadata';
import pino from 'pino';
import { createDataSource, type AppDataSource } from '../../src/db/data-source';
import { entities, graphqlModules } from '../../src/modules';
import { createGraphQLServer, type GraphQLServer } from '../../src/graphql/server';
import { Domain } from '../../src/modules/taxonomy/domain.entity';
import { Technology } from '../../src/modules/taxonomy/technology.entity';
import { createServices } from '../../src/services';
import { preparedQuery } from '../../src/db/prepared-query';
import { testDatabaseUrl, testTokenSettings } from '../support/test-env';

/**
 * DB_STATEMENT_TIMEOUT_MS end to end: a pool whose statements PostgreSQL cancels after 50 ms, under
 * the real GraphQL server. The only stand-in is one service method that sends slow SQL instead of
 * its own; the statements, their cancellation and the error mapping are all real.
 */
let dataSource: AppDataSource;
let server: GraphQLServer;

beforeAll(async () => {
  dataSource = createDataSource({ url: testDatabaseUrl(), poolSize: 2, statementTimeoutMs: 50, entities });
  await dataSource.initialize();

  const services = createServices(dataSource, testTokenSettings());
  const list = services.taxonomy.list.bind(services.taxonomy);
  services.taxonomy.list = (async (target: unknown) => {
    // `domains` sleeps past the limit; `technologies` gets PostgreSQL's own query_canceled error;
    // `industries` stays as it is.
    if (target === Domain) return dataSource.query('SELECT pg_sleep(1)');
    if (target === Technology) {
      return dataSource.query(`DO $$ BEGIN RAISE EXCEPTION 'canceling statement due to statement timeout' USING ERRCODE = 'query_canceled'; END $$`);
    }
    return list(target as typeof Domain);
  }) as typeof services.taxonomy.list;
  server = await createGraphQLServer(dataSource, await graphqlModules(services), pino({ level: 'silent' }), { production: false });
});

afterAll(async () => {
  await server.apollo.stop();
  await dataSource.destroy();
});

async function query(document: string) {
  const response = await server.apollo.executeOperation({ query: document }, { contextValue: server.contextFor() });
  if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
  return response.body.singleResult;
}

const TIMEOUT_ERROR = {
  message: 'The database took too long and cancelled the operation; ask for less (smaller pages, fewer lists) or try again.',
  locations: [{ line: 1, column: 3 }],
  extensions: { code: 'TIMEOUT' },
};

it('answers a cancelled statement as TIMEOUT, with no SQL or driver message', async () => {
  const result = await query('{ technologies { slug } }');
  expect(result.errors).toEqual([{ ...TIMEOUT_ERROR, path: ['technologies'] }]);
  expect(JSON.stringify(result)).not.toMatch(/RAISE|canceling|SELECT|57014/i);
});

it('cancels a statement past the timeout, and the client gets TIMEOUT (server and embedded database alike)', async () => {
  const started = Date.now();
  const result = await query('{ domains { slug } }');
  expect(Date.now() - started).toBeLessThan(900);
  expect(result.errors).toEqual([{ ...TIMEOUT_ERROR, path: ['domains'] }]);
  expect(JSON.stringify(result)).not.toMatch(/pg_sleep|canceling|SELECT/i);
});

it('gives every connection of the pool the timeout from its first statement', async () => {
  const runners = [dataSource.createQueryRunner(), dataSource.createQueryRunner()];
  try {
    const shown = await Promise.all(runners.map(async (runner) => ((await runner.query('SHOW statement_timeout')) as { statement_timeout: string }[])[0]));
    expect(shown).toEqual(runners.map(() => ({ statement_timeout: '50ms' })));
  } finally {
    await Promise.all(runners.map((runner) => runner.release()));
  }
});

it('leaves statements under the timeout alone', async () => {
  const result = await query('{ industries { slug } }');
  expect(result.errors).toBeUndefined();
  expect((result.data as { industries: unknown[] }).industries.length).toBeGreaterThan(0);
});

it('cancels a named prepared statement (preparedQuery) past the timeout too, and the same name runs again afterwards', async () => {
  const sleep = 'SELECT $1::int AS ms FROM pg_sleep($1::float8 / 1000)';
  await expect(preparedQuery(dataSource, sleep, [1000])).rejects.toMatchObject({ name: 'QueryFailedError', driverError: { code: '57014' } });
  expect(await preparedQuery(dataSource, sleep, [1])).toEqual([{ ms: 1 }]);
});
