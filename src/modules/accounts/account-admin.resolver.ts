import { Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { MutationInput, signedIn } from '../../graphql/mutation-input';
import { pageConnection } from '../../graphql/paging';
import type { Services } from '../../services';
import type { Context } from '../context';
import { returns, runMutation } from '../mutation';
import { canSeeAccountAdministration } from './account.access';
import type { Account } from './account.entity';
import { AccountRole } from './account.enums';
import { AccountType } from './account.types';
import { AccountsArgs, UpdateAccountInput } from './account-admin.inputs';
import { ACCOUNTS_ORDER } from './account-admin.service';
import { AccountConnection, UpdateAccountPayload } from './account-admin.types';

/** The steering committee's account administration (ADMIN only): the list of accounts, roles and disabling. */
@Resolver(() => AccountType)
export class AccountAdminResolver {
  constructor(private readonly services: Services) {}

  @Authorized(AccountRole.ADMIN)
  @Query(() => AccountConnection, {
    description:
      'Every account, newest first (ADMIN only): narrowed by role, by text in the sign-in address, or to disabled or enabled ones. ' +
      'Where an admin finds the ids updateAccount and transferProject take.',
  })
  accounts(@Args(() => AccountsArgs) args: AccountsArgs) {
    return pageConnection(args, ACCOUNTS_ORDER, (plan) => this.services.accountAdmin.list(args, plan));
  }

  @Authorized(AccountRole.ADMIN)
  @Mutation(() => UpdateAccountPayload, {
    description:
      "Changes an account's role and/or disables or re-enables it (ADMIN only). A disabled account cannot sign in and its tokens fail from their next " +
      'request (401 UNAUTHENTICATED). userErrors: LAST_ADMIN (the last enabled admin can be neither demoted nor disabled), ALREADY_IN_ORGANIZATION ' +
      "(an account on an organisation's team cannot become PLANNER or ADMIN), NOT_FOUND.",
  })
  updateAccount(@MutationInput(() => UpdateAccountInput) input: UpdateAccountInput, @Ctx() ctx: Context) {
    return runMutation<UpdateAccountPayload, Account>(ctx, input, {
      ...returns('account'),
      perform: (write) => this.services.accountAdmin.update(signedIn(ctx), input, write),
    });
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description: 'Whether an admin disabled the account (it cannot sign in, its tokens are refused). Shown to admins only: null for everyone else.',
  })
  disabled(@Root() account: Account, @Ctx() ctx: Context): boolean | null {
    return canSeeAccountAdministration(ctx.viewer) ? account.disabledAt !== null : null;
  }
}
