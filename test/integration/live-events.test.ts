// The notification centre (myEvents, markEventsRead) and live events over graphql-ws, on the real
// HTTP server in process: events made by real mutations, read back as their audience may.
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { CONNECTION_INIT_TIMEOUT_MS, MAX_SUBSCRIPTIONS_PER_CONNECTION, TOKEN_EXPIRED_CLOSE_CODE } from '../../src/http/subscriptions';
import { AccountRole, createTestAccount, TeamRole } from '../support/accounts';
import { postGraphQL, startTestApp, type RunningApp } from '../support/http-app';
import { EVENT_FIELDS, subscribeToEvents, tokenFor, type EventSubscriber } from '../support/live-events';
import { approvedOrganizations, deleteRequestsOf, orgId } from '../support/workflows';

let server: RunningApp;
let x: number;
let y: number;
let z: number;
/** Tokens of one member of each organisation; `yMate` is a second member of y. */
const token: Record<'x' | 'y' | 'z' | 'yMate', string> = { x: '', y: '', z: '', yMate: '' };
let yMateId: number;
const open: EventSubscriber[] = [];

// This file's own slice of approved organisations.
beforeAll(async () => {
  server = await startTestApp();
  [x, y, z] = await approvedOrganizations(server.dataSource, 3, 150);
  await deleteRequestsOf(server.dataSource, [x, y, z]);
  const ds = server.dataSource;
  token.x = await tokenFor(ds, (await createTestAccount(ds, AccountRole.MEMBER, x)).id);
  token.y = await tokenFor(ds, (await createTestAccount(ds, AccountRole.MEMBER, y)).id);
  token.z = await tokenFor(ds, (await createTestAccount(ds, AccountRole.MEMBER, z)).id);
  yMateId = (await createTestAccount(ds, AccountRole.MEMBER, y, TeamRole.MEMBER)).id;
  token.yMate = await tokenFor(ds, yMateId);
});
afterAll(async () => {
  for (const s of open) await s.dispose();
  await deleteRequestsOf(server.dataSource, [x, y, z]);
  await server.close();
});

async function gql(who: keyof typeof token, query: string, variables: Record<string, unknown> = {}) {
  const response = await postGraphQL(server.graphql, { query, variables }, { authorization: `Bearer ${token[who]}` });
  expect(response.body.errors).toBeUndefined();
  return response.body.data;
}

const SEND = `mutation($input: SendPartnershipRequestInput!) { sendPartnershipRequest(input: $input) { request { id } userErrors { code } } }`;
const WITHDRAW = `mutation($input: WithdrawPartnershipRequestInput!) { withdrawPartnershipRequest(input: $input) { request { id } userErrors { code } } }`;
const MY_EVENTS = `query($first: Int, $after: String, $unreadOnly: Boolean) {
  myEvents(first: $first, after: $after, unreadOnly: $unreadOnly) {
    totalCount unreadCount pageInfo { hasNextPage endCursor }
    edges { cursor node { ${EVENT_FIELDS} subject { id __typename } actor { email } } }
  } }`;
const MARK = `mutation($input: MarkEventsReadInput!) { markEventsRead(input: $input) { unreadCount userErrors { field code } } }`;

async function send(from: 'x', to: number): Promise<string> {
  const data = await gql(from, SEND, { input: { toOrganizationId: orgId(to), message: 'Live events test' } });
  expect(data.sendPartnershipRequest.userErrors).toEqual([]);
  return data.sendPartnershipRequest.request.id;
}
async function withdraw(requestId: string): Promise<void> {
  const data = await gql('x', WITHDRAW, { input: { requestId } });
  expect(data.withdrawPartnershipRequest.userErrors).toEqual([]);
}
function subscribe(who: keyof typeof token | null, after?: string | null): EventSubscriber {
  const s = subscribeToEvents(server.graphql, who ? token[who] : null, after);
  open.push(s);
  return s;
}
/** The newest cursor of y's events now, so a subscription after it misses nothing whenever it is registered. */
async function newestCursor(who: keyof typeof token): Promise<string | null> {
  return (await gql(who, MY_EVENTS, { first: 1 })).myEvents.pageInfo.endCursor;
}

describe('the notification centre', () => {
  it('pages the events of my organisation newest first, with read state, unreadCount and markEventsRead', async () => {
    const before = (await gql('y', MY_EVENTS, { first: 1 })).myEvents;
    const first = await send('x', y);
    await withdraw(first);
    await send('x', y);
    const page1 = (await gql('y', MY_EVENTS, { first: 2 })).myEvents;
    expect(page1.totalCount).toBe(before.totalCount + 3);
    expect(page1.unreadCount).toBe(before.unreadCount + 3);
    expect(page1.edges.map((e: any) => e.node.type)).toEqual(['PARTNERSHIP_REQUEST_SENT', 'PARTNERSHIP_REQUEST_WITHDRAWN']);
    expect(page1.edges[1].node.subject).toEqual({ id: first, __typename: 'PartnershipRequest' });
    expect(page1.edges[0].node.summaryKo).toMatch(/협력을 요청했습니다/);
    expect(page1.edges[0].node.summary).toMatch(/asked .* to partner/);
    // The actor is another organisation's member: hidden from y.
    expect(page1.edges[0].node.actor).toBeNull();
    expect(page1.edges[0].cursor).toBe(page1.edges[0].node.cursor);
    const page2 = (await gql('y', MY_EVENTS, { first: 1, after: page1.pageInfo.endCursor })).myEvents;
    expect(page2.edges[0].node.type).toBe('PARTNERSHIP_REQUEST_SENT');
    expect(page2.edges[0].node.subject.id).toBe(first);

    // The sender's organisation sees the same events; its own member as the actor.
    const xs = (await gql('x', MY_EVENTS, { first: 1 })).myEvents;
    expect(xs.edges[0].node.id).toBe(page1.edges[0].node.id);
    expect(xs.edges[0].node.actor).toEqual({ email: expect.stringMatching(/^member-/) });

    // Mark one read, then everything up to the oldest of the three.
    const newest = page1.edges[0].node;
    const marked = await gql('y', MARK, { input: { eventIds: [newest.id] } });
    expect(marked.markEventsRead).toEqual({ unreadCount: before.unreadCount + 2, userErrors: [] });
    const upTo = await gql('y', MARK, { input: { upTo: page2.edges[0].cursor } });
    expect(upTo.markEventsRead.unreadCount).toBe(1);
    const after = (await gql('y', MY_EVENTS, { first: 3 })).myEvents;
    expect(after.edges.map((e: any) => e.node.read)).toEqual([true, false, true]);
    const unread = (await gql('y', MY_EVENTS, { first: 10, unreadOnly: true })).myEvents;
    expect(unread.edges.map((e: any) => e.node.id)).toEqual([page1.edges[1].node.id]);
    expect(unread.totalCount).toBe(1);

    // Another organisation's member sees none of it, by list or by id, and cannot mark it.
    const zs = (await gql('z', MY_EVENTS, { first: 100 })).myEvents;
    expect(zs.edges.map((e: any) => e.node.id)).not.toContain(newest.id);
    expect((await gql('z', `query($id: ID!) { node(id: $id) { id } }`, { id: newest.id })).node).toBeNull();
    expect((await gql('y', `query($id: ID!) { node(id: $id) { ... on Event { type } } }`, { id: newest.id })).node).toEqual({
      type: 'PARTNERSHIP_REQUEST_SENT',
    });
    const refused = await gql('z', MARK, { input: { eventIds: [newest.id] } });
    expect(refused.markEventsRead).toEqual({ unreadCount: null, userErrors: [{ field: ['input', 'eventIds', '0'], code: 'NOT_FOUND' }] });
    const empty = await gql('z', MARK, { input: {} });
    expect(empty.markEventsRead.userErrors[0].code).toBe('BAD_USER_INPUT');
    await withdraw(page1.edges[0].node.subject.id);
  });

  it('is for signed-in accounts only', async () => {
    const response = await postGraphQL(server.graphql, { query: '{ myEvents { totalCount } }' });
    expect(response.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});

describe('live events over graphql-ws', () => {
  it('delivers a new event to its audience within a second, and nothing to others', async () => {
    const ys = subscribe('y', await newestCursor('y'));
    const zs = subscribe('z', await newestCursor('z'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const sentAt = performance.now();
    const request = await send('x', y);
    const [event] = await ys.waitFor(1, 1_000);
    expect(event).toMatchObject({ type: 'PARTNERSHIP_REQUEST_SENT', read: false });
    expect(event!.receivedAt - sentAt).toBeLessThan(1_000);
    await withdraw(request);
    await ys.waitFor(2);
    expect(ys.events.map((e) => e.type)).toEqual(['PARTNERSHIP_REQUEST_SENT', 'PARTNERSHIP_REQUEST_WITHDRAWN']);
    expect(zs.events).toEqual([]);
    expect(ys.errors).toEqual([]);

    // Resuming after the first: exactly the second, from the log, then live.
    const resumed = subscribe('y', ys.events[0]!.cursor);
    const [replayed] = await resumed.waitFor(1);
    expect(replayed!.id).toBe(ys.events[1]!.id);
    const third = await send('x', y);
    await resumed.waitFor(2);
    await ys.waitFor(3);
    expect(resumed.events.map((e) => e.id)).toEqual(ys.events.slice(1).map((e) => e.id));
    await withdraw(third);
    await resumed.waitFor(3);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(resumed.events).toHaveLength(3);
    expect(zs.events).toEqual([]);
  });

  it('stops delivering to a member removed from the organisation, at once', async () => {
    const mate = subscribe('yMate', await newestCursor('yMate'));
    const ys = subscribe('y', await newestCursor('y'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const request = await send('x', y);
    await mate.waitFor(1);
    await server.dataSource.query('UPDATE account SET organization_id = NULL, team_role = NULL WHERE id = $1', [yMateId]);
    await withdraw(request);
    await ys.waitFor(2);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(mate.events.map((e) => e.type)).toEqual(['PARTNERSHIP_REQUEST_SENT']);
    await server.dataSource.query('UPDATE account SET organization_id = $2, team_role = $3 WHERE id = $1', [yMateId, y, TeamRole.MEMBER]);
  });

  it('closes a connection whose token is wrong with 4403, and refuses anonymous subscriptions', async () => {
    const forged = subscribeToEvents(server.graphql, `${token.y.slice(0, -4)}AAAA`);
    open.push(forged);
    expect(await forged.waitForClose()).toBe(4403);
    const anonymous = subscribe(null);
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no error')), 5_000);
      const check = setInterval(() => {
        if (anonymous.errors.length > 0) {
          clearTimeout(timer);
          clearInterval(check);
          resolve();
        }
      }, 20);
    });
    expect(JSON.stringify(anonymous.errors)).toContain('UNAUTHENTICATED');
  });

  it(`holds at most ${MAX_SUBSCRIPTIONS_PER_CONNECTION} subscriptions on one connection`, async () => {
    const client = createClient({
      url: server.graphql.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token.y}` },
    });
    const errors: unknown[] = [];
    const unsubscribe = Array.from({ length: MAX_SUBSCRIPTIONS_PER_CONNECTION + 1 }, () =>
      client.subscribe(
        { query: 'subscription { myEvents { id } }' },
        { next: () => undefined, error: (error) => errors.push(error), complete: () => undefined },
      ),
    );
    for (let i = 0; i < 250 && errors.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(errors).toHaveLength(1);
    expect(JSON.stringify(errors[0])).toContain('TOO_MANY_SUBSCRIPTIONS');
    for (const stop of unsubscribe) stop();
    await client.dispose();
  });

  it('closes a connection when its access token expires (4403), so a token lives no longer on a socket than over HTTP', async () => {
    const shortLived = subscribeToEvents(server.graphql, await tokenFor(server.dataSource, yMateId, 2));
    open.push(shortLived);
    const opened = Date.now();
    expect(await shortLived.waitForClose()).toBe(TOKEN_EXPIRED_CLOSE_CODE);
    // Not before the token's expiry (issued for 2 s, rounded down to whole seconds).
    expect(Date.now() - opened).toBeGreaterThanOrEqual(900);
  });

  it('closes a connection that never sends connection_init with 4408', async () => {
    const socket = new WebSocket(server.graphql.replace(/^http/, 'ws'), 'graphql-transport-ws');
    const started = Date.now();
    const code = await new Promise<number>((resolve) => socket.once('close', (closeCode) => resolve(closeCode)));
    expect(code).toBe(4408);
    expect(Date.now() - started).toBeGreaterThanOrEqual(CONNECTION_INIT_TIMEOUT_MS - 100);
  });

  it('answers a document that does not validate with GRAPHQL_VALIDATION_FAILED, as over HTTP', async () => {
    const bad = subscribeToEvents(server.graphql, token.y, null, 'subscription { myEvents { nope } }');
    open.push(bad);
    for (let i = 0; i < 100 && bad.errors.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(JSON.stringify(bad.errors)).toContain('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(bad.errors)).toContain('nope');
  });

  it('refuses a cursor that is not an event cursor', async () => {
    const bad = subscribe('y', 'not-a-cursor');
    for (let i = 0; i < 100 && bad.errors.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(JSON.stringify(bad.errors)).toContain('BAD_USER_INPUT');
  });
});

describe('operations over WebSocket count like operations over HTTP', () => {
  let limited: RunningApp;
  beforeAll(async () => {
    // A budget of 3 per minute: the fourth subscribe of one account is refused.
    limited = await startTestApp({ RATE_LIMIT_COST: '3', RATE_LIMIT_WINDOW_SECONDS: '60' });
  });
  afterAll(() => limited.close());

  it('charges each subscribe to the account’s rate budget, refuses past it with RATE_LIMITED, and shows up in /metrics', async () => {
    const client = createClient({
      url: limited.graphql.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token.z}` },
    });
    const errors: unknown[] = [];
    const stops = Array.from({ length: 4 }, () =>
      client.subscribe(
        { query: 'subscription { myEvents { id } }' },
        { next: () => undefined, error: (error) => errors.push(error), complete: () => undefined },
      ),
    );
    for (let i = 0; i < 250 && errors.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(errors).toHaveLength(1);
    expect(JSON.stringify(errors[0])).toContain('RATE_LIMITED');
    const metrics = await (await fetch(`${limited.base}/metrics`)).text();
    expect(metrics).toMatch(/^ws_connections 1$/m);
    expect(metrics).toMatch(/^ws_subscribe_total\{outcome="ok"\} 3$/m);
    expect(metrics).toMatch(/^ws_subscribe_total\{outcome="RATE_LIMITED"\} 1$/m);
    for (const stop of stops) stop();
    await client.dispose();
  });
});
