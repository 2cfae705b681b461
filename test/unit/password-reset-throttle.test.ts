import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import {
  FAILED_RESETS_PER_IP,
  PasswordResetThrottle,
  RESET_REQUESTS_PER_EMAIL,
  redisPasswordResetLimiters,
} from '../../src/modules/accounts/password-reset-throttle';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

function throttle(perEmail: number, perIp: number, failedPerIp = 100) {
  return new PasswordResetThrottle({
    requestsByEmail: new RateLimiterMemory({ points: perEmail, duration: 60 }),
    requestsByIp: new RateLimiterMemory({ points: perIp, duration: 600 }),
    failedResetsByIp: new RateLimiterMemory({ points: failedPerIp, duration: 600 }),
  });
}

describe('PasswordResetThrottle', () => {
  it('counts every request per email, from any address, and then asks to wait up to the window', async () => {
    const t = throttle(3, 100);
    for (let i = 0; i < 3; i += 1) expect(await t.requested('a@x.example', `10.0.0.${i}`)).toBe(0);
    const wait = await t.requested('a@x.example', '10.0.0.9');
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(60_000);
    expect(await t.requested('b@x.example', '10.0.0.9')).toBe(0);
  });

  it('limits one address across many emails, without spending the budget of the emails it is refused for', async () => {
    const t = throttle(1, 2);
    expect(await t.requested('one@x.example', '10.0.1.1')).toBe(0);
    expect(await t.requested('two@x.example', '10.0.1.1')).toBe(0);
    expect(await t.requested('three@x.example', '10.0.1.1')).toBeGreaterThan(0);
    // three@ was refused at the address: from elsewhere it still gets its one request.
    expect(await t.requested('three@x.example', '10.0.1.2')).toBe(0);
  });

  it('refuses resets from an address once it has had its refused tokens', async () => {
    const t = throttle(100, 100, 2);
    expect(await t.resetWaitMs('10.0.2.1')).toBe(0);
    await t.resetFailed('10.0.2.1');
    await t.resetFailed('10.0.2.1');
    expect(await t.resetWaitMs('10.0.2.1')).toBeGreaterThan(0);
    expect(await t.resetWaitMs('10.0.2.2')).toBe(0);
  });
});

describe('PasswordResetThrottle in Redis', () => {
  const clients: Redis[] = [];
  const client = (url = REDIS_URL) => {
    const redis = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 500, lazyConnect: false });
    redis.on('error', () => undefined);
    clients.push(redis);
    return redis;
  };
  afterAll(() => clients.forEach((redis) => redis.disconnect()));
  const ready = (redis: Redis) => new Promise<void>((resolve) => (redis.status === 'ready' ? resolve() : redis.once('ready', () => resolve())));

  it('shares the counts between instances', async () => {
    const keyPrefix = `alliance-match-test:${randomUUID()}`;
    const [a, b] = [client(), client()];
    await Promise.all([ready(a), ready(b)]);
    const first = new PasswordResetThrottle(redisPasswordResetLimiters(a, keyPrefix));
    const second = new PasswordResetThrottle(redisPasswordResetLimiters(b, keyPrefix));
    for (let i = 0; i < RESET_REQUESTS_PER_EMAIL; i += 1) expect(await (i % 2 ? first : second).requested('shared@x.example', `10.1.0.${i}`)).toBe(0);
    expect(await first.requested('shared@x.example', '10.1.1.1')).toBeGreaterThan(0);
    for (let i = 0; i < FAILED_RESETS_PER_IP; i += 1) await (i % 2 ? first : second).resetFailed('10.1.2.1');
    expect(await first.resetWaitMs('10.1.2.1')).toBeGreaterThan(0);
    expect(await second.resetWaitMs('10.1.2.1')).toBeGreaterThan(0);
  });

  it('falls back to counting in memory while Redis is unreachable', async () => {
    const t = new PasswordResetThrottle(redisPasswordResetLimiters(client('redis://127.0.0.1:1'), `alliance-match-test:${randomUUID()}`));
    for (let i = 0; i < RESET_REQUESTS_PER_EMAIL; i += 1) expect(await t.requested('offline@x.example', `10.2.0.${i}`)).toBe(0);
    expect(await t.requested('offline@x.example', '10.2.1.1')).toBeGreaterThan(0);
  });
});
