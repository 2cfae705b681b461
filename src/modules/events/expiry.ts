import { type Clock, systemClock } from '../../clock';

/** How long an unanswered partnership request and consortium invitation stay open (REQUEST_TTL_DAYS, INVITATION_TTL_DAYS). */
export interface ExpirySettings {
  requestTtlDays: number;
  invitationTtlDays: number;
}

export const DEFAULT_TTL_DAYS = 14;

const DAY_MS = 24 * 3600 * 1000;

/**
 * When pending things run out, read from one clock. The rule is the row's own time plus the TTL,
 * so reads, the cap and the refusals of answerPartnershipRequest and answerConsortiumInvitation
 * treat an expired row as expired whether or not the sweeper (expiry-sweeper.ts) has marked it yet.
 */
export class ExpiryPolicy {
  constructor(
    readonly clock: Clock = systemClock,
    readonly settings: ExpirySettings = { requestTtlDays: DEFAULT_TTL_DAYS, invitationTtlDays: DEFAULT_TTL_DAYS },
  ) {}

  now(): Date {
    return this.clock.now();
  }

  /** A PENDING request created at or before this instant has expired. */
  requestCutoff(): Date {
    return new Date(this.clock.now().getTime() - this.settings.requestTtlDays * DAY_MS);
  }

  /** An INVITED membership invited at or before this instant has expired. */
  invitationCutoff(): Date {
    return new Date(this.clock.now().getTime() - this.settings.invitationTtlDays * DAY_MS);
  }

  requestExpiresAt(createdAt: Date): Date {
    return new Date(createdAt.getTime() + this.settings.requestTtlDays * DAY_MS);
  }

  invitationExpiresAt(invitedAt: Date): Date {
    return new Date(invitedAt.getTime() + this.settings.invitationTtlDays * DAY_MS);
  }
}
