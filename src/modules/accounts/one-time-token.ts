import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits: guessing one is hopeless, so a plain SHA-256 of it is a safe thing to store. */
const TOKEN_BYTES = 32;

/**
 * A one-time token for a mailed link (invitation, password reset): the token goes into the mail,
 * only its hash into the database, so a read of the database cannot use a pending link.
 */
export function newOneTimeToken(): { token: string; hash: string } {
  const token = randomBytes(TOKEN_BYTES).toString('base64url');
  return { token, hash: hashOneTimeToken(token) };
}

export function hashOneTimeToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
