// /healthz, /readyz and /metrics of the real Express app, in-process on a free port, over the
// test database: ready when it answers and is migrated, not ready when it is gone or behind.
import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import type { MigrationInterface } from 'typeorm';
import { loadConfig } from '../../src/config';
import { withSigningSecret } from '../../src/signing-secret';
import { createDataSource, AppDataSource } from '../../src/db/data-source';
import { entities } from '../../src/modules';
import { migrations } from '../../src/db/migrations';
import { createApp, type App } from '../../src/http/app';
import { TEST_JWT_SECRET, testDatabaseUrl } from '../support/test-env';

interface Running {
  base: string;
  dataSource: AppDataSource;
  close(): Promise<void>;
}

async function startApp(dataSource: AppDataSource): Promise<Running> {
  if (!dataSource.isInitialized) await dataSource.initialize();
  const app: App = await createApp(
    await withSigningSecret(loadConfig({ NODE_ENV: 'test', JWT_SECRET: TEST_JWT_SECRET })),
    dataSource,
    pino({ level: 'silent' }),
  );
  await new Promise<void>((resolve) => app.httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = app.httpServer.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    dataSource,
    async close() {
      await app.apollo.stop(); // its drain plugin closes the HTTP server
      await dataSource.destroy();
    },
  };
}

async function graphql(base: string, query: string, operationName?: string): Promise<void> {
  await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, operationName }) });
}

/** A migration this build would know but the database has not applied. */
class NotYetApplied1899999999999 implements MigrationInterface {
  name = 'NotYetApplied1899999999999';
  async up(): Promise<void> {}
  async down(): Promise<void> {}
}

describe('operations endpoints of a healthy app', () => {
  let app: Running;
  beforeAll(async () => {
    app = await startApp(createDataSource({ url: testDatabaseUrl(), poolSize: 2, entities }));
  });
  afterAll(async () => {
    await app.close();
  });

  it('/healthz says the process is up', async () => {
    const response = await fetch(`${app.base}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('/readyz is ready on a reachable, migrated database, and stays so', async () => {
    for (let i = 0; i < 2; i++) {
      const response = await fetch(`${app.base}/readyz`);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ status: 'ready', details: { database: 'ok' } });
    }
  });

  it('/metrics counts and times GraphQL operations by name and outcome, with pool and process metrics', async () => {
    await graphql(app.base, 'query DomainList { domains { slug } }');
    await graphql(app.base, 'query DomainList { domains { slug } }');
    await graphql(app.base, '{ organizations(first: 101) { totalCount } }');
    await graphql(app.base, `query ${'L'.repeat(65)} { domains { slug } }`);
    await graphql(app.base, 'query Broken { nope }');

    const response = await fetch(`${app.base}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await response.text();

    expect(text).toContain('# TYPE graphql_operations_total counter');
    expect(text).toContain('graphql_operations_total{operation="DomainList",outcome="ok"} 2');
    expect(text).toContain('graphql_operations_total{operation="anonymous",outcome="BAD_USER_INPUT"} 1');
    expect(text).toContain('graphql_operations_total{operation="invalid",outcome="ok"} 1');
    expect(text).toContain('graphql_operations_total{operation="Broken",outcome="GRAPHQL_VALIDATION_FAILED"} 1');
    expect(text).not.toContain('L'.repeat(65));
    // The second DomainList is a hit unless another test file wrote in between (test/integration/response-cache.test.ts proves hits).
    expect(text).toContain('# TYPE graphql_response_cache_hits_total counter');
    expect(text).not.toMatch(/^graphql_response_cache_hits_total\{operation="(anonymous|Broken)"\}/m);

    expect(text).toContain('# TYPE graphql_operation_duration_seconds histogram');
    expect(text).toMatch(/^graphql_operation_duration_seconds_bucket\{le="0\.005",operation="DomainList",outcome="ok"\} \d+$/m);
    expect(text).toContain('graphql_operation_duration_seconds_bucket{le="10",operation="DomainList",outcome="ok"} 2');
    expect(text).toContain('graphql_operation_duration_seconds_bucket{le="+Inf",operation="DomainList",outcome="ok"} 2');
    expect(text).toContain('graphql_operation_duration_seconds_count{operation="DomainList",outcome="ok"} 2');
    expect(text).toMatch(/^graphql_operation_duration_seconds_sum\{operation="DomainList",outcome="ok"\} [0-9.e-]+$/m);
    expect(text).toMatch(/^graphql_operations_in_flight 0$/m);

    const gauge = (name: string) => Number(new RegExp(`^${name} (\\d+)$`, 'm').exec(text)?.[1]);
    expect(gauge('db_pool_connections')).toBeGreaterThanOrEqual(1);
    expect(gauge('db_pool_connections')).toBeLessThanOrEqual(2);
    expect(gauge('db_pool_idle_connections')).toBeLessThanOrEqual(gauge('db_pool_connections'));
    expect(gauge('db_pool_waiting_clients')).toBe(0);
    expect(text).toMatch(/^process_cpu_user_seconds_total /m);
    expect(text).toMatch(/^nodejs_heap_size_used_bytes /m);
  });
});

describe('/readyz when the database is not usable', () => {
  it('answers 503 "database unreachable" once the pool is closed, without the driver message', async () => {
    const app = await startApp(createDataSource({ url: testDatabaseUrl(), poolSize: 1, entities }));
    try {
      await app.dataSource.destroy();
      const response = await fetch(`${app.base}/readyz`);
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ status: 'not ready', reason: 'database unreachable', details: { database: 'unreachable' } });
      // /healthz does not touch the database: the process is still alive.
      expect((await fetch(`${app.base}/healthz`)).status).toBe(200);
      const metrics = await (await fetch(`${app.base}/metrics`)).text();
      expect(metrics).toMatch(/^db_pool_connections 0$/m);
    } finally {
      await app.close();
    }
  });

  it('answers 503 "migrations pending" when this build has a migration the database lacks', async () => {
    const dataSource = new AppDataSource({
      type: 'postgres',
      url: testDatabaseUrl(),
      entities,
      migrations: [...migrations, NotYetApplied1899999999999],
      extra: { max: 1 },
    });
    const app = await startApp(dataSource);
    try {
      const response = await fetch(`${app.base}/readyz`);
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ status: 'not ready', reason: 'migrations pending', details: { database: 'migrations pending' } });
    } finally {
      await app.close();
    }
  });
});
