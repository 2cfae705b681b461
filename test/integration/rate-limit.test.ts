// Rate limiting by query cost: per client (token, else IP), in memory or shared through Redis,
// with a 429 and Retry-After once the budget is spent, and the budget left on every answer.
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import pino from 'pino';
import { createCostRateLimiter, type CostRateLimiter } from '../../src/graphql/limits/rate-limit';
import { createGraphQLServer, type GraphQLServer } from '../../src/graphql/server';
import { graphqlModules } from '../../src/modules';
import { createServices } from '../../src/services';
import { AccountRole, createTestAccount } from '../support/accounts';
import { createTestApi, type TestApi } from '../support/api';
import { postGraphQL, startTestApp, type RunningApp } from '../support/http-app';
import { testTokenSettings } from '../support/test-env';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
// 1 for the connection + 9 organisations: costs 10.
const TEN = '{ organizations(first: 9) { edges { node { slug } } } }';

describe('over HTTP, in memory (RATE_LIMIT_COST=50 per 60 s)', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startTestApp({ RATE_LIMIT_COST: '50', RATE_LIMIT_WINDOW_SECONDS: '60' });
  });
  afterAll(async () => {
    await app.close();
  });

  it('answers until the budget is spent, reporting what is left, then refuses with 429 RATE_LIMITED and Retry-After', async () => {
    for (let i = 1; i <= 5; i++) {
      const response = await postGraphQL(app.graphql, { query: TEN });
      expect(response.status).toBe(200);
      expect(response.body.errors).toBeUndefined();
      expect(response.headers.get('ratelimit-limit')).toBe('50');
      expect(response.headers.get('ratelimit-remaining')).toBe(String(50 - 10 * i));
      expect(Number(response.headers.get('ratelimit-reset'))).toBeGreaterThan(0);
      expect(response.body.extensions.rateLimit).toBeUndefined();
    }

    const refused = await postGraphQL(app.graphql, { query: TEN });
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(refused.body.data).toBeUndefined();
    expect(refused.body.errors).toEqual([
      {
        message: expect.stringMatching(/^This operation costs 10 and your budget of 50 per window has 0 left; try again in \d+ s\.$/),
        extensions: { code: 'RATE_LIMITED', rateLimit: { limit: 50, remaining: 0, resetAt: expect.any(String) } },
      },
    ]);
    expect(new Date(refused.body.errors[0].extensions.rateLimit.resetAt).getTime()).toBeGreaterThan(Date.now());
  });

  it('keeps a separate budget per signed-in account', async () => {
    const viewer = await createTestAccount(app.dataSource, AccountRole.MEMBER);
    const { token } = await app.app.services.tokens.issue(viewer);
    const response = await postGraphQL(app.graphql, { query: TEN }, { authorization: `Bearer ${token}` });
    expect(response.status).toBe(200);
    expect(response.headers.get('ratelimit-remaining')).toBe('40');
  });
});

describe('the cost limiter', () => {
  const quiet = pino({ level: 'silent' });

  it('refills once the window is over', async () => {
    const limiter = createCostRateLimiter({ points: 10, windowSeconds: 1, log: quiet })!;
    expect((await limiter.charge('ip:a', 10))?.allowed).toBe(true);
    expect((await limiter.charge('ip:a', 1))?.allowed).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect(await limiter.charge('ip:a', 10)).toEqual(expect.objectContaining({ allowed: true, remaining: 0 }));
    await limiter.close();
  });

  it('is off when RATE_LIMIT_COST is 0', () => {
    expect(createCostRateLimiter({ points: 0, windowSeconds: 60, log: quiet })).toBeUndefined();
  });

  describe('in Redis', () => {
    const keyPrefix = `alliance-match-test:${randomUUID()}`;
    let first: CostRateLimiter;
    let second: CostRateLimiter;
    beforeAll(async () => {
      first = createCostRateLimiter({ points: 30, windowSeconds: 60, redisUrl: REDIS_URL, keyPrefix, log: quiet })!;
      second = createCostRateLimiter({ points: 30, windowSeconds: 60, redisUrl: REDIS_URL, keyPrefix, log: quiet })!;
      // Connect before the first charge: without an offline queue a charge on a connecting client fails open.
      await new Promise((resolve) => setTimeout(resolve, 300));
    });
    afterAll(async () => {
      await first.close();
      await second.close();
    });

    it('shares one budget between server instances', async () => {
      expect(await first.charge('ip:shared', 20)).toEqual(expect.objectContaining({ allowed: true, limit: 30, remaining: 10 }));
      expect(await second.charge('ip:shared', 10)).toEqual(expect.objectContaining({ allowed: true, remaining: 0 }));
      expect(await first.charge('ip:shared', 1)).toEqual(expect.objectContaining({ allowed: false, remaining: 0 }));
      expect(await second.charge('ip:other', 30)).toEqual(expect.objectContaining({ allowed: true, remaining: 0 }));
    });

    it('refuses over-budget operations through Apollo with 429', async () => {
      const api: TestApi = await createTestApi();
      let server: GraphQLServer | undefined;
      try {
        server = await createGraphQLServer(api.dataSource, await graphqlModules(createServices(api.dataSource, testTokenSettings())), quiet, {
          production: false,
          rateLimiter: first,
        });
        const run = () => server!.apollo.executeOperation({ query: TEN }, { contextValue: server!.contextFor({ clientIp: '10.0.0.7' }) });
        for (let i = 0; i < 3; i++) {
          const ok = await run();
          expect(ok.body.kind === 'single' && ok.body.singleResult.errors).toBeUndefined();
        }
        const refused = await run();
        expect(refused.http.status).toBe(429);
        expect(refused.http.headers.get('retry-after')).toMatch(/^\d+$/);
        expect(refused.body.kind === 'single' && refused.body.singleResult.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
      } finally {
        await server?.apollo.stop();
        await api.close();
      }
    });
  });

  it('fails open, with a warning, when Redis cannot be reached', async () => {
    let logged = '';
    const log = pino(
      { level: 'warn' },
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          logged += chunk.toString();
          done();
        },
      }),
    );
    // Nothing listens on port 1.
    const limiter = createCostRateLimiter({ points: 5, windowSeconds: 60, redisUrl: 'redis://127.0.0.1:1', keyPrefix: 'unused', log })!;
    try {
      for (let i = 0; i < 3; i++) expect(await limiter.charge('ip:a', 5)).toBeNull();
      expect(logged).toContain('rate-limit store (Redis) unavailable');
      // One warning, not one per request.
      expect(logged.match(/rate-limit store/g)).toHaveLength(1);
    } finally {
      await limiter.close();
    }
  });
});
