// Two built server processes on one PostgreSQL and one Redis (started here, so it can be restarted):
// a member subscribed on instance B hears, within a second, of the request sent through instance A;
// after a disconnect it resumes with its last cursor and gets exactly what it missed, in order;
// Redis restarted in the middle loses nothing (the event log is the truth, the poll catches up);
// a member of another organisation hears none of it.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDataSource, type AppDataSource } from '../../src/db/data-source';
import { entities } from '../../src/modules';
import { AccountRole, createTestAccount } from '../support/accounts';
import { subscribeToEvents, tokenFor, type EventSubscriber } from '../support/live-events';
import { assertBuilt, startServer, stopServer, userEnv, type ServerProcess } from '../support/server-process';
import { testDatabaseUrl } from '../support/test-env';
import { approvedOrganizations, deleteRequestsOf, orgId } from '../support/workflows';
import { freePort, redisAnswers } from '../support/private-redis';

jest.setTimeout(120_000);

let redis: ChildProcess | undefined;
let redisPort: number;
let a: ServerProcess;
let b: ServerProcess;
let dataSource: AppDataSource;
const dataDirs: string[] = [];
let x: number;
let y: number;
let z: number;
const token = { x: '', y: '', z: '' };
const open: EventSubscriber[] = [];

async function startRedis(): Promise<void> {
  redis = spawn('redis-server', ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  for (let i = 0; i < 50 && !(await redisAnswers(redisPort)); i++) await new Promise((resolve) => setTimeout(resolve, 100));
  expect(await redisAnswers(redisPort)).toBe(true);
}

async function stopRedis(): Promise<void> {
  const child = redis!;
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
}

function serverEnv(): NodeJS.ProcessEnv {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-match-live-'));
  dataDirs.push(dataDir);
  return userEnv(dataDir, { DATABASE_URL: testDatabaseUrl(), REDIS_URL: `redis://127.0.0.1:${redisPort}` });
}

async function gql(server: ServerProcess, who: keyof typeof token, query: string, variables: Record<string, unknown>) {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token[who]}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: any; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data;
}

const SEND = `mutation($input: SendPartnershipRequestInput!) { sendPartnershipRequest(input: $input) { request { id } userErrors { code } } }`;
const WITHDRAW = `mutation($input: WithdrawPartnershipRequestInput!) { withdrawPartnershipRequest(input: $input) { request { id } userErrors { code } } }`;
const ANSWER = `mutation($input: AnswerPartnershipRequestInput!) { answerPartnershipRequest(input: $input) { request { id } userErrors { code } } }`;

async function send(): Promise<string> {
  const data = await gql(a, 'x', SEND, { input: { toOrganizationId: orgId(y), message: 'Two instances' } });
  expect(data.sendPartnershipRequest.userErrors).toEqual([]);
  return data.sendPartnershipRequest.request.id;
}
async function withdraw(requestId: string): Promise<void> {
  const data = await gql(a, 'x', WITHDRAW, { input: { requestId } });
  expect(data.withdrawPartnershipRequest.userErrors).toEqual([]);
}

function subscribe(server: ServerProcess, who: keyof typeof token, after?: string | null): EventSubscriber {
  const s = subscribeToEvents(server.url, token[who], after);
  open.push(s);
  return s;
}

async function newestCursor(who: keyof typeof token): Promise<string | null> {
  return (await gql(b, who, '{ myEvents(first: 1) { pageInfo { endCursor } } }', {})).myEvents.pageInfo.endCursor;
}

beforeAll(async () => {
  assertBuilt();
  redisPort = await freePort();
  await startRedis();
  dataSource = createDataSource({ url: testDatabaseUrl(), poolSize: 2, entities });
  await dataSource.initialize();
  [x, y, z] = await approvedOrganizations(dataSource, 3, 160);
  await deleteRequestsOf(dataSource, [x, y, z]);
  token.x = await tokenFor(dataSource, (await createTestAccount(dataSource, AccountRole.MEMBER, x)).id);
  token.y = await tokenFor(dataSource, (await createTestAccount(dataSource, AccountRole.MEMBER, y)).id);
  token.z = await tokenFor(dataSource, (await createTestAccount(dataSource, AccountRole.MEMBER, z)).id);
  a = await startServer(serverEnv());
  b = await startServer(serverEnv());
});

afterAll(async () => {
  for (const s of open) await s.dispose().catch(() => undefined);
  for (const server of [a, b]) if (server) await stopServer(server.child);
  if (redis) await stopRedis();
  if (dataSource?.isInitialized) {
    await deleteRequestsOf(dataSource, [x, y, z]);
    await dataSource.destroy();
  }
  for (const dir of dataDirs) fs.rmSync(dir, { recursive: true, force: true });
});

describe('live events across two instances', () => {
  it('reach a subscriber on the other instance, survive a disconnect and a Redis restart, and stay in their audience', async () => {
    const ys = subscribe(b, 'y', await newestCursor('y'));
    const zs = subscribe(b, 'z', await newestCursor('z'));
    await new Promise((resolve) => setTimeout(resolve, 500));

    // 1. Sent through A, heard on B within a second (Redis pub/sub wakes B's tail reader).
    const sentAt = performance.now();
    const first = await send();
    const [heard] = await ys.waitFor(1, 1_000);
    expect(heard).toMatchObject({ type: 'PARTNERSHIP_REQUEST_SENT' });
    expect(heard!.receivedAt - sentAt).toBeLessThan(1_000);

    // 2. y drops off; two events happen, Redis dies between them.
    await ys.dispose();
    await withdraw(first);
    await stopRedis();
    const second = await send();

    // 3. y comes back (to B) with its last cursor: exactly those two, in order, from the log.
    const back = subscribe(b, 'y', heard!.cursor);
    const missed = await back.waitFor(2, 5_000);
    expect(missed.map((e) => e.type)).toEqual(['PARTNERSHIP_REQUEST_WITHDRAWN', 'PARTNERSHIP_REQUEST_SENT']);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(back.events).toHaveLength(2);

    // 4. Redis still down: a new event reaches B anyway, by its poll of the log.
    const answered = await gql(a, 'y', ANSWER, { input: { requestId: second, answer: 'DECLINED' } });
    expect(answered.answerPartnershipRequest.userErrors).toEqual([]);
    await back.waitFor(3, 5_000);
    expect(back.events[2]!.type).toBe('PARTNERSHIP_REQUEST_DECLINED');

    // 5. Redis back: wake-ups flow through it again, within a second.
    await startRedis();
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    const again = performance.now();
    await send();
    const all = await back.waitFor(4, 1_000);
    expect(all[3]!.receivedAt - again).toBeLessThan(1_000);

    // Nothing twice, ids increasing; the other organisation's member heard nothing.
    const ids = back.events.map((e) => e.cursor);
    expect(new Set(ids).size).toBe(ids.length);
    expect(back.errors).toEqual([]);
    expect(zs.events).toEqual([]);
    expect(zs.errors).toEqual([]);
  });

  it('closes subscriptions with 1001 (going away) when an instance shuts down', async () => {
    const ys = subscribe(b, 'y');
    await new Promise((resolve) => setTimeout(resolve, 300));
    await stopServer(b.child);
    expect(await ys.waitForClose()).toBe(1001);
  });
});
