// Settings the test suite shares between Jest's global setup and the test files.
import { randomBytes } from 'node:crypto';
import { loadConfig, tokenSettings } from '../../src/config';

/** Synthetic members loaded next to the sample ones, so pages of 100 are full (seeds/synthetic.ts). */
export const SYNTHETIC_COUNT = 140;
export const SYNTHETIC_SEED = 7;

/** The database every test talks to: set by the caller, or by global setup to the embedded one it started. */
export function testDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set: the tests run through Jest global setup (npm test).');
  return url;
}

/**
 * The token-signing secret of this test run: random, so no test depends on a known key. The
 * in-process apps sign with it, and userEnv passes it to the servers the tests start.
 */
export const TEST_JWT_SECRET = randomBytes(32).toString('base64url');

/** The access-token settings the tests sign and verify with: the defaults with the run's secret. */
export function testTokenSettings() {
  return tokenSettings({ ...loadConfig({ JWT_SECRET: TEST_JWT_SECRET }), jwtSecret: TEST_JWT_SECRET });
}
