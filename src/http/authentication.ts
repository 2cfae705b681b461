import { GraphQLError } from 'graphql';
import { ErrorCode } from '../graphql/errors';
import { InvalidTokenError, type TokenService, type Viewer } from '../modules/accounts/tokens';

/**
 * The viewer named by an `Authorization: Bearer <token>` header; null without one. A header that
 * is present but wrong fails the whole request with 401, as GitHub's API does, rather than
 * silently treating the caller as anonymous.
 */
export async function viewerFromAuthorization(header: string | undefined, tokens: TokenService): Promise<Viewer | null> {
  if (!header) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match) throw invalidCredentials('The Authorization header must be `Bearer <access token>`.');
  try {
    return await tokens.verify(match[1]!);
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
