import type { AuthCheckerFn } from 'type-graphql';
import type { RequestContext } from './context';
import { forbidden, unauthenticated } from './errors';

/**
 * `@Authorized()` needs a signed-in account; `@Authorized(AccountRole.ADMIN, …)` one of those
 * roles. It throws our own errors so clients always see UNAUTHENTICATED or FORBIDDEN codes.
 * Ownership (a member edits only its own organisation) is the features' access rules, not this one.
 */
export const authChecker: AuthCheckerFn<RequestContext, string> = ({ context }, roles) => {
  if (!context.viewer) throw unauthenticated();
  if (roles.length > 0 && !roles.includes(context.viewer.role))
    throw forbidden({ en: `Only ${roles.join(' or ')} accounts may do this.`, ko: `${roles.join(' 또는 ')} 계정만 할 수 있는 일입니다.` });
  return true;
};
