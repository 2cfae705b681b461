// `npm run bench:events`: 1,000 open graphql-ws subscriptions on one instance (the real HTTP app,
// in process), 100 events a second written through recordEvents in their own transactions; each
// event's audience is one of 10 organisations of 100 subscribed members, so every event fans out to
// 100 subscriptions (10,000 deliveries a second). Latency: from the writer's COMMIT to the client
// receiving the `next` message. Memory: the process's RSS and heap before and with the subscriptions
// (clients and server share the process, so the figure covers both sides of each socket).
// Uses DATABASE_URL (a migrated, seeded database such as the tests'); cleans up what it wrote.
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
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
const ORGANIZATIONS = 10;
const EVENTS_PER_SECOND = Number(process.env.BENCH_EVENTS_PER_SECOND ?? 100);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const WARM_UP_SECONDS = 3;

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('Set DATABASE_URL to a migrated, seeded database (e.g. the tests’ one).');
  const config = loadConfig({ ...process.env, NODE_ENV: 'test', JWT_SECRET: randomBytes(32).toString('base64url'), MATCHING_THREADS: '0', LOG_LEVEL: 'warn' });
  const dataSource = createDataSource({ url, poolSize: 10, entities });
  await dataSource.initialize();
  const app = await createApp(await withSigningSecret(config), dataSource, createLogger('warn'));
  await new Promise<void>((resolve) => app.httpServer.listen(0, '127.0.0.1', resolve));
  const wsUrl = `ws://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}/graphql`;

  const organizations: number[] = (
    await dataSource.query(`SELECT id FROM organization WHERE membership_status = 'APPROVED' ORDER BY id DESC LIMIT $1`, [ORGANIZATIONS])
  ).map((r: { id: number }) => r.id);
  const tag = `bench-${randomBytes(4).toString('hex')}`;
  const accounts: { id: number; token_generation: number; organization_id: number }[] = await dataSource.query(
    `INSERT INTO account (email, password_hash, role, organization_id, team_role)
     SELECT $1 || '-' || i || '@bench.example', 'x', 'MEMBER', ($2::int[])[1 + i % $3], 'MEMBER' FROM generate_series(0, $4 - 1) AS i
     RETURNING id, token_generation, organization_id`,
    [tag, organizations, organizations.length, SUBSCRIPTIONS],
  );
  const tokens = new TokenService(tokenSettings(config));
  const firstEventId = Number((await dataSource.query('SELECT COALESCE(max(id), 0) AS id FROM event'))[0].id);

  global.gc?.();
  const before = process.memoryUsage();
  const committedAt = new Map<number, number>();
  const latencies: number[] = [];
  let measuring = false;
  let received = 0;
  const clients: Client[] = [];
  let ready = 0;
  for (const account of accounts) {
    const { token } = await tokens.issue({ id: account.id, tokenGeneration: account.token_generation });
    const client = createClient({
      url: wsUrl,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
      lazy: false,
      retryAttempts: 0,
    });
    client.on('connected', () => ready++);
    client.subscribe<{ myEvents: { cursor: string; summary: string } }>(
      { query: 'subscription { myEvents { id cursor type summary } }' },
      {
        next: (result) => {
          received++;
          const id = Number(Buffer.from(result.data!.myEvents.id, 'base64url').toString().split(':')[1]);
          const at = committedAt.get(id);
          if (measuring && at !== undefined) latencies.push(performance.now() - at);
        },
        error: (error) => console.error('subscription error', error),
        complete: () => undefined,
      },
    );
    clients.push(client);
  }
  while (ready < accounts.length || app.liveEvents.size < accounts.length) await new Promise((resolve) => setTimeout(resolve, 50));
  global.gc?.();
  const open = process.memoryUsage();

  // Writers: EVENTS_PER_SECOND transactions a second, each one event for one organisation.
  let written = 0;
  const write = async () => {
    const organizationId = organizations[written++ % organizations.length]!;
    let id = 0;
    await dataSource.transaction(async (em) => {
      [id] = await recordEvents(em, [
        {
          type: 'PARTNERSHIP_REQUEST_SENT',
          subject: { type: 'Organization', id: organizationId },
          actorAccountId: null,
          audience: { organizationIds: [organizationId] },
          summary: { ko: '벤치마크 이벤트입니다.', en: 'A benchmark event.' },
          data: { bench: tag },
        },
      ]);
    });
    committedAt.set(id!, performance.now());
  };
  const run = async (seconds: number) => {
    const started = performance.now();
    const pending: Promise<void>[] = [];
    for (let i = 0; i < seconds * EVENTS_PER_SECOND; i++) {
      const due = started + (i * 1000) / EVENTS_PER_SECOND;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      pending.push(write());
    }
    await Promise.all(pending);
    return (performance.now() - started) / 1000;
  };
  await run(WARM_UP_SECONDS);
  await new Promise((resolve) => setTimeout(resolve, 500));
  measuring = true;
  const receivedBefore = received;
  const elapsed = await run(SECONDS);
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  measuring = false;
  const peak = process.memoryUsage();
  const expected = SECONDS * EVENTS_PER_SECOND * (SUBSCRIPTIONS / ORGANIZATIONS);
  latencies.sort((p, q) => p - q);

  console.log(
    `live events: ${SUBSCRIPTIONS} subscriptions on one instance, ${EVENTS_PER_SECOND} events/s for ${SECONDS} s, each to ${SUBSCRIPTIONS / ORGANIZATIONS} subscriptions`,
  );
  console.log(`  written ${SECONDS * EVENTS_PER_SECOND} events in ${elapsed.toFixed(1)} s; deliveries ${received - receivedBefore} of ${expected} expected`);
  console.log(
    `  delivery latency (COMMIT -> client): median ${pct(latencies, 50).toFixed(1)} ms, p95 ${pct(latencies, 95).toFixed(1)} ms, p99 ${pct(latencies, 99).toFixed(1)} ms, max ${latencies[latencies.length - 1]?.toFixed(1)} ms`,
  );
  console.log(`  p95 under 200 ms: ${pct(latencies, 95) < 200 ? 'yes' : 'NO'}`);
  console.log(
    `  memory: RSS ${mb(before.rss)} before, ${mb(open.rss)} with the subscriptions open (${((open.rss - before.rss) / SUBSCRIPTIONS / 1024).toFixed(1)} KB each, client and server side), ${mb(peak.rss)} after the run; heap ${mb(open.heapUsed)} -> ${mb(peak.heapUsed)}`,
  );

  for (const client of clients) await client.dispose();
  await app.apollo.stop();
  await dataSource.query(`DELETE FROM event WHERE id > $1 AND data->>'bench' = $2`, [firstEventId, tag]);
  await dataSource.query(`DELETE FROM account WHERE email LIKE $1`, [`${tag}-%`]);
  await dataSource.destroy();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
