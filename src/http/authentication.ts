import { GraphQLError } from 'graphql';
import { ErrorCode } from '../graphql/errors';
import { worded, type Wording } from '../graphql/language';
import type { Account } from '../modules/accounts/account.entity';
import type { AccountService } from '../modules/accounts/account.service';
import { InvalidTokenError, TOKEN_ERROR_MESSAGES, type TokenService } from '../modules/accounts/tokens';

/**
 * The signed-in account named by an `Authorization: Bearer <token>` header, as the database has it
 * now; null without a header. A header that is present but wrong (bad signature, expired, signed
 * out, or an account that is gone or disabled) fails the whole request with 401, as GitHub's API
 * does, rather than silently treating the caller as anonymous. Its message has both wordings (the
 * request context says it in the request's language). Database errors propagate as they are.
 */
export async function accountFromAuthorization(
  header: string | undefined,
  services: { tokens: TokenService; accounts: AccountService },
): Promise<Account | null> {
  return (await sessionFromAuthorization(header, services))?.account ?? null;
}

/** As accountFromAuthorization, with the token's expiry: a WebSocket signed in with it closes then. */
export async function sessionFromAuthorization(
  header: string | undefined,
  services: { tokens: TokenService; accounts: AccountService },
): Promise<{ account: Account; expiresAt: Date } | null> {
  if (!header) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match) throw invalidCredentials(NOT_BEARER);
  try {
    const claims = await services.tokens.verify(match[1]!);
    return { account: await services.accounts.signedIn(claims), expiresAt: claims.expiresAt };
  } catch (error) {
    if (error instanceof InvalidTokenError) throw invalidCredentials(TOKEN_ERROR_MESSAGES[error.reason]);
    throw error;
  }
}

const NOT_BEARER: Wording = {
  en: 'The Authorization header must be `Bearer <access token>`.',
  ko: 'Authorization 헤더는 `Bearer <액세스 토큰>` 형식이어야 합니다.',
};

function invalidCredentials(message: Wording): GraphQLError {
  const extensions = { code: ErrorCode.UNAUTHENTICATED, http: { status: 401, headers: new Map([['www-authenticate', 'Bearer']]) } };
  return worded(new GraphQLError(message.en, { extensions }), message);
}
