/**
 * The layers' boundaries (docs/architecture.md, "Boundaries"), checked by `npm run lint`:
 * the matching core is a library of its own; the database and GraphQL layers know nothing of the
 * feature modules, which hand them their registries (src/modules/index.ts); nothing imports the
 * composition root; no import cycles, type-only imports included.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'matching-is-pure',
      comment: 'src/matching is a numerical library: plain types in, plain results out; it imports nothing of the app.',
      severity: 'error',
      from: { path: '^src/matching/' },
      to: { path: '^(src/(?!matching/)|seeds/|test/|ormconfig)' },
    },
    {
      name: 'matching-has-no-frameworks',
      comment: 'No GraphQL, database or HTTP packages in the matching core.',
      severity: 'error',
      from: { path: '^src/matching/' },
      to: { dependencyTypes: ['npm', 'npm-dev'], path: 'node_modules/(graphql|type-graphql|typeorm|pg|express|@apollo|dataloader|ioredis)/' },
    },
    {
      name: 'db-knows-no-modules',
      comment: 'src/db is the database layer: entities and anything else of a module are passed in (src/modules/index.ts).',
      severity: 'error',
      from: { path: '^src/db/' },
      to: { path: '^src/(modules|graphql|http)/' },
    },
    {
      name: 'graphql-knows-no-modules',
      comment: 'src/graphql is GraphQL machinery: resolvers, loader groups and node fetchers are passed in (src/modules/index.ts).',
      severity: 'error',
      from: { path: '^src/graphql/' },
      to: { path: '^src/modules/' },
    },
    {
      name: 'nothing-imports-the-composition-root',
      comment: 'src/index.ts, src/http/app.ts and src/cli/ put the app together; src/services.ts is read by the modules only for its type.',
      severity: 'error',
      from: { path: '^src/(?!index\\.ts|http/app\\.ts|cli/)' },
      to: { path: '^src/(index\\.ts|http/app\\.ts|cli/)' },
    },
    {
      name: 'layers-below-know-no-services',
      comment: 'The database, GraphQL and matching layers do not know the application services.',
      severity: 'error',
      from: { path: '^src/(db|graphql|matching)/' },
      to: { path: '^src/services\\.ts$' },
    },
    {
      name: 'console-is-a-client',
      comment: 'src/console is a browser app talking GraphQL over HTTP: it imports nothing of the server (its types come from the schema).',
      severity: 'error',
      from: { path: '^src/console/' },
      to: { path: '^(src/(?!console/)|seeds/|test/|ormconfig)' },
    },
    {
      name: 'server-knows-no-console',
      comment: 'The server serves the built console from dist/console as files; it imports none of its code.',
      severity: 'error',
      from: { path: '^(src/(?!console/)|seeds/|ormconfig)' },
      to: { path: '^src/console/' },
    },
    {
      name: 'src-does-not-import-tests',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^test/' },
    },
    {
      name: 'no-circular',
      comment: 'No import cycles, type-only imports included (tsPreCompilationDeps).',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|node_modules)/' },
    // Type-only imports (`import type`) are dependencies too: a cycle through types is still a cycle.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    // mainFields: type-only packages (the console's typed documents' @graphql-typed-document-node/core) have no main file.
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'], mainFields: ['main', 'types', 'typings'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
