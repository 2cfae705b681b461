import { Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { say } from '../../graphql/language';
import { MutationInput, signedIn } from '../../graphql/mutation-input';
import type { Services } from '../../services';
import type { Context } from '../context';
import { runMutation } from '../mutation';
import type { Write } from '../write';
import { MIN_PASSWORD_LENGTH, normalizeEmail } from './account.inputs';
import { TooManyAttemptsError, type Session } from './account.service';
import { ChangePasswordInput, RequestPasswordResetInput, ResetPasswordInput } from './password.inputs';
import { RESET_LINK_TTL_MINUTES, RESET_REQUESTED_MESSAGE } from './password.service';
import { ChangePasswordPayload, RequestPasswordResetPayload, ResetPasswordPayload } from './password.types';

/** Runs `perform`, noting the wait of a TOO_MANY_ATTEMPTS refusal for the payload's `retryAfterSeconds`. */
function noteRetryAfter<T>(perform: (write: Write) => Promise<T>): { perform: (write: Write) => Promise<T>; retryAfterSeconds: () => number | null } {
  let retryAfterSeconds: number | null = null;
  return {
    perform: async (write) => {
      try {
        return await perform(write);
      } catch (error) {
        if (error instanceof TooManyAttemptsError) retryAfterSeconds = error.retryAfterSeconds;
        throw error;
      }
    },
    retryAfterSeconds: () => retryAfterSeconds,
  };
}

const SESSION_EMPTY = { account: null, token: null, expiresAt: null, retryAfterSeconds: null };

@Resolver()
export class PasswordResolver {
  constructor(private readonly services: Services) {}

  @Authorized()
  @Mutation(() => ChangePasswordPayload, {
    description:
      "Changes the signed-in account's password. Every other access token of the account stops working at once (401 from " +
      'the next request on); the payload carries a fresh token for this session. userErrors: INVALID_CREDENTIALS (wrong ' +
      `current password; counted like a failed sign-in), BAD_USER_INPUT (new password shorter than ${MIN_PASSWORD_LENGTH} characters, ` +
      'or the current one), TOO_MANY_ATTEMPTS with `retryAfterSeconds`.',
  })
  async changePassword(@MutationInput(() => ChangePasswordInput) input: ChangePasswordInput, @Ctx() ctx: Context) {
    const viewer = signedIn(ctx);
    const run = noteRetryAfter((write) => this.services.passwords.changePassword(viewer, input, ctx.clientIp, write));
    const payload = await runMutation<ChangePasswordPayload, Session>(ctx, input, {
      empty: SESSION_EMPTY,
      perform: run.perform,
      payload: (session) => ({ ...session, retryAfterSeconds: null }),
    });
    return { ...payload, retryAfterSeconds: run.retryAfterSeconds() };
  }

  @Mutation(() => RequestPasswordResetPayload, {
    description:
      'Mails a link to reset the password (`PUBLIC_URL/reset-password?token=…`, works once, for ' +
      `${RESET_LINK_TTL_MINUTES} minutes) if an account has this address. The answer is the same, and takes the same time, ` +
      'whether one does or not. Limited per email and per client address: TOO_MANY_ATTEMPTS with `retryAfterSeconds`.',
  })
  async requestPasswordReset(@MutationInput(() => RequestPasswordResetInput) input: RequestPasswordResetInput, @Ctx() ctx: Context) {
    // Before validation, as signUp does: surrounding spaces and case do not make another address.
    input.email = normalizeEmail(input.email);
    const run = noteRetryAfter((write) => this.services.passwords.requestReset(input, { clientIp: ctx.clientIp, log: ctx.log }, write));
    const payload = await runMutation<RequestPasswordResetPayload, void>(ctx, input, {
      empty: { message: null, retryAfterSeconds: null },
      perform: run.perform,
      payload: () => ({ message: say(ctx.lang, RESET_REQUESTED_MESSAGE), retryAfterSeconds: null }),
    });
    return { ...payload, retryAfterSeconds: run.retryAfterSeconds() };
  }

  @Mutation(() => ResetPasswordPayload, {
    description:
      'Sets a new password with the token of a reset mail and signs the account in (payload as signIn). Uses up every pending ' +
      'reset link of the account and revokes all its older access tokens. userErrors: INVALID_RESET_TOKEN (unknown, used or expired), ' +
      `BAD_USER_INPUT (password shorter than ${MIN_PASSWORD_LENGTH} characters), TOO_MANY_ATTEMPTS with \`retryAfterSeconds\` ` +
      'after repeated refused tokens from one address.',
  })
  async resetPassword(@MutationInput(() => ResetPasswordInput) input: ResetPasswordInput, @Ctx() ctx: Context) {
    const run = noteRetryAfter((write) => this.services.passwords.resetPassword(input, ctx.clientIp, write));
    const payload = await runMutation<ResetPasswordPayload, Session>(ctx, input, {
      empty: SESSION_EMPTY,
      perform: run.perform,
      payload: (session) => ({ ...session, retryAfterSeconds: null }),
    });
    return { ...payload, retryAfterSeconds: run.retryAfterSeconds() };
  }
}
