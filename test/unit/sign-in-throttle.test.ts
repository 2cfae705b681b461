import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { FAILURES_PER_EMAIL, redisLimiters, SignInThrottle } from '../../src/modules/accounts/sign-in-throttle';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

function throttle(perEmail: number, perIp: number) {
  return new SignInThrottle({
    byEmail: new RateLimiterMemory({ points: perEmail, duration: 60 }),
    byIp: new RateLimiterMemory({ points: perIp, duration: 600 }),
  });
}

describe('SignInThrottle', () => {
  it('allows attempts until an email has used up its failures, then asks to wait up to the window', async () => {
    const t = throttle(3, 100);
    for (let i = 0; i < 3; i += 1) {
      expect(await t.waitMs('a@x.example', '10.0.0.1')).toBe(0);
      await t.failed('a@x.example', '10.0.0.1');
    }
    const wait = await t.waitMs('a@x.example', '10.0.0.1');
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(60_000);
    // Another address for the same email is refused too; another email from the same address is not.
    expect(await t.waitMs('a@x.example', '10.0.0.2')).toBeGreaterThan(0);
    expect(await t.waitMs('b@x.example', '10.0.0.1')).toBe(0);
  });

  it('limits one address across many emails', async () => {
    const t = throttle(100, 4);
    for (let i = 0; i < 4; i += 1) await t.failed(`user${i}@x.example`, '10.0.0.9');
    expect(await t.waitMs('fresh@x.example', '10.0.0.9')).toBeGreaterThan(0);
    expect(await t.waitMs('fresh@x.example', '10.0.0.10')).toBe(0);
  });

  it("clears an email's failures on success but keeps the address's", async () => {
    const t = throttle(2, 3);
    await t.failed('c@x.example', '10.0.0.5');
    await t.failed('c@x.example', '10.0.0.5');
    expect(await t.waitMs('c@x.example', '10.0.0.6')).toBeGreaterThan(0);
    await t.succeeded('c@x.example');
    expect(await t.waitMs('c@x.example', '10.0.0.6')).toBe(0);
    await t.failed('d@x.example', '10.0.0.5');
    expect(await t.waitMs('e@x.example', '10.0.0.5')).toBeGreaterThan(0);
  });
});

describe('SignInThrottle in Redis', () => {
  const clients: Redis[] = [];
  const client = (url = REDIS_URL) => {
    const redis = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 500, lazyConnect: false });
    redis.on('error', () => undefined);
    clients.push(redis);
    return redis;
  };
  afterAll(() => clients.forEach((redis) => redis.disconnect()));
  const ready = (redis: Redis) => new Promise<void>((resolve) => (redis.status === 'ready' ? resolve() : redis.once('ready', () => resolve())));

  it('shares the failure counts between instances', async () => {
    const keyPrefix = `alliance-match-test:${randomUUID()}`;
    const [a, b] = [client(), client()];
    await Promise.all([ready(a), ready(b)]);
    const first = new SignInThrottle(redisLimiters(a, keyPrefix));
    const second = new SignInThrottle(redisLimiters(b, keyPrefix));
    for (let i = 0; i < FAILURES_PER_EMAIL; i += 1) await (i % 2 ? first : second).failed('shared@x.example', `10.1.0.${i}`);
    expect(await first.waitMs('shared@x.example', '10.1.1.1')).toBeGreaterThan(0);
    expect(await second.waitMs('shared@x.example', '10.1.1.2')).toBeGreaterThan(0);
    await second.succeeded('shared@x.example');
    expect(await first.waitMs('shared@x.example', '10.1.1.1')).toBe(0);
  });

  it('falls back to counting in memory while Redis is unreachable', async () => {
    const t = new SignInThrottle(redisLimiters(client('redis://127.0.0.1:1'), `alliance-match-test:${randomUUID()}`));
    for (let i = 0; i < FAILURES_PER_EMAIL; i += 1) await t.failed('offline@x.example', '10.2.0.1');
    expect(await t.waitMs('offline@x.example', '10.2.0.2')).toBeGreaterThan(0);
    expect(await t.waitMs('other@x.example', '10.2.0.2')).toBe(0);
  });
});
