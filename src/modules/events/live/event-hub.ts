import type { Logger } from 'pino';
import { mayReceive, type Recipient } from '../event.access';
import { lastEventId, readEventsFor, readLogAfter, readMarks, recipientsNow, type Queryable } from '../event.reader';
import { Event } from '../event.types';
import type { EventBus } from './event-bus';

export interface EventHubOptions {
  /** How often the log is read without a wake-up: the bound on delay when one is lost (default 2 s). */
  pollMs?: number;
  /** Events read from the log per statement (default 500). */
  batchSize?: number;
  /** Events waiting for a slow client before its subscription ends with an error (default 1,000). */
  maxQueue?: number;
}

/** What a subscription resolver finds in its context to subscribe with (src/http/subscriptions.ts puts it there). */
export interface LiveEventsContext {
  liveEvents?: EventHub;
}

/** Thrown into a subscription whose client does not read its events fast enough. */
export class SlowSubscriberError extends Error {
  constructor() {
    super('Too many events waiting for this subscription; subscribe again with the cursor of the last event you received.');
    this.name = 'SlowSubscriberError';
  }
}

/**
 * One instance's delivery of live events: ONE tail reader of the event log for all of the
 * instance's subscriptions. On a wake-up (the bus) or a poll it reads the new events once, re-reads
 * every subscriber's account in one statement, and hands each subscription the events its account
 * may receive now (mayReceive). A subscription first replays the log after its cursor through the
 * same reader as the notification centre, then continues live; each keeps the id of the last event
 * it delivered, so nothing is delivered twice and, ids committing in order, nothing is skipped.
 */
export class EventHub {
  /** The tail: every event up to this id has been handed to the subscriptions of the time. */
  private position = 0;
  private readonly subscriptions = new Set<LiveSubscription>();
  private reading: Promise<void> | null = null;
  private readAgain = false;
  private timer: NodeJS.Timeout | undefined;
  private closed = false;
  /** Subscriptions made so far (the idle tail's jump checks none came meanwhile). */
  private registrations = 0;
  private readonly pollMs: number;
  private readonly batchSize: number;
  private readonly maxQueue: number;

  constructor(
    private readonly db: Queryable,
    private readonly bus: EventBus,
    private readonly log: Logger,
    options: EventHubOptions = {},
  ) {
    this.pollMs = options.pollMs ?? 2_000;
    this.batchSize = options.batchSize ?? 500;
    this.maxQueue = options.maxQueue ?? 1_000;
  }

  /** Starts at the log's end (earlier events are replays' business) and listens. */
  async start(): Promise<void> {
    this.position = await lastEventId(this.db);
    this.bus.onWake(() => this.wake());
    this.timer = setInterval(() => this.wake(), this.pollMs);
    this.timer.unref();
  }

  /** Open subscriptions on this instance. */
  get size(): number {
    return this.subscriptions.size;
  }

  /** Reads the log now; wake-ups during a read make one more read, not one each. */
  wake(): void {
    if (this.closed) return;
    if (this.reading) {
      this.readAgain = true;
      return;
    }
    this.reading = this.drain().finally(() => {
      this.reading = null;
    });
  }

  private async drain(): Promise<void> {
    do {
      this.readAgain = false;
      try {
        await this.readTail();
      } catch (error) {
        // The position did not move: the next wake-up or poll reads the same events again.
        this.log.warn({ err: error }, 'reading the event log failed; live delivery resumes at the next poll');
        return;
      }
    } while (this.readAgain && !this.closed);
  }

  private async readTail(): Promise<void> {
    if (this.subscriptions.size === 0) {
      // Nobody to hand events to: move to the log's end without reading it, unless someone
      // subscribed meanwhile (its replay may have read the log before events this jump would skip).
      const registered = this.registrations;
      const end = await lastEventId(this.db);
      if (this.registrations === registered) {
        this.position = Math.max(this.position, end);
        return;
      }
    }
    for (;;) {
      const events = await readLogAfter(this.db, this.position, this.batchSize);
      if (events.length === 0) return;
      await this.dispatch(events);
      this.position = events[events.length - 1]!.id;
      if (events.length < this.batchSize) return;
    }
  }

  /** One delivery round: the subscribers' accounts and read marks re-read together, then each subscription's events. */
  private async dispatch(events: Event[]): Promise<void> {
    if (this.subscriptions.size === 0) return;
    const accountIds = [...new Set([...this.subscriptions].map((s) => s.accountId))];
    const recipients = await recipientsNow(this.db, accountIds);
    const isRead = await readMarks(
      this.db,
      accountIds,
      events.map((e) => e.id),
    );
    for (const subscription of this.subscriptions) {
      const recipient = recipients.get(subscription.accountId);
      if (!recipient) continue;
      for (const event of events) {
        if (event.id > subscription.position && mayReceive(recipient, event))
          subscription.offer(isRead(recipient.accountId, event.id) ? readCopy(event) : event);
      }
    }
  }

  /**
   * The events of `accountId` after `afterId` (the log's current end when null), replayed from the
   * log, then live, in id order, each once. The subscription joins the live tail BEFORE its replay
   * reads the log: an event the tail read before it joined was committed before the replay began,
   * so the replay has it; any later one the tail hands it (held back until the replay is done).
   */
  subscribe(accountId: number, afterId: number | null): AsyncIterableIterator<Event> {
    if (this.closed) throw new Error('The server is shutting down.');
    const subscription = new LiveSubscription(accountId, afterId ?? this.position, this.maxQueue, (s) => this.subscriptions.delete(s));
    this.subscriptions.add(subscription);
    this.registrations++;
    void this.replay(subscription);
    return subscription;
  }

  private async replay(subscription: LiveSubscription): Promise<void> {
    try {
      for (;;) {
        const recipient: Recipient | undefined = (await recipientsNow(this.db, [subscription.accountId])).get(subscription.accountId);
        if (!recipient || subscription.done) break;
        const events = await readEventsFor(this.db, recipient, { afterId: subscription.position, limit: this.batchSize, newestFirst: false });
        for (const event of events) subscription.push(event);
        if (events.length < this.batchSize) break;
      }
      subscription.goLive();
    } catch (error) {
      subscription.fail(error instanceof Error ? error : new Error(String(error)));
    }
  }

  /** Ends every subscription (their clients see them complete) and stops reading. */
  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.timer);
    for (const subscription of [...this.subscriptions]) subscription.end();
    await this.reading;
  }
}

function readCopy(event: Event): Event {
  return Object.assign(new Event(), event, { read: true });
}

/** One client subscription: a queue its GraphQL iterator reads, filled by its replay and then by the tail. */
class LiveSubscription implements AsyncIterableIterator<Event> {
  done = false;
  private replaying = true;
  private held: Event[] = [];
  private readonly queue: Event[] = [];
  private waiting: ((result: IteratorResult<Event>) => void) | null = null;
  private failedWith: ((error: Error) => void) | null = null;
  private error: Error | null = null;

  constructor(
    readonly accountId: number,
    /** The id of the last event delivered (or the cursor it started after). */
    public position: number,
    private readonly maxQueue: number,
    private readonly onEnd: (s: LiveSubscription) => void,
  ) {}

  /** From the tail: held while the replay runs, delivered after. */
  offer(event: Event): void {
    if (this.done) return;
    if (this.replaying) this.held.push(event);
    else this.push(event);
  }

  /** Replay finished: the events the tail offered meanwhile follow, those the replay already gave skipped. */
  goLive(): void {
    this.replaying = false;
    const held = this.held;
    this.held = [];
    for (const event of held) this.push(event);
  }

  push(event: Event): void {
    if (this.done || event.id <= this.position) return;
    this.position = event.id;
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = null;
      this.failedWith = null;
      resolve({ value: event, done: false });
      return;
    }
    this.queue.push(event);
    if (this.queue.length > this.maxQueue) this.fail(new SlowSubscriberError());
  }

  fail(error: Error): void {
    if (this.done) return;
    this.error = error;
    this.queue.length = 0;
    if (this.failedWith) {
      const reject = this.failedWith;
      this.waiting = null;
      this.failedWith = null;
      this.finish();
      reject(error);
    }
  }

  /** Completes the subscription (shutdown). */
  end(): void {
    if (this.done) return;
    this.queue.length = 0;
    this.finish();
  }

  private finish(): void {
    this.done = true;
    this.onEnd(this);
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = null;
      this.failedWith = null;
      resolve({ value: undefined, done: true });
    }
  }

  next(): Promise<IteratorResult<Event>> {
    if (this.queue.length > 0) return Promise.resolve({ value: this.queue.shift()!, done: false });
    if (this.error && !this.done) {
      const error = this.error;
      this.finish();
      return Promise.reject(error);
    }
    if (this.done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve, reject) => {
      this.waiting = resolve;
      this.failedWith = reject;
    });
  }

  return(): Promise<IteratorResult<Event>> {
    this.end();
    return Promise.resolve({ value: undefined, done: true });
  }

  throw(error?: unknown): Promise<IteratorResult<Event>> {
    this.end();
    return Promise.reject(error);
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<Event> {
    return this;
  }
}
