/** Where the time comes from: the system clock in the service, one the test moves in tests of expiry and digests. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
