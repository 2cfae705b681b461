import { Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { MutationInput, signedIn } from '../../graphql/mutation-input';
import type { Services } from '../../services';
import { AccountRole } from '../accounts/account.enums';
import type { Context } from '../context';
import { returns, runMutation } from '../mutation';
import { loadVisibleOrganization } from '../organizations/organization.access';
import { Organization } from '../organizations/organization.entity';
import { canSeeBlocks } from './partner-block.access';
import { PartnerBlockInput } from './partner-block.inputs';
import { PartnerBlockPayload } from './partner-block.types';

/** Blocked partners: an owner's list of organisations never to be matched with its own. */
@Resolver(() => Organization)
export class PartnerBlockResolver {
  constructor(private readonly services: Services) {}

  @Authorized(AccountRole.MEMBER, AccountRole.ADMIN)
  @Mutation(() => PartnerBlockPayload, {
    description:
      'Your organisation will never be matched with this one, in either direction: no consortium alternative holds both, and neither is suggested ' +
      'to the other. Owners of the organisation, or admins. The blocked organisation is not told.',
  })
  blockPartner(@MutationInput(() => PartnerBlockInput) input: PartnerBlockInput, @Ctx() ctx: Context) {
    return runMutation<PartnerBlockPayload, Organization>(ctx, input, {
      ...returns('organization'),
      perform: (write) => this.services.partnerBlocks.block(signedIn(ctx), input, write),
    });
  }

  @Authorized(AccountRole.MEMBER, AccountRole.ADMIN)
  @Mutation(() => PartnerBlockPayload, {
    description: 'Lifts a block your organisation set (NOT_BLOCKED when there is none). Owners of the organisation, or admins.',
  })
  unblockPartner(@MutationInput(() => PartnerBlockInput) input: PartnerBlockInput, @Ctx() ctx: Context) {
    return runMutation<PartnerBlockPayload, Organization>(ctx, input, {
      ...returns('organization'),
      perform: (write) => this.services.partnerBlocks.unblock(signedIn(ctx), input, write),
    });
  }

  @FieldResolver(() => [Organization], {
    nullable: true,
    description:
      'The organisations this one blocked, oldest block first (those you may not see are left out); shown to its own team and admins only, null for everyone else.',
  })
  async blockedPartners(@Root() organization: Organization, @Ctx() ctx: Context): Promise<Organization[] | null> {
    if (!canSeeBlocks(ctx.viewer, organization.id)) return null;
    const blocks = await ctx.loaders.blocksByOrganization.load(organization.id);
    const blocked = await Promise.all(blocks.map((block) => loadVisibleOrganization(ctx, block.blockedOrganizationId)));
    return blocked.filter((o): o is Organization => o !== null);
  }
}
