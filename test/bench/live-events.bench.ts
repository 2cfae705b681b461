// `npm run bench:events`: 1,000 open graphql-ws subscriptions on one instance (the real HTTP app,
// in process), 100 events a second written through recordEvents (10 transactions a second); each
// event's audience is one of 100 organisations of 10 subscribed members, so every event fans out
// to 10 subscriptions (1,000 deliveries a second; BENCH_ORGANIZATIONS=10 makes it 100 and 10,000).
// Latency: from the writer's COMMIT to the client receiving the `next` message. The clients run on a worker thread, so they do not take the
// server's event loop. Memory: the process's RSS (server and clients: both sides of each socket)
// and the server thread's heap, before and with the subscriptions open.
// Uses DATABASE_URL (a migrated, seeded database such as the tests'); cleans up what it wrote.
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { loadConfig } from '../../src/config';
import { createDataSource } from '../../src/db/data-source';
import { createApp } from '../../src/http/app';
import { createLogger } from '../../src/logger';
import { entities } from '../../src/modules';
import { TokenService } from '../../src/modules/accounts/tokens';
import { recordEvents } from '../../src/modules/events/event-log';
import { withSigningSecret } from '../../src/signing-secret';
import { tokenSettings } from '../../src/config';

const SUBSCRIPTIONS = Number(process.env.BENCH_SUBSCRIPTIONS ?? 1_000);
/** Subscribers are spread over this many organisations; each event goes to one, so to SUBSCRIPTIONS / ORGANIZATIONS subscriptions. */
const ORGANIZATIONS = Number(process.env.BENCH_ORGANIZATIONS ?? 100);
const EVENTS_PER_SECOND = Number(process.env.BENCH_EVENTS_PER_SECOND ?? 100);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const WARM_UP_SECONDS = 3;

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('Set DATABASE_URL to a migrated, seeded database (e.g. the tests’ one).');
  const config = loadConfig({ ...process.env, NODE_ENV: 'test', JWT_SECRET: randomBytes(32).toString('base64url'), MATCHING_THREADS: '0', LOG_LEVEL: 'warn' });
  const dataSource = createDataSource({ url, poolSize: 20, entities });
  await dataSource.initialize();
  const signed = await withSigningSecret(config);
  const app = await createApp(signed, dataSource, createLogger('warn'));
  await new Promise<void>((resolve) => app.httpServer.listen(0, '127.0.0.1', resolve));
  const wsUrl = `ws://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}/graphql`;

  const organizations: number[] = (
    await dataSource.query(`SELECT id FROM organization WHERE membership_status = 'APPROVED' ORDER BY id DESC LIMIT $1`, [ORGANIZATIONS])
  ).map((r: { id: number }) => r.id);
  console.error('bench: making accounts');
  const tag = `bench-${randomBytes(4).toString('hex')}`;
  const accounts: { id: number; token_generation: number; organization_id: number }[] = await dataSource.query(
    `INSERT INTO account (email, password_hash, role, organization_id, team_role)
     SELECT $1 || '-' || i || '@bench.example', 'x', 'MEMBER', ($2::int[])[1 + i % $3], 'MEMBER' FROM generate_series(0, $4 - 1) AS i
     RETURNING id, token_generation, organization_id`,
    [tag, organizations, organizations.length, SUBSCRIPTIONS],
  );
  const tokens = new TokenService(tokenSettings(signed));
  const firstEventId = Number((await dataSource.query('SELECT COALESCE(max(id), 0) AS id FROM event'))[0].id);

  global.gc?.();
  const before = process.memoryUsage();
  const committedAt = new Map<number, number>();
  const latencies: number[] = [];
  let measuring = false;
  /** Events written while measuring (not the warm-up's). */
  const measured = new Set<number>();
  let received = 0;
  const tokenList: string[] = [];
  for (const account of accounts) tokenList.push((await tokens.issue({ id: account.id, tokenGeneration: account.token_generation })).token);
  console.error(`bench: connecting ${accounts.length} clients`);
  const worker = new Worker(__filename, { workerData: { wsUrl, tokens: tokenList } });
  let connected = 0;
  worker.on('message', (message: { connected?: number; received?: [number, number][] }) => {
    if (message.connected) connected = message.connected;
    for (const [id, at] of message.received ?? []) {
      const committed = measured.has(id) ? committedAt.get(id) : undefined;
      if (committed === undefined) continue;
      received++;
      latencies.push(at - committed);
    }
  });
  worker.on('error', (error) => console.error('client thread failed', error));
  while (connected < accounts.length || app.liveEvents.size < accounts.length) await new Promise((resolve) => setTimeout(resolve, 50));
  global.gc?.();
  const open = process.memoryUsage();

  // Writers: every 100 ms one transaction with a tenth of a second's events, each for one
  // organisation in turn. (One transaction per event serialises on the event log's lock; on a
  // shared two-core machine PostgreSQL managed about 30 of those a second, not 100.)
  const PER_TICK = EVENTS_PER_SECOND / 10;
  let written = 0;
  const write = async () => {
    const drafts = Array.from({ length: PER_TICK }, () => {
      const organizationId = organizations[written++ % organizations.length]!;
      return {
        type: 'PARTNERSHIP_REQUEST_SENT' as const,
        subject: { type: 'Organization', id: organizationId },
        actorAccountId: null,
        audience: { organizationIds: [organizationId] },
        summary: { ko: '벤치마크 이벤트입니다.', en: 'A benchmark event.' },
        data: { bench: tag },
      };
    });
    const ids = await dataSource.transaction((em) => recordEvents(em, drafts));
    const at = performance.timeOrigin + performance.now();
    for (const id of ids) {
      committedAt.set(id, at);
      if (measuring) measured.add(id);
    }
  };
  const run = async (seconds: number) => {
    const started = performance.now();
    const pending: Promise<void>[] = [];
    for (let i = 0; i < seconds * 10; i++) {
      const due = started + i * 100;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      pending.push(write());
    }
    await Promise.all(pending);
    return (performance.now() - started) / 1000;
  };
  console.error('bench: writing events');
  await run(WARM_UP_SECONDS);
  await new Promise((resolve) => setTimeout(resolve, 500));
  measuring = true;
  const elapsed = await run(SECONDS);
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  measuring = false;
  const peak = process.memoryUsage();
  const expected = SECONDS * EVENTS_PER_SECOND * (SUBSCRIPTIONS / ORGANIZATIONS);
  latencies.sort((p, q) => p - q);

  console.log(
    `live events: ${SUBSCRIPTIONS} subscriptions on one instance (${ORGANIZATIONS} organisations), ${EVENTS_PER_SECOND} events/s in 10 transactions/s ` +
      `for ${SECONDS} s, each event to ${SUBSCRIPTIONS / ORGANIZATIONS} subscriptions (${(EVENTS_PER_SECOND * SUBSCRIPTIONS) / ORGANIZATIONS} deliveries/s)`,
  );
  console.log(`  written ${SECONDS * EVENTS_PER_SECOND} events in ${elapsed.toFixed(1)} s; deliveries ${received} of ${expected} expected`);
  console.log(
    `  delivery latency (COMMIT -> client): median ${pct(latencies, 50).toFixed(1)} ms, p95 ${pct(latencies, 95).toFixed(1)} ms, p99 ${pct(latencies, 99).toFixed(1)} ms, max ${latencies[latencies.length - 1]?.toFixed(1)} ms`,
  );
  console.log(`  p95 under 200 ms: ${pct(latencies, 95) < 200 ? 'yes' : 'NO'}`);
  console.log(
    `  memory: RSS ${mb(before.rss)} before, ${mb(open.rss)} with the subscriptions open (${((open.rss - before.rss) / SUBSCRIPTIONS / 1024).toFixed(1)} KB each, client and server side), ${mb(peak.rss)} after the run; heap ${mb(open.heapUsed)} -> ${mb(peak.heapUsed)}`,
  );

  await worker.terminate();
  await app.apollo.stop();
  await dataSource.query(`DELETE FROM event WHERE id > $1 AND data->>'bench' = $2`, [firstEventId, tag]);
  await dataSource.query(`DELETE FROM account WHERE email LIKE $1`, [`${tag}-%`]);
  await dataSource.destroy();
}

/** The client thread: one graphql-ws client per token, each subscribed to myEvents; reports (event id, time received) in batches. */
async function clients(): Promise<void> {
  const { wsUrl, tokens } = workerData as { wsUrl: string; tokens: string[] };
  let connected = 0;
  let pending: [number, number][] = [];
  const all: Client[] = [];
  setInterval(() => {
    parentPort!.postMessage({ connected, received: pending });
    pending = [];
  }, 100);
  // In waves of 50, as clients of a real deployment arrive, not all in the same millisecond.
  for (const [i, token] of tokens.entries()) {
    if (i % 50 === 0) while (connected < i) await new Promise((resolve) => setTimeout(resolve, 10));
    const client = createClient({
      url: wsUrl,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
      lazy: false,
      retryAttempts: 0,
    });
    client.on('connected', () => {
      connected++;
    });
    client.subscribe<{ myEvents: { id: string } }>(
      { query: 'subscription { myEvents { id cursor type summary } }' },
      {
        next: (result) => {
          const id = Number(Buffer.from(result.data!.myEvents.id, 'base64url').toString().split(':')[1]);
          pending.push([id, performance.timeOrigin + performance.now()]);
        },
        error: (error) => console.error('subscription error', error),
        complete: () => undefined,
      },
    );
    all.push(client);
  }
}

if (isMainThread) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
} else {
  void clients();
}
