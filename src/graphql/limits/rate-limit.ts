import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { closeRedisClient, createRedisClient } from '../../redis';
import type { RequestContext as Context } from '../context';

/** A client's query-cost budget in the current window. */
export interface RateLimitState {
  limit: number;
  /** What the client may still spend in this window (never negative). */
  remaining: number;
  /** When the window ends and the budget is full again. */
  resetAt: Date;
}

export interface RateLimitDecision extends RateLimitState {
  allowed: boolean;
}

/** Per-client budgets of query cost over a time window (RATE_LIMIT_COST per RATE_LIMIT_WINDOW_SECONDS). */
export interface CostRateLimiter {
  /**
   * Spends `cost` from the client's budget. Null when the store could not be asked (Redis down):
   * the operation then runs unlimited, since refusing every client for a cache outage is worse.
   */
  charge(key: string, cost: number): Promise<RateLimitDecision | null>;
  close(): Promise<void>;
}

export interface RateLimitOptions {
  /** Budget per window; 0 turns rate limiting off. */
  points: number;
  windowSeconds: number;
  /** Share budgets between instances through Redis; in process memory when absent. */
  redisUrl?: string;
  /** A client made by createRedisClient to share budgets through, instead of `redisUrl` (its owner closes it). */
  redis?: Redis;
  /** Namespace of the Redis keys (tests use a fresh one per run). */
  keyPrefix?: string;
  log: Logger;
}

/** Who pays for an operation: the signed-in account, else the client address. */
export function rateLimitKey(context: Pick<Context, 'viewer' | 'clientIp'>): string {
  return context.viewer ? `account:${context.viewer.accountId}` : `ip:${context.clientIp}`;
}

// A dead Redis fails every request; one warning per interval says so without flooding the log.
const STORE_WARNING_INTERVAL_MS = 30_000;
const UNAVAILABLE = 'rate-limit store (Redis) unavailable; operations run without rate limiting until it is back';

/** The limiter the configuration asks for; undefined when RATE_LIMIT_COST is 0. */
export function createCostRateLimiter(options: RateLimitOptions): CostRateLimiter | undefined {
  if (options.points <= 0) return undefined;
  const { points, windowSeconds, log } = options;
  const keyPrefix = options.keyPrefix ?? 'alliance-match:cost';
  let redis: Redis | undefined;
  let limiter: RateLimiterAbstract;
  let lastWarning = 0;
  const warn = (error: unknown, message: string) => {
    const now = Date.now();
    if (now - lastWarning < STORE_WARNING_INTERVAL_MS) return;
    lastWarning = now;
    log.warn({ err: error }, message);
  };

  let ownClient = false;
  if (options.redis) {
    redis = options.redis;
  } else if (options.redisUrl) {
    // Every command times out after 200 ms and none waits for a reconnect (src/redis.ts): while
    // Redis is away or frozen a charge fails fast and the operation runs.
    redis = createRedisClient(options.redisUrl, (error) => warn(error, UNAVAILABLE));
    ownClient = true;
  }
  if (redis) {
    limiter = new RateLimiterRedis({ storeClient: redis, keyPrefix, points, duration: windowSeconds, rejectIfRedisNotReady: true });
  } else {
    limiter = new RateLimiterMemory({ keyPrefix, points, duration: windowSeconds });
  }

  const decision = (res: RateLimiterRes, allowed: boolean): RateLimitDecision => ({
    allowed,
    limit: points,
    remaining: Math.max(0, res.remainingPoints),
    resetAt: new Date(Date.now() + res.msBeforeNext),
  });

  return {
    async charge(key, cost) {
      try {
        return decision(await limiter.consume(key, cost), true);
      } catch (error) {
        // rate-limiter-flexible rejects with a RateLimiterRes when the budget is spent, with an Error when the store failed.
        if (error instanceof RateLimiterRes) return decision(error, false);
        warn(error, UNAVAILABLE);
        return null;
      }
    },
    async close() {
      if (redis && ownClient) closeRedisClient(redis);
    },
  };
}
