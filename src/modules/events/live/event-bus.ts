import { EventEmitter } from 'node:events';
import type { Logger } from 'pino';
import { closeRedisClient, createRedisClient, createRedisSubscriber } from '../../../redis';

/**
 * How instances wake each other after an event commits: a message with the newest committed event
 * id, nothing more. The log in the database is the truth; a wake-up that is lost (Redis away, a
 * dropped message) only delays delivery until the hub's next poll reads the log.
 */
export interface EventBus {
  /** Tells every instance, this one first, that events up to `lastId` are committed. */
  publish(lastId: number): void;
  /** Called on every wake-up (and with 0 when a lost connection comes back, to catch up). */
  onWake(listener: (lastId: number) => void): void;
  close(): Promise<void>;
}

/** Without REDIS_URL: one instance, wake-ups in process. */
export function inProcessBus(): EventBus {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  return {
    publish: (lastId) => emitter.emit('wake', lastId),
    onWake: (listener) => emitter.on('wake', listener),
    close: async () => {
      emitter.removeAllListeners();
    },
  };
}

/** The Redis channel wake-ups go through. */
export const EVENTS_CHANNEL = 'alliance-match:events';

/** Logs an unreachable Redis once per half minute rather than on every reconnection attempt. */
function throttled(log: Logger): (error: Error) => void {
  let last = 0;
  return (error) => {
    if (Date.now() - last < 30_000) return;
    last = Date.now();
    log.warn({ err: error }, 'Redis unavailable; live events reach other instances at the next poll of the event log');
  };
}

/**
 * With REDIS_URL: wake-ups through Redis pub/sub, so a subscriber connected to any instance hears
 * of an event committed on another within milliseconds. This instance wakes itself directly, not
 * through Redis. A publish that fails (Redis down) is dropped: the pollers pick the events up.
 */
export function redisBus(url: string, log: Logger): EventBus {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  const warn = throttled(log);
  const publisher = createRedisClient(url, warn);
  const subscriber = createRedisSubscriber(url, warn, () => emitter.emit('wake', 0));
  subscriber.subscribe(EVENTS_CHANNEL).catch(warn);
  subscriber.on('message', (_channel: string, message: string) => {
    const lastId = Number(message);
    if (Number.isSafeInteger(lastId)) emitter.emit('wake', lastId);
  });
  return {
    publish: (lastId) => {
      emitter.emit('wake', lastId);
      publisher.publish(EVENTS_CHANNEL, String(lastId)).catch(warn);
    },
    onWake: (listener) => emitter.on('wake', listener),
    close: async () => {
      emitter.removeAllListeners();
      closeRedisClient(publisher);
      subscriber.disconnect();
    },
  };
}
