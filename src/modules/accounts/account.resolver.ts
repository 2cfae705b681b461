import { Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { returns, runMutation } from '../mutation';
import { MutationInput, signedIn } from '../../graphql/mutation-input';
import type { Services } from '../../services';
import { Organization } from '../organizations/organization.entity';
import { Account } from './account.entity';
import { MIN_PASSWORD_LENGTH, normalizeEmail, SignInInput, SignUpInput } from './account.inputs';
import { TooManyAttemptsError, type Session } from './account.service';
import { AccountType, SignInPayload, SignOutPayload, SignUpPayload } from './account.types';

/** Validated by runMutation, so failures come back as userErrors rather than a top-level error. */

@Resolver(() => AccountType)
export class AccountResolver {
  constructor(private readonly services: Services) {}

  @Query(() => AccountType, { nullable: true, description: 'The signed-in account; null when the request carries no access token.' })
  me(@Ctx() ctx: Context) {
    // The request's own account row, read once when it was authenticated (server.ts contextFor).
    return ctx.viewer && ctx.loaders.accountById.load(ctx.viewer.accountId);
  }

  @Mutation(() => SignUpPayload, {
    description:
      'Creates a MEMBER account (and, with `organization`, its membership application) and signs it in. ' +
      `userErrors: BAD_USER_INPUT (email, password of at least ${MIN_PASSWORD_LENGTH} characters, organisation fields), EMAIL_TAKEN, SLUG_TAKEN.`,
  })
  signUp(@MutationInput(() => SignUpInput) input: SignUpInput, @Ctx() ctx: Context) {
    input.email = normalizeEmail(input.email);
    // No clientMutationId: keys belong to an account, and here there is none yet. The unique email
    // makes a retry safe anyway: it answers CONFLICT, and signIn then tells the first one worked.
    return runMutation<SignUpPayload, Session>(ctx, input, {
      empty: { account: null, token: null, expiresAt: null },
      perform: (write) => this.services.accounts.signUp(input, write),
      payload: (session) => session,
    });
  }

  @Mutation(() => SignInPayload, {
    description:
      'Exchanges email and password for an access token (send it as `Authorization: Bearer <token>`). A wrong email and a wrong ' +
      'password both answer INVALID_CREDENTIALS with the same message; after repeated failures TOO_MANY_ATTEMPTS with `retryAfterSeconds`.',
  })
  async signIn(@MutationInput(() => SignInInput) input: SignInInput, @Ctx() ctx: Context) {
    input.email = normalizeEmail(input.email);
    let retryAfterSeconds: number | null = null;
    const payload = await runMutation<SignInPayload, Session>(ctx, input, {
      empty: { account: null, token: null, expiresAt: null, retryAfterSeconds: null },
      // Writes nothing (failures are counted outside the database).
      perform: async () => {
        try {
          return await this.services.accounts.signIn(input, ctx.clientIp);
        } catch (error) {
          if (error instanceof TooManyAttemptsError) retryAfterSeconds = error.retryAfterSeconds;
          throw error;
        }
      },
      payload: (session) => ({ ...session, retryAfterSeconds: null }),
    });
    return { ...payload, retryAfterSeconds };
  }

  @Authorized()
  @Mutation(() => SignOutPayload, {
    description:
      "Signs the account out everywhere: every access token it was issued, this request's included, stops working at once " +
      '(answers 401 UNAUTHENTICATED from the next request on). Sign in again for a new token.',
  })
  signOut(@Ctx() ctx: Context) {
    return runMutation<SignOutPayload, Account>(
      ctx,
      {},
      {
        ...returns('account'),
        perform: (write) => this.services.accounts.signOut(signedIn(ctx), write),
      },
    );
  }

  @FieldResolver(() => Organization, {
    nullable: true,
    description: "The member's organisation; null for planners, admins and members who have not applied yet.",
  })
  organization(@Root() account: Account, @Ctx() ctx: Context) {
    // An account is shown only to itself (me, the signUp/signIn payloads, Consortium.owner to its
    // owner), to its own team (Organization.team, the team payloads) or to admins (auditLog,
    // Consortium.owner), and a member always sees its own organisation (organization.access.ts);
    // signUp and signIn are anonymous requests, so ctx.viewer cannot decide it.
    return account.organizationId === null ? null : ctx.loaders.organizationById.load(account.organizationId);
  }
}
