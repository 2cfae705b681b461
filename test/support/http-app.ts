// The real Express app in-process on a free port over the test database, with the settings a test
// gives (as environment variables, validated like at start) and, optionally, its log lines.
import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { loadConfig } from '../../src/config';
import { createDataSource, type AppDataSource } from '../../src/db/data-source';
import { openDatabase } from '../../src/db/database';
import { entities } from '../../src/modules';
import { createApp, type App } from '../../src/http/app';
import { createLogger } from '../../src/logger';
import { withSigningSecret } from '../../src/signing-secret';
import { seedOnStart } from '../../seeds/on-start';
import { TEST_JWT_SECRET, testDatabaseUrl } from './test-env';

export interface RunningApp {
  /** e.g. http://127.0.0.1:41234 */
  base: string;
  graphql: string;
  app: App;
  dataSource: AppDataSource;
  /** Every line the app logged, parsed. */
  logLines(): Record<string, unknown>[];
  /** Everything the app logged, as written. */
  logText(): string;
  close(): Promise<void>;
}

/**
 * `databaseUrl`: another database than the test run's (say a fresh one a test created), migrated
 * here first. Either way the data is prepared as a start does (seedOnStart: the sample data when
 * the database is empty; the demo accounts with SEED_DEMO_ACCOUNTS=true).
 */
export async function startTestApp(env: Record<string, string> = {}, options: { databaseUrl?: string } = {}): Promise<RunningApp> {
  // The solver runs on the test's thread unless a test asks for threads (MATCHING_THREADS): the
  // worker is compiled JavaScript from dist/, which would be stale while src/ is being edited.
  const config = loadConfig({
    NODE_ENV: 'test',
    JWT_SECRET: TEST_JWT_SECRET,
    MATCHING_THREADS: '0',
    DATABASE_URL: options.databaseUrl ?? testDatabaseUrl(),
    ...env,
  });
  let dataSource: AppDataSource;
  if (options.databaseUrl) {
    dataSource = await openDatabase({ databaseUrl: options.databaseUrl, dataDir: '', poolSize: 2, entities }, createLogger('warn'));
  } else {
    dataSource = createDataSource({ url: testDatabaseUrl(), poolSize: 2, entities });
    await dataSource.initialize();
  }
  let written = '';
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      written += chunk.toString();
      done();
    },
  });
  const log = createLogger('info', sink);
  await seedOnStart(dataSource, config, log);
  const app = await createApp(await withSigningSecret(config), dataSource, log);
  await new Promise<void>((resolve) => app.httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = app.httpServer.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;
  return {
    base,
    graphql: `${base}/graphql`,
    app,
    dataSource,
    logText: () => written,
    logLines: () =>
      written
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Record<string, unknown>),
    async close() {
      await app.apollo.stop(); // its drain plugin closes the HTTP server
      await dataSource.destroy();
    },
  };
}

/** POSTs a GraphQL request as JSON; returns the status, headers and parsed body. */
export async function postGraphQL(url: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; headers: Headers; body: any }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // left as text: the assertion that follows shows it
  }
  return { status: response.status, headers: response.headers, body: parsed };
}
