import { errors, jwtVerify, SignJWT } from 'jose';
import type { Wording } from '../../graphql/language';
import type { Account } from './account.entity';
import type { Viewer } from './viewer';

export type { Viewer } from './viewer';

export interface TokenSettings {
  secret: string;
  issuer: string;
  audience: string;
  ttlSeconds: number;
}

/** What a valid access token says: whose it is and which generation of that account's tokens. */
export interface TokenClaims {
  accountId: number;
  /** The account's `tokenGeneration` when the token was issued; signOut moves it on, revoking the token. */
  generation: number;
  /** When the token stops being valid: a connection opened with it (a WebSocket) closes then. */
  expiresAt: Date;
}

/** What a client is told of a token refused for each reason. */
export const TOKEN_ERROR_MESSAGES: Record<InvalidTokenError['reason'], Wording> = {
  expired: { en: 'The access token has expired; sign in again.', ko: '액세스 토큰이 만료되었습니다. 다시 로그인하십시오.' },
  invalid: { en: 'The access token is not valid; sign in again.', ko: '액세스 토큰이 올바르지 않습니다. 다시 로그인하십시오.' },
  revoked: {
    en: 'The access token is no longer valid (signed out, or the account changed); sign in again.',
    ko: '액세스 토큰이 더 이상 유효하지 않습니다(로그아웃했거나 계정이 바뀌었습니다). 다시 로그인하십시오.',
  },
};

export class InvalidTokenError extends Error {
  constructor(readonly reason: 'expired' | 'invalid' | 'revoked') {
    super(TOKEN_ERROR_MESSAGES[reason].en);
    this.name = 'InvalidTokenError';
  }
}

/** The viewer an account is: its role and organisation as stored. */
export function viewerOf(account: Account): Viewer {
  return { accountId: account.id, role: account.role, organizationId: account.organizationId };
}

/**
 * Signs and verifies HS256 access tokens with jose. The claims name the account and its token
 * generation only: role and organisation are read from the account on every request, so a
 * demotion or a membership change takes effect at once.
 */
export class TokenService {
  private readonly key: Uint8Array;

  constructor(private readonly settings: TokenSettings) {
    this.key = new TextEncoder().encode(settings.secret);
  }

  async issue(account: Pick<Account, 'id' | 'tokenGeneration'>): Promise<{ token: string; expiresAt: Date }> {
    const expiresAt = new Date(Math.floor(Date.now() / 1000 + this.settings.ttlSeconds) * 1000);
    const token = await new SignJWT({ gen: account.tokenGeneration })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(String(account.id))
      .setIssuer(this.settings.issuer)
      .setAudience(this.settings.audience)
      .setIssuedAt()
      .setExpirationTime(expiresAt)
      .sign(this.key);
    return { token, expiresAt };
  }

  /** The claims of a token this service signed and that has not expired; InvalidTokenError otherwise. */
  async verify(token: string): Promise<TokenClaims> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        algorithms: ['HS256'],
        issuer: this.settings.issuer,
        audience: this.settings.audience,
        // A token without an expiry would be valid forever.
        requiredClaims: ['exp', 'sub', 'gen'],
      });
      const accountId = Number(payload.sub);
      const generation = payload.gen;
      if (!/^[1-9]\d*$/.test(payload.sub!) || !Number.isSafeInteger(accountId)) throw new InvalidTokenError('invalid');
      if (typeof generation !== 'number' || !Number.isSafeInteger(generation) || generation < 0) throw new InvalidTokenError('invalid');
      return { accountId, generation, expiresAt: new Date(payload.exp! * 1000) };
    } catch (error) {
      if (error instanceof InvalidTokenError) throw error;
      if (error instanceof errors.JWTExpired) throw new InvalidTokenError('expired');
      throw new InvalidTokenError('invalid');
    }
  }
}
