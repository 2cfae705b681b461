// Automatic persisted queries (APQ), and the allow-list mode of PERSISTED_QUERIES_ONLY.
import fs from 'node:fs';
import path from 'node:path';
import { documentHash } from '../../src/graphql/persisted/allow-list';
import { committedAllowList } from '../../src/graphql/persisted/committed-allow-list';
import { Kind, parse, print } from 'graphql';
import { AccountRole, createTestAccount } from '../support/accounts';
import { postGraphQL, startTestApp, type RunningApp } from '../support/http-app';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { tokenFor } from '../support/live-events';
import { approvedOrganizations } from '../support/workflows';

const persisted = (sha256Hash: string) => ({ persistedQuery: { version: 1, sha256Hash } });
const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '../../schema/persisted-operations.json'), 'utf8')) as {
  operations: { id: string; name: string; body: string }[];
};
const taxonomy = manifest.operations.find((o) => o.name === 'Taxonomy')!;

describe('APQ (always on)', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it('asks for the document the first time, then runs it by hash alone', async () => {
    // A document no other test sends, so the per-process APQ cache cannot know it yet.
    const query = `query ApqProbe { domains { slug } technologies { slug } } # ${Date.now()}`;
    const hash = documentHash(query);

    const unknown = await postGraphQL(app.graphql, { extensions: persisted(hash) });
    expect(unknown.body.errors).toEqual([expect.objectContaining({ extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } })]);

    const registered = await postGraphQL(app.graphql, { query, extensions: persisted(hash) });
    expect(registered.status).toBe(200);
    expect(registered.body.data.domains.length).toBeGreaterThan(0);

    const byHash = await postGraphQL(app.graphql, { extensions: persisted(hash) });
    expect(byHash.status).toBe(200);
    expect(byHash.body.data).toEqual(registered.body.data);
  });

  it('knows the committed documents, the console ones among them, from the start: a hash alone runs on the first request', async () => {
    const byHash = await postGraphQL(app.graphql, { extensions: persisted(taxonomy.id) });
    expect(byHash.status).toBe(200);
    expect(byHash.body.data.domains.length).toBeGreaterThan(0);
    // The console's documents are listed as codegen printed them (src/console/gql/persisted-documents.json).
    const consoleDocuments = JSON.parse(fs.readFileSync(path.join(__dirname, '../../src/console/gql/persisted-documents.json'), 'utf8')) as Record<
      string,
      string
    >;
    const listed = new Set(manifest.operations.map((o) => o.id));
    expect(Object.keys(consoleDocuments).filter((id) => !listed.has(id))).toEqual([]);
  });

  it('refuses a document whose hash does not match', async () => {
    const response = await postGraphQL(app.graphql, { query: '{ domains { slug } }', extensions: persisted(documentHash('{ industries { slug } }')) });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([{ message: 'provided sha does not match query', extensions: { code: 'BAD_REQUEST' } }]);
  });

  it('refuses an APQ version it does not know with a coded 400', async () => {
    const response = await postGraphQL(app.graphql, { query: '{ domains { slug } }', extensions: { persistedQuery: { version: 2, sha256Hash: 'x' } } });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([{ message: 'Unsupported persisted query version', extensions: { code: 'BAD_REQUEST' } }]);
  });
});

describe('allow-list mode (PERSISTED_QUERIES_ONLY=true)', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startTestApp({ PERSISTED_QUERIES_ONLY: 'true' });
  });
  afterAll(async () => {
    await app.close();
  });

  it('runs a listed document by hash alone, with no registration first', async () => {
    const response = await postGraphQL(app.graphql, { extensions: persisted(taxonomy.id) });
    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data.domains.length).toBeGreaterThan(0);
  });

  it('runs a listed document sent as text', async () => {
    const response = await postGraphQL(app.graphql, { query: taxonomy.body });
    expect(response.status).toBe(200);
    expect(response.body.data.pilotCities.length).toBe(2);
  });

  it('refuses any other document with 403 PERSISTED_QUERY_NOT_ALLOWED, before running it', async () => {
    const response = await postGraphQL(app.graphql, { query: '{ domains { slug } }' });
    expect(response.status).toBe(403);
    expect(response.body).toEqual({
      errors: [
        {
          message: 'This server runs only persisted operations, and this document is not on its allow-list.',
          extensions: { code: 'PERSISTED_QUERY_NOT_ALLOWED' },
        },
      ],
    });
    // The same document with whitespace changed is another document.
    const reformatted = await postGraphQL(app.graphql, { query: `${taxonomy.body}\n` });
    expect(reformatted.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_ALLOWED');
    const korean = await postGraphQL(app.graphql, { query: '{ domains { slug } }' }, { 'accept-language': 'ko' });
    expect(korean.body.errors[0].message).toBe('이 서버는 등록된(persisted) 오퍼레이션만 실행하며, 이 문서는 허용 목록에 없습니다.');
  });

  it('lets a WebSocket subscribe only to listed documents, as the console prints them, and refuses others before running them', async () => {
    const member = await createTestAccount(app.dataSource, AccountRole.MEMBER, (await approvedOrganizations(app.dataSource, 1, 40))[0]);
    const token = await tokenFor(app.dataSource, member.id);
    const liveEvents = manifest.operations.find((o) => o.name === 'LiveEvents')!;
    // What urql sends for it: the operation first, then its fragment, printed over several lines.
    const definitions = parse(liveEvents.body).definitions;
    const operationFirst = [
      ...definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION),
      ...definitions.filter((d) => d.kind !== Kind.OPERATION_DEFINITION),
    ];
    const asSent = operationFirst.map((d) => print(d)).join('\n');
    expect(asSent).not.toBe(liveEvents.body);
    const outcomes = async () => {
      const text = await (await fetch(`${app.base}/metrics`)).text();
      const count = (outcome: string) => Number(new RegExp(`^ws_subscribe_total\\{outcome="${outcome}"\\} (\\d+)`, 'm').exec(text)?.[1] ?? 0);
      return { ok: count('ok'), refused: count('PERSISTED_QUERY_NOT_ALLOWED') };
    };
    const before = await outcomes();
    const client = createClient({
      url: app.graphql.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
      retryAttempts: 0,
    });
    const errors: Record<'listed' | 'other', unknown[]> = { listed: [], other: [] };
    const sink = (which: 'listed' | 'other') => ({
      next: (result: { errors?: readonly unknown[] }) => errors[which].push(...(result.errors ?? [])),
      error: (error: unknown) => errors[which].push(error),
      complete: () => {},
    });
    const unsubscribe = [
      client.subscribe({ query: asSent, variables: { lang: 'KO' } }, sink('listed')),
      client.subscribe({ query: 'subscription { myEvents { id } }' }, sink('other')),
    ];
    try {
      for (let i = 0; i < 100 && errors.other.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(JSON.stringify(errors.other)).toContain('PERSISTED_QUERY_NOT_ALLOWED');
      for (let i = 0; i < 100 && (await outcomes()).ok === before.ok; i++) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(await outcomes()).toEqual({ ok: before.ok + 1, refused: before.refused + 1 });
      expect(errors.listed).toEqual([]);
    } finally {
      for (const stop of unsubscribe) stop();
      await client.dispose();
    }
  });

  it('does not let APQ registration add a document to the list', async () => {
    const query = 'query Sneaky { organizations(first: 100) { totalCount } }';
    const hash = documentHash(query);
    const register = await postGraphQL(app.graphql, { query, extensions: persisted(hash) });
    expect(register.status).toBe(403);
    expect(register.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_ALLOWED');
    const byHash = await postGraphQL(app.graphql, { extensions: persisted(hash) });
    expect(byHash.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(byHash.body.data).toBeUndefined();
  });

  it('labels metrics only with allow-listed operation names', async () => {
    await postGraphQL(app.graphql, { query: 'query NotListed { domains { slug } }' });
    const metrics = await (await fetch(`${app.base}/metrics`)).text();
    expect(metrics).toContain('graphql_operations_total{operation="Taxonomy",outcome="ok"}');
    expect(metrics).toMatch(/^graphql_operations_total\{operation="other",outcome="PERSISTED_QUERY_NOT_ALLOWED"\} [1-9]/m);
    expect(metrics).not.toContain('NotListed');
  });
});

describe('the committed allow-list', () => {
  it('names each document by the SHA-256 of its text', () => {
    const allowList = committedAllowList();
    expect(manifest.operations.length).toBeGreaterThanOrEqual(5);
    for (const operation of manifest.operations) {
      expect(operation.id).toBe(documentHash(operation.body));
      expect(allowList.document(operation.id)).toBe(operation.body);
    }
  });
});
