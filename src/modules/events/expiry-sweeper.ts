import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { expireInvitations } from '../consortia/consortium.expiry';
import { expireRequests } from '../partnerships/partnership.expiry';
import type { ExpiryPolicy } from './expiry';

/** What one sweep expired, by id (partnership requests; consortium memberships). */
export interface SweepResult {
  requestIds: number[];
  invitationIds: number[];
}

/** Rows (requests) or consortia (invitations) per transaction: short transactions, short holds of the event log's lock. */
const BATCH_SIZE = 100;
/** A sweep stops after this many batches and leaves the rest to the next one, so one run never holds on for long. */
const MAX_BATCHES = 50;

/**
 * Writes down what has run out of time: PENDING partnership requests past REQUEST_TTL_DAYS become
 * EXPIRED, and INVITED consortium memberships past INVITATION_TTL_DAYS too, each with its event in
 * the same transaction. Every instance may run one: rows are claimed `FOR UPDATE SKIP LOCKED`, so
 * two sweepers at once share the work and expire each row exactly once. Being late changes only
 * when the events go out: reads already treat those rows as expired (expiry.ts).
 */
export class ExpirySweeper {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: ExpiryPolicy,
    private readonly log?: Logger,
    private readonly batchSize = BATCH_SIZE,
  ) {}

  /** One sweep, batch by batch, each batch its own transaction. */
  async sweep(): Promise<SweepResult> {
    const result: SweepResult = { requestIds: [], invitationIds: [] };
    for (let batch = 0; batch < MAX_BATCHES; batch++) {
      const expired = await this.dataSource.transaction((em) => expireRequests(em, this.policy, { limit: this.batchSize }));
      result.requestIds.push(...expired.map((r) => r.id));
      if (expired.length < this.batchSize) break;
    }
    for (let batch = 0; batch < MAX_BATCHES; batch++) {
      // A batch may hold fewer consortia than claimed (one answered meanwhile); an empty one means none is left.
      const expired = await this.dataSource.transaction((em) => expireInvitations(em, this.policy, this.batchSize));
      result.invitationIds.push(...expired.map((m) => m.id));
      if (expired.length === 0) break;
    }
    if (result.requestIds.length + result.invitationIds.length > 0) {
      this.log?.info({ requests: result.requestIds.length, invitations: result.invitationIds.length }, 'expired unanswered requests and invitations');
    }
    return result;
  }

  /** Sweeps every `intervalMs` (the timer keeps no process alive); a sweep never overlaps the previous one. */
  start(intervalMs: number): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      if (this.running) return;
      this.running = this.sweep()
        .catch((error: unknown) => this.log?.warn({ err: error }, 'expiry sweep failed; the next one tries again'))
        .finally(() => {
          this.running = undefined;
        });
    }, intervalMs);
    this.timer.unref();
  }

  /** Stops the timer and waits for a sweep under way, so shutdown closes the pool after it. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }
}
