import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { redisLimiter } from './sign-in-throttle';

/** Reset requests per email address per window, whoever asks: a person's inbox is not flooded with reset mails. */
export const RESET_REQUESTS_PER_EMAIL = 5;
export const RESET_EMAIL_WINDOW_SECONDS = 60 * 60;
/** Reset requests per client address per window: slows probing many addresses (and mailing them) from one place. */
export const RESET_REQUESTS_PER_IP = 20;
export const RESET_IP_WINDOW_SECONDS = 60 * 60;
/** Refused resetPassword tokens per client address per window: a token cannot be guessed, but nobody should get to try. */
export const FAILED_RESETS_PER_IP = 20;
export const FAILED_RESETS_WINDOW_SECONDS = 60 * 60;

export interface PasswordResetLimiters {
  requestsByEmail: RateLimiterAbstract;
  requestsByIp: RateLimiterAbstract;
  failedResetsByIp: RateLimiterAbstract;
}

/** In-process counters; inject Redis-backed ones (redisPasswordResetLimiters) so several instances share them. */
export function memoryPasswordResetLimiters(): PasswordResetLimiters {
  return {
    requestsByEmail: new RateLimiterMemory({ keyPrefix: 'reset-request-email', points: RESET_REQUESTS_PER_EMAIL, duration: RESET_EMAIL_WINDOW_SECONDS }),
    requestsByIp: new RateLimiterMemory({ keyPrefix: 'reset-request-ip', points: RESET_REQUESTS_PER_IP, duration: RESET_IP_WINDOW_SECONDS }),
    failedResetsByIp: new RateLimiterMemory({ keyPrefix: 'reset-failed-ip', points: FAILED_RESETS_PER_IP, duration: FAILED_RESETS_WINDOW_SECONDS }),
  };
}

/** Counters in Redis (REDIS_URL), shared by every instance; each falls back to its own memory while Redis is unreachable. */
export function redisPasswordResetLimiters(redis: Redis, keyPrefix = 'alliance-match:password-reset'): PasswordResetLimiters {
  return {
    requestsByEmail: redisLimiter(redis, `${keyPrefix}-request-email`, RESET_REQUESTS_PER_EMAIL, RESET_EMAIL_WINDOW_SECONDS),
    requestsByIp: redisLimiter(redis, `${keyPrefix}-request-ip`, RESET_REQUESTS_PER_IP, RESET_IP_WINDOW_SECONDS),
    failedResetsByIp: redisLimiter(redis, `${keyPrefix}-failed-ip`, FAILED_RESETS_PER_IP, FAILED_RESETS_WINDOW_SECONDS),
  };
}

/** Milliseconds until a refused consume() may try again; a real error (not a refusal) is rethrown. */
function refusedFor(error: unknown): number {
  if (error instanceof RateLimiterRes) return Math.max(error.msBeforeNext, 1);
  throw error;
}

/**
 * Counts password-reset requests (every one, whether the address has an account or not, so the
 * limit itself tells nothing) per email and per client address, and refused reset tokens per
 * client address.
 */
export class PasswordResetThrottle {
  constructor(private readonly limiters: PasswordResetLimiters = memoryPasswordResetLimiters()) {}

  /** Counts one reset request; answers the milliseconds to wait when it is over a limit, 0 when it may go ahead. */
  async requested(email: string, ip: string): Promise<number> {
    // The address first: a client already refused for sending too many does not also use up the
    // budget of the email it names (its owner can still ask for a link from elsewhere).
    try {
      await this.limiters.requestsByIp.consume(ip);
    } catch (error) {
      return refusedFor(error);
    }
    try {
      await this.limiters.requestsByEmail.consume(email);
    } catch (error) {
      return refusedFor(error);
    }
    return 0;
  }

  /** Milliseconds to wait before this address may try another reset token, or 0. */
  async resetWaitMs(ip: string): Promise<number> {
    const res = await this.limiters.failedResetsByIp.get(ip);
    return res && res.consumedPoints >= this.limiters.failedResetsByIp.points ? Math.max(res.msBeforeNext, 1) : 0;
  }

  async resetFailed(ip: string): Promise<void> {
    // penalty() counts without rejecting; the next resetWaitMs() does the refusing.
    await this.limiters.failedResetsByIp.penalty(ip, 1);
  }
}
