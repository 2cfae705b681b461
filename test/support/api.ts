import 'reflect-metadata';
import type { GraphQLFormattedError } from 'graphql';
import pino from 'pino';
import type { Logger as TypeOrmLogger } from 'typeorm';
import { createDataSource, type AppDataSource } from '../../src/db/data-source';
import { entities, graphqlModules } from '../../src/modules';
import { readDataVersion } from '../../src/db/data-version';
import { createServices } from '../../src/services';
import { createGraphQLServer, type GraphQLServer } from '../../src/graphql/server';
import { accountFromAuthorization } from '../../src/http/authentication';
import { viewerOf, type Viewer } from '../../src/modules/accounts/tokens';
import { createMailer } from '../../src/mail/mailer';
import { testDatabaseUrl, testTokenSettings } from './test-env';
import type { Clock } from '../../src/clock';

/** PUBLIC_URL of the in-process test API: mailed links start with it. */
export const TEST_PUBLIC_URL = 'https://portal.alliance.test';

export interface Result<T = Record<string, any>> {
  data?: T | null;
  errors?: readonly GraphQLFormattedError[];
}

/** Counts the SQL statements TypeORM sends, so tests can check batching. */
export class StatementCounter implements TypeOrmLogger {
  statements: string[] = [];
  logQuery(query: string): void {
    this.statements.push(query);
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

export interface TestApi {
  dataSource: AppDataSource;
  counter: StatementCounter;
  /**
   * Runs one operation, anonymously or as `viewer`; `clientIp` is the caller's address (127.0.0.1 unless given) for per-client limits;
   * `acceptLanguage` is the request's Accept-Language header (none unless given).
   */
  query<T = Record<string, any>>(
    document: string,
    variables?: Record<string, unknown>,
    viewer?: Viewer | null,
    options?: { clientIp?: string; acceptLanguage?: string },
  ): Promise<Result<T>>;
  /** What the server makes of `Authorization: Bearer <token>`: the token's account as stored now. */
  viewerFor(token: string): Promise<Viewer>;
  /** Runs one operation as the HTTP server does for `Authorization: Bearer <token>`: the account read, then the operation. */
  queryWithToken<T = Record<string, any>>(document: string, token: string): Promise<Result<T>>;
  close(): Promise<void>;
}

/** The real schema and services over the test database, driven in-process (no HTTP); `responseCache` as the server has it by default. */
/** `smtpUrl`: send mail to this (test) SMTP server; otherwise mails are written to a temporary outbox. */
/** `databaseUrl`: another (migrated) database than the shared test one, for a test that needs the whole of a table to itself. */
/** `clock`: the time expiry reads (a TestClock the test moves); the system clock otherwise. */
export async function createTestApi(options: { responseCache?: boolean; smtpUrl?: string; databaseUrl?: string; clock?: Clock } = {}): Promise<TestApi> {
  const counter = new StatementCounter();
  const dataSource = createDataSource({ url: options.databaseUrl ?? testDatabaseUrl(), poolSize: 2, logger: counter, entities });
  await dataSource.initialize();
  const mail = options.smtpUrl
    ? {
        mailer: createMailer({ smtpUrl: options.smtpUrl, from: 'Alliance Match <no-reply@alliance-match.test>', outboxDir: '' }, pino({ level: 'silent' })),
        publicUrl: TEST_PUBLIC_URL,
      }
    : undefined;
  const services = createServices(dataSource, testTokenSettings(), { mail, clock: options.clock });
  const server: GraphQLServer = await createGraphQLServer(dataSource, await graphqlModules(services), pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }), {
    production: false,
    responseCache: options.responseCache ? { maxBytes: 2 ** 20, dataVersion: () => readDataVersion(dataSource) } : undefined,
  });
  return {
    dataSource,
    counter,
    async query<T>(
      document: string,
      variables?: Record<string, unknown>,
      viewer: Viewer | null = null,
      options: { clientIp?: string; acceptLanguage?: string } = {},
    ) {
      // Round-trip through JSON as HTTP would: undefined variables are left out, not sent as null.
      const sent = variables && (JSON.parse(JSON.stringify(variables)) as Record<string, unknown>);
      const response = await server.apollo.executeOperation(
        { query: document, variables: sent },
        { contextValue: server.contextFor({ viewer, clientIp: options.clientIp, acceptLanguage: options.acceptLanguage }) },
      );
      if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
      return response.body.singleResult as Result<T>;
    },
    async queryWithToken<T>(document: string, token: string) {
      const account = await accountFromAuthorization(`Bearer ${token}`, services);
      const response = await server.apollo.executeOperation({ query: document }, { contextValue: server.contextFor({ account }) });
      if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
      return response.body.singleResult as Result<T>;
    },
    async viewerFor(token: string) {
      return viewerOf(await services.accounts.signedIn(await services.tokens.verify(token)));
    },
    async close() {
      services.mail.mailer.close();
      await server.apollo.stop();
      await dataSource.destroy();
    },
  };
}
