import { Redis, type Command } from 'ioredis';

type WriteableStream = Parameters<Redis['sendCommand']>[1];

/**
 * Longest a Redis command may take. Redis answers in well under a millisecond; one that accepts
 * the bytes and never answers (frozen by SIGSTOP, a half-open connection, a partition) would
 * otherwise hold every request that asks it until it comes back.
 */
export const REDIS_COMMAND_TIMEOUT_MS = 200;
/** Longest wait between reconnection attempts. */
const MAX_RECONNECT_DELAY_MS = 1_000;

export type RedisHealth = 'ok' | 'degraded';

/**
 * The one way the app makes Redis clients (rate-limit budgets, sign-in counters). Every command
 * fails after REDIS_COMMAND_TIMEOUT_MS; while Redis is unreachable commands fail at once instead
 * of queueing (no offline queue, no retries), and callers fail open: operations run without rate
 * limiting, sign-in counters fall back to process memory.
 *
 * The first command that times out drops the connection: until a new one passes its ready check
 * every command fails at once, so a frozen Redis costs one request 200 ms, not every request.
 */
export function createRedisClient(url: string, onError: (error: Error) => void = () => undefined): Redis {
  const redis = new Redis(url, {
    commandTimeout: REDIS_COMMAND_TIMEOUT_MS,
    connectTimeout: 1_000,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    autoResendUnfulfilledCommands: false,
    retryStrategy: (attempt) => Math.min(attempt * 100, MAX_RECONNECT_DELAY_MS),
  });
  redis.on('error', onError);
  const send = redis.sendCommand.bind(redis);
  redis.sendCommand = ((command: Command, stream?: WriteableStream) => {
    const answer = send(command, stream) as Promise<unknown>;
    answer.catch((error: unknown) => {
      if (error instanceof Error && error.message === 'Command timed out' && redis.status === 'ready') redis.disconnect(true);
    });
    return answer;
  }) as Redis['sendCommand'];
  return redis;
}

/**
 * A connection for SUBSCRIBE only (a subscribed connection can send nothing else): it reconnects
 * forever with the same back-off and subscribes again by itself, and `onReady` runs after every
 * (re)connection, so its owner can catch up on what it missed while Redis was away (pub/sub keeps
 * nothing for absent subscribers).
 */
export function createRedisSubscriber(url: string, onError: (error: Error) => void = () => undefined, onReady: () => void = () => undefined): Redis {
  const redis = new Redis(url, {
    connectTimeout: 1_000,
    maxRetriesPerRequest: null,
    autoResubscribe: true,
    retryStrategy: (attempt) => Math.min(attempt * 100, MAX_RECONNECT_DELAY_MS),
  });
  redis.on('error', onError);
  redis.on('ready', onReady);
  return redis;
}

/** Whether Redis answers a PING now; never waits longer than the command timeout. */
export async function redisHealth(redis: Redis): Promise<RedisHealth> {
  if (redis.status !== 'ready') return 'degraded';
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'degraded'>((resolve) => {
    timer = setTimeout(() => resolve('degraded'), REDIS_COMMAND_TIMEOUT_MS + 50);
  });
  const ping = redis.ping().then(
    (): RedisHealth => 'ok',
    (): RedisHealth => 'degraded',
  );
  return Promise.race([ping, timeout]).finally(() => clearTimeout(timer));
}

/** Closes a client made by createRedisClient, whatever state it is in. */
export function closeRedisClient(redis: Redis): void {
  if (redis.status !== 'end') redis.disconnect();
}
