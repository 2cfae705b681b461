// `npm run persisted:build` turns the documents under schema/operations/, and the console's (as
// `npm run codegen` printed them), into the allow-list schema/persisted-operations.json; `--check` fails when the committed file is stale or a
// document no longer validates against the schema.
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse, print, validate, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { buildAppSchema } from '../modules';
import { documentHash, type PersistedOperation, type PersistedQueryManifest } from '../graphql/persisted/allow-list';

/** The repository: the nearest folder above with a package.json (this file runs from src/ in tests, dist/src/ otherwise). */
function projectRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no package.json above ${from}`);
  }
}

const ROOT = projectRoot(__dirname);
export const OPERATIONS_DIR = path.join(ROOT, 'schema/operations');
export const MANIFEST_FILE = path.join(ROOT, 'schema/persisted-operations.json');
/** The console's operations as it sends them (by hash), written by `npm run codegen`. */
export const CONSOLE_DOCUMENTS_FILE = path.join(ROOT, 'src/console/gql/persisted-documents.json');

/**
 * One persisted operation per `.graphql` file: exactly one named operation (plus the fragments it
 * uses), printed in graphql-js's canonical form, so the hash does not depend on comments or layout.
 */
export function persistedOperation(file: string, source: string, schema: GraphQLSchema): PersistedOperation {
  const document = parse(source);
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (operations.length !== 1 || !operations[0]!.name) throw new Error(`${file}: must hold exactly one named operation`);
  const problems = validate(schema, document);
  if (problems.length > 0) throw new Error(`${file}: ${problems.map((p) => p.message).join('; ')}`);
  const body = print(document);
  return { id: documentHash(body), name: operations[0]!.name.value, type: operations[0]!.operation, body };
}

/**
 * The console's documents exactly as codegen printed them (their hash is what the console sends),
 * so that PERSISTED_QUERIES_ONLY lets the console run.
 */
export function consoleOperations(schema: GraphQLSchema, file = CONSOLE_DOCUMENTS_FILE): PersistedOperation[] {
  if (!fs.existsSync(file)) return [];
  const documents = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;
  return Object.entries(documents)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, body]) => {
      const document = parse(body);
      const problems = validate(schema, document);
      if (problems.length > 0) throw new Error(`console document ${id}: ${problems.map((p) => p.message).join('; ')}`);
      const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
      if (!operation) throw new Error(`console document ${id} holds no operation`);
      if (documentHash(body) !== id) throw new Error(`console document ${id}: its id is not the SHA-256 of its text; run \`npm run codegen\``);
      return { id, name: operation.name?.value ?? null, type: operation.operation, body };
    });
}

export async function renderManifest(operationsDir = OPERATIONS_DIR, consoleDocuments = CONSOLE_DOCUMENTS_FILE): Promise<string> {
  const schema = await buildAppSchema();
  const files = fs
    .readdirSync(operationsDir)
    .filter((f) => f.endsWith('.graphql'))
    .sort();
  const published = files.map((file) => persistedOperation(file, fs.readFileSync(path.join(operationsDir, file), 'utf8'), schema));
  const names = published.map((o) => o.name);
  const duplicate = names.find((name, i) => names.indexOf(name) !== i);
  if (duplicate) throw new Error(`operation name ${duplicate} is used by two documents`);
  const publishedIds = new Set(published.map((o) => o.id));
  const operations = [...published, ...consoleOperations(schema, consoleDocuments).filter((o) => !publishedIds.has(o.id))];
  const manifest: PersistedQueryManifest = { format: 'apollo-persisted-query-manifest', version: 1, operations };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

async function main(): Promise<void> {
  const manifest = await renderManifest();
  const relative = path.relative(process.cwd(), MANIFEST_FILE);
  if (process.argv.includes('--check')) {
    const committed = fs.existsSync(MANIFEST_FILE) ? fs.readFileSync(MANIFEST_FILE, 'utf8') : '';
    if (committed !== manifest) {
      process.stderr.write(`${relative} is out of date with schema/operations/: run \`npm run persisted:build\` and commit it.\n`);
      process.exit(1);
    }
    process.stdout.write(`${relative} is up to date.\n`);
    return;
  }
  fs.writeFileSync(MANIFEST_FILE, manifest);
  process.stdout.write(`wrote ${relative}\n`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
