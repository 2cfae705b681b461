import { errors, jwtVerify, SignJWT } from 'jose';
import { AccountRole } from './account.enums';
import type { Viewer } from './viewer';

export type { Viewer } from './viewer';

export interface TokenSettings {
  secret: string;
  issuer: string;
  audience: string;
  ttlSeconds: number;
}

export class InvalidTokenError extends Error {
  constructor(readonly reason: 'expired' | 'invalid') {
    super(reason === 'expired' ? 'The access token has expired; sign in again.' : 'The access token is not valid; sign in again.');
    this.name = 'InvalidTokenError';
  }
}

const ROLES = new Set<string>(Object.values(AccountRole));

/** Signs and verifies HS256 access tokens with jose; the claims carry just enough to authorise. */
export class TokenService {
  private readonly key: Uint8Array;

  constructor(private readonly settings: TokenSettings) {
    this.key = new TextEncoder().encode(settings.secret);
  }

  async issue(viewer: Viewer): Promise<{ token: string; expiresAt: Date }> {
    const expiresAt = new Date(Math.floor(Date.now() / 1000 + this.settings.ttlSeconds) * 1000);
    const token = await new SignJWT({ role: viewer.role, org: viewer.organizationId })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(String(viewer.accountId))
      .setIssuer(this.settings.issuer)
      .setAudience(this.settings.audience)
      .setIssuedAt()
      .setExpirationTime(expiresAt)
      .sign(this.key);
    return { token, expiresAt };
  }

  async verify(token: string): Promise<Viewer> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        algorithms: ['HS256'],
        issuer: this.settings.issuer,
        audience: this.settings.audience,
      });
      const accountId = Number(payload.sub);
      const org = payload.org;
      if (!Number.isSafeInteger(accountId) || typeof payload.role !== 'string' || !ROLES.has(payload.role)) throw new InvalidTokenError('invalid');
      if (org !== null && !Number.isSafeInteger(org)) throw new InvalidTokenError('invalid');
      return { accountId, role: payload.role as AccountRole, organizationId: org as number | null };
    } catch (error) {
      if (error instanceof InvalidTokenError) throw error;
      if (error instanceof errors.JWTExpired) throw new InvalidTokenError('expired');
      throw new InvalidTokenError('invalid');
    }
  }
}
