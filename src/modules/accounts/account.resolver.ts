import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { runMutation } from '../../graphql/mutation';
import type { Services } from '../../services';
import { Organization } from '../organizations/organization.entity';
import { Account } from './account.entity';
import { normalizeEmail, SignInInput, SignUpInput } from './account.inputs';
import { TooManyAttemptsError } from './account.service';
import { SignInPayload, SignOutPayload, SignUpPayload } from './account.types';
import type { Viewer } from './tokens';

/** Validated by runMutation, so failures come back as userErrors rather than a top-level error. */
const INPUT = 'What to do; invalid fields come back as `userErrors` naming them.';

@Resolver(() => Account)
export class AccountResolver {
  constructor(private readonly services: Services) {}

  @Query(() => Account, { nullable: true, description: 'The signed-in account; null when the request carries no access token.' })
  me(@Ctx() ctx: Context) {
    // The request's own account row, read once when it was authenticated (server.ts contextFor).
    return ctx.viewer && ctx.loaders.accountById.load(ctx.viewer.accountId);
  }

  @Mutation(() => SignUpPayload, {
    description:
      'Creates a MEMBER account (and, with `organization`, its membership application) and signs it in. ' +
      'userErrors: BAD_USER_INPUT (email, password of at least 10 characters, organisation fields), CONFLICT (email or slug taken).',
  })
  signUp(@Arg('input', () => SignUpInput, { validate: false, description: INPUT }) input: SignUpInput) {
    input.email = normalizeEmail(input.email);
    return runMutation<SignUpPayload>(input, () => this.services.accounts.signUp(input), { account: null, token: null, expiresAt: null });
  }

  @Mutation(() => SignInPayload, {
    description:
      'Exchanges email and password for an access token (send it as `Authorization: Bearer <token>`). A wrong email and a wrong ' +
      'password both answer INVALID_CREDENTIALS with the same message; after repeated failures TOO_MANY_ATTEMPTS with `retryAfterSeconds`.',
  })
  async signIn(@Arg('input', () => SignInInput, { validate: false, description: INPUT }) input: SignInInput, @Ctx() ctx: Context) {
    input.email = normalizeEmail(input.email);
    let retryAfterSeconds: number | null = null;
    const payload = await runMutation<SignInPayload>(
      input,
      async () => {
        try {
          return { ...(await this.services.accounts.signIn(input, ctx.clientIp)), retryAfterSeconds: null };
        } catch (error) {
          if (error instanceof TooManyAttemptsError) retryAfterSeconds = error.retryAfterSeconds;
          throw error;
        }
      },
      { account: null, token: null, expiresAt: null, retryAfterSeconds: null },
    );
    return { ...payload, retryAfterSeconds };
  }

  @Authorized()
  @Mutation(() => SignOutPayload, {
    description:
      "Signs the account out everywhere: every access token it was issued, this request's included, stops working at once " +
      '(answers 401 UNAUTHENTICATED from the next request on). Sign in again for a new token.',
  })
  signOut(@Ctx() ctx: Context) {
    return runMutation<SignOutPayload>({}, async () => ({ account: await this.services.accounts.signOut(ctx.viewer as Viewer) }), { account: null });
  }

  @FieldResolver(() => Organization, { nullable: true, description: "The member's organisation; null for planners, admins and members who have not applied yet." })
  organization(@Root() account: Account, @Ctx() ctx: Context) {
    return account.organizationId === null ? null : ctx.loaders.organizationById.load(account.organizationId);
  }
}
