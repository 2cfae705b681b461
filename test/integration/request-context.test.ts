import 'reflect-metadata';
import { Writable } from 'node:stream';
import pino from 'pino';
import { createDataSource, type AppDataSource } from '../../src/db/data-source';
import { entities, graphqlModules } from '../../src/modules';
import { createGraphQLServer, type GraphQLServer } from '../../src/graphql/server';
import { createServices } from '../../src/services';
import { testDatabaseUrl, testTokenSettings } from '../support/test-env';

/** The request's logger: made only when something logs through it, with the request's id, on every copy of the context. */
let dataSource: AppDataSource;
let server: GraphQLServer;
let lines: Record<string, unknown>[] = [];
const root = pino(
  { level: 'info' },
  new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(
        ...chunk
          .toString()
          .split('\n')
          .filter(Boolean)
          .map((line) => JSON.parse(line)),
      );
      done();
    },
  }),
);

beforeAll(async () => {
  dataSource = createDataSource({ url: testDatabaseUrl(), poolSize: 2, entities });
  await dataSource.initialize();
  server = await createGraphQLServer(dataSource, await graphqlModules(createServices(dataSource, testTokenSettings())), root, { production: false });
});

afterAll(async () => {
  await server.apollo.stop();
  await dataSource.destroy();
});

beforeEach(() => {
  lines = [];
  jest.restoreAllMocks();
});

it('makes no child logger for a request that logs nothing through it, though Apollo copies the context', async () => {
  const child = jest.spyOn(root, 'child');
  const context = server.contextFor({ requestId: 'quiet-1' });
  const response = await server.apollo.executeOperation({ query: '{ domains { slug } }' }, { contextValue: context });
  expect(response.body.kind === 'single' && response.body.singleResult.errors).toBeFalsy();
  expect(child).not.toHaveBeenCalled();
  expect(Object.keys(context)).not.toContain('log');
});

it('logs with the request id through the context and through the copy Apollo makes of it', () => {
  const context = server.contextFor({ requestId: 'loud-1' });
  // What Apollo does to each operation's context (ApolloServer's cloneObject).
  const copy = Object.assign(Object.create(Object.getPrototypeOf(context)), context) as typeof context;
  copy.log.warn('from the copy');
  context.log.warn('from the context');
  expect(context.log).toBe(context.log);
  expect(lines.map((line) => [line.msg, line.requestId])).toEqual([
    ['from the copy', 'loud-1'],
    ['from the context', 'loud-1'],
  ]);
});
