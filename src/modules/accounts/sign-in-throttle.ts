import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible';

/** Failed sign-ins allowed per email address per window: slows password guessing against one account. */
export const FAILURES_PER_EMAIL = 5;
export const EMAIL_WINDOW_SECONDS = 15 * 60;
/** Failed sign-ins allowed per client address per window: slows guessing across many accounts. */
export const FAILURES_PER_IP = 50;
export const IP_WINDOW_SECONDS = 60 * 60;

export interface SignInLimiters {
  byEmail: RateLimiterAbstract;
  byIp: RateLimiterAbstract;
}

/** In-process counters; inject Redis-backed ones (RateLimiterRedis) so several instances share them. */
export function memoryLimiters(): SignInLimiters {
  return {
    byEmail: new RateLimiterMemory({ keyPrefix: 'sign-in-email', points: FAILURES_PER_EMAIL, duration: EMAIL_WINDOW_SECONDS }),
    byIp: new RateLimiterMemory({ keyPrefix: 'sign-in-ip', points: FAILURES_PER_IP, duration: IP_WINDOW_SECONDS }),
  };
}

/**
 * Counters in Redis, shared by every instance (REDIS_URL). While Redis is unreachable each instance
 * falls back to its own memory counters (the insurance limiter) rather than refusing sign-ins.
 */
export function redisLimiters(redis: Redis, keyPrefix = 'alliance-match:sign-in'): SignInLimiters {
  return {
    byEmail: redisLimiter(redis, `${keyPrefix}-email`, FAILURES_PER_EMAIL, EMAIL_WINDOW_SECONDS),
    byIp: redisLimiter(redis, `${keyPrefix}-ip`, FAILURES_PER_IP, IP_WINDOW_SECONDS),
  };
}

/** One Redis-backed counter that falls back to process memory while Redis is unreachable. */
export function redisLimiter(redis: Redis, keyPrefix: string, points: number, duration: number): RateLimiterAbstract {
  return new RateLimiterRedis({
    storeClient: redis,
    keyPrefix,
    points,
    duration,
    rejectIfRedisNotReady: true,
    insuranceLimiter: new RateLimiterMemory({ keyPrefix, points, duration }),
  });
}

/**
 * Counts failed sign-ins per email and per client address. Only failures count, so a user who
 * types the password right is never slowed; once either counter is spent, every attempt (right
 * or wrong) is refused until its window ends.
 */
export class SignInThrottle {
  constructor(private readonly limiters: SignInLimiters = memoryLimiters()) {}

  /** Milliseconds to wait before the next attempt, or 0 when one is allowed now. */
  async waitMs(email: string, ip: string): Promise<number> {
    const [byEmail, byIp] = await Promise.all([this.limiters.byEmail.get(email), this.limiters.byIp.get(ip)]);
    const wait = (res: { consumedPoints: number; msBeforeNext: number } | null, points: number) =>
      res && res.consumedPoints >= points ? Math.max(res.msBeforeNext, 1) : 0;
    return Math.max(wait(byEmail, this.limiters.byEmail.points), wait(byIp, this.limiters.byIp.points));
  }

  async failed(email: string, ip: string): Promise<void> {
    // penalty() counts without rejecting; the next waitMs() does the refusing.
    await Promise.all([this.limiters.byEmail.penalty(email, 1), this.limiters.byIp.penalty(ip, 1)]);
  }

  /** A right password clears that account's failures (not the address's: that one counts guesses at many accounts). */
  async succeeded(email: string): Promise<void> {
    await this.limiters.byEmail.delete(email);
  }
}
