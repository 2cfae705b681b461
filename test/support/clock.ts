import type { Clock } from '../../src/clock';

/** A clock a test moves: the real time plus an offset, so rows the database dates now() line up with it. */
export class TestClock implements Clock {
  private offsetMs = 0;

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  advanceDays(days: number): void {
    this.offsetMs += days * 24 * 3600 * 1000;
  }

  reset(): void {
    this.offsetMs = 0;
  }
}
