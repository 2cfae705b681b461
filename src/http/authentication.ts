import { GraphQLError } from 'graphql';
import { ErrorCode } from '../graphql/errors';
import type { Account } from '../modules/accounts/account.entity';
import type { AccountService } from '../modules/accounts/account.service';
import { InvalidTokenError, type TokenService } from '../modules/accounts/tokens';

/**
 * The signed-in account named by an `Authorization: Bearer <token>` header, as the database has it
 * now; null without a header. A header that is present but wrong (bad signature, expired, signed
 * out, or an account that is gone or disabled) fails the whole request with 401, as GitHub's API
 * does, rather than silently treating the caller as anonymous. Database errors propagate as they are.
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
  if (!match) throw invalidCredentials('The Authorization header must be `Bearer <access token>`.');
  try {
    const claims = await services.tokens.verify(match[1]!);
    return { account: await services.accounts.signedIn(claims), expiresAt: claims.expiresAt };
  } catch (error) {
    if (error instanceof InvalidTokenError) throw invalidCredentials(error.message);
    throw error;
  }
}

function invalidCredentials(message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401, headers: new Map([['www-authenticate', 'Bearer']]) } },
  });
}
