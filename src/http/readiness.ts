import type { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import { redisHealth, type RedisHealth } from '../redis';

/**
 * What each dependency looks like to the probe. Redis is optional and failed open (rate limits
 * and sign-in counters fall back to each instance), so a degraded Redis leaves the server ready.
 */
export interface ReadinessDetails {
  database: 'ok' | 'unreachable' | 'migrations pending';
  /** Only with REDIS_URL. */
  redis?: RedisHealth;
}

export type Readiness =
  | { ready: true; details: ReadinessDetails }
  | { ready: false; reason: 'database unreachable' | 'migrations pending'; details: ReadinessDetails };

// A probe that hangs is worse than one that fails: orchestrators time probes out after a second or so.
const DATABASE_TIMEOUT_MS = 2_000;

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Ready when the database answers and every migration this build knows has been applied. Only the
 * reason is reported, never the driver's message (it can name hosts and users). Redis, when there
 * is one, is pinged alongside (at most 250 ms) and reported, but never makes the server unready.
 */
export function createReadinessCheck(dataSource: DataSource, redis?: Redis): () => Promise<Readiness> {
  const check = createDatabaseCheck(dataSource);
  return async () => {
    const [database, redisState] = await Promise.all([check(), redis ? redisHealth(redis) : undefined]);
    const details: ReadinessDetails = { database: database.ready ? 'ok' : database.reason === 'database unreachable' ? 'unreachable' : database.reason };
    if (redisState) details.redis = redisState;
    return database.ready ? { ready: true, details } : { ...database, details };
  };
}

type DatabaseState = { ready: true } | { ready: false; reason: 'database unreachable' | 'migrations pending' };

function createDatabaseCheck(dataSource: DataSource): () => Promise<DatabaseState> {
  // The migration list is compiled in and a running server never reverts one, so once all are
  // applied the answer cannot change: later probes only ping the database.
  let migrated = false;
  return async () => {
    try {
      await withTimeout(dataSource.query('SELECT 1'), DATABASE_TIMEOUT_MS);
    } catch {
      return { ready: false, reason: 'database unreachable' };
    }
    if (!migrated) {
      try {
        // showMigrations() is true when some migration is pending (typeorm MigrationExecutor.showMigrations).
        migrated = !(await withTimeout(dataSource.showMigrations(), DATABASE_TIMEOUT_MS));
      } catch {
        return { ready: false, reason: 'database unreachable' };
      }
      if (!migrated) return { ready: false, reason: 'migrations pending' };
    }
    return { ready: true };
  };
}
