import { Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { returns, runMutation } from '../mutation';
import { MutationInput, signedIn } from '../../graphql/mutation-input';
import type { Services } from '../../services';
import { AccountRole } from '../accounts/account.enums';
import { ApplyForMembershipInput, DecideMembershipInput, SuspendMembershipInput, WithdrawMembershipInput } from './membership.inputs';
import { ApplyForMembershipPayload, OrganizationPayload } from './membership.types';
import type { Account } from '../accounts/account.entity';
import type { Organization } from './organization.entity';

/** Validated by runMutation, so failures come back as userErrors rather than a top-level error. */

/** Membership: members apply and withdraw, the steering committee (ADMIN) decides and suspends. */
@Resolver()
export class MembershipResolver {
  constructor(private readonly services: Services) {}

  @Authorized(AccountRole.MEMBER)
  @Mutation(() => ApplyForMembershipPayload, {
    description:
      'MEMBER without an organisation: applies for membership with a new organisation (APPLIED). ALREADY_IN_ORGANIZATION when the account already has one.',
  })
  async applyForMembership(@MutationInput(() => ApplyForMembershipInput) input: ApplyForMembershipInput, @Ctx() ctx: Context) {
    return runMutation<ApplyForMembershipPayload, { organization: Organization; account: Account }>(ctx, input, {
      empty: { organization: null, token: null, expiresAt: null },
      perform: (write) => this.services.membership.apply(signedIn(ctx), input, write),
      // A retry answers with a new token for the same account: tokens are not stored.
      payload: async ({ organization, account }) => {
        const { token, expiresAt } = await this.services.accounts.session(account);
        return { organization, token, expiresAt };
      },
      idempotent: 'applyForMembership',
    });
  }

  @Authorized(AccountRole.ADMIN)
  @Mutation(() => OrganizationPayload, {
    description:
      'ADMIN: decides an application (APPLIED → APPROVED or REJECTED) or reinstates a suspended member (SUSPENDED → APPROVED), ' +
      'recording who, when and why. Any other transition answers MEMBERSHIP_STATUS_FORBIDS.',
  })
  decideMembership(@MutationInput(() => DecideMembershipInput) input: DecideMembershipInput, @Ctx() ctx: Context) {
    return runMutation<OrganizationPayload, Organization>(ctx, input, {
      ...returns('organization'),
      perform: (write) => this.services.membership.decide(signedIn(ctx), input, write),
    });
  }

  @Authorized(AccountRole.ADMIN)
  @Mutation(() => OrganizationPayload, { description: 'ADMIN: suspends an approved member (APPROVED → SUSPENDED); reinstate with decideMembership(APPROVED).' })
  suspendMembership(@MutationInput(() => SuspendMembershipInput) input: SuspendMembershipInput, @Ctx() ctx: Context) {
    return runMutation<OrganizationPayload, Organization>(ctx, input, {
      ...returns('organization'),
      perform: (write) => this.services.membership.suspend(signedIn(ctx), input, write),
    });
  }

  @Authorized(AccountRole.MEMBER)
  @Mutation(() => OrganizationPayload, {
    description: "The organisation's own member: withdraws the application or leaves the alliance (APPLIED, APPROVED or SUSPENDED → WITHDRAWN, final).",
  })
  withdrawMembership(@MutationInput(() => WithdrawMembershipInput) input: WithdrawMembershipInput, @Ctx() ctx: Context) {
    return runMutation<OrganizationPayload, Organization>(ctx, input, {
      ...returns('organization'),
      perform: (write) => this.services.membership.withdraw(signedIn(ctx), input, write),
    });
  }
}
