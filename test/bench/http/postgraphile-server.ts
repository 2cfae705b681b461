// Child process of the HTTP benchmark: PostGraphile 4 in library mode over the same database, set
// up the way its documentation recommends for production. Environment: BENCH_DATABASE_URL,
// BENCH_POOL_SIZE, PORT. Prints `ready <port>` when it serves.
import http from 'node:http';
import Module from 'node:module';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { Pool } from 'pg';
import { PLANNER_SETTINGS } from '../../../src/db/planner-settings';

// Our graphql@16 sits at the top of node_modules, so npm gave PostGraphile's packages two private
// copies each of graphql@15 and graphile-build; types made by one copy fail the other's checks
// ("Unexpected input type: Int" on every function field). Resolve both to PostGraphile's own copy.
const postgraphileDir = path.dirname(require.resolve('postgraphile/package.json'));
type Resolve = (request: string, parent: unknown, isMain: boolean, options?: unknown) => string;
const moduleInternals = Module as unknown as { _resolveFilename: Resolve };
const resolveFilename = moduleInternals._resolveFilename;
moduleInternals._resolveFilename = function (this: unknown, request, parent, isMain, options) {
  if (/^(graphql|graphile-build)(\/|$)/.test(request)) return resolveFilename.call(this, request, parent, isMain, { paths: [postgraphileDir] });
  return resolveFilename.call(this, request, parent, isMain, options);
};
// Loaded only now, so every copy of it sees the hook.
const { postgraphile } = require('postgraphile') as typeof import('postgraphile');

async function main(): Promise<void> {
  const url = process.env.BENCH_DATABASE_URL;
  if (!url) throw new Error('BENCH_DATABASE_URL is not set');
  // The same pool size as our server (DB_POOL_SIZE), so neither side gets more database, and the
  // same planner settings on its connections as ours (PLANNER_SETTINGS), so neither gets better plans.
  const pool = new Pool({ connectionString: url, max: Number(process.env.BENCH_POOL_SIZE ?? 10), options: PLANNER_SETTINGS });
  const handler = postgraphile(pool, ['public', 'bench'], {
    // Production settings: no GraphiQL, no query log, no schema watching, no stack traces.
    graphiql: false,
    enhanceGraphiql: false,
    disableQueryLog: true,
    watchPg: false,
    showErrorStack: false,
    extendedErrors: [],
    retryOnInitFail: false,
    // Read-only comparison: no generated mutations. Relations and ordering only where an index
    // backs them (what PostGraphile advises for production), plain lists next to connections.
    disableDefaultMutations: true,
    ignoreIndexes: false,
    simpleCollections: 'both',
    legacyRelations: 'omit',
    setofFunctionsContainNulls: false,
    // jsonb as JSON values, like our `evidence` objects, not strings.
    dynamicJson: true,
    enableQueryBatching: false,
  });
  const server = http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', resolve));
  process.stdout.write(`ready ${(server.address() as AddressInfo).port}\n`);
  const stop = () => {
    server.close();
    pool.end().finally(() => process.exit(0));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`postgraphile failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
