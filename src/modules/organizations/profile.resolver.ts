import { Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { toGlobalId } from '../../graphql/global-id';
import { returns, runMutation } from '../mutation';
import { MutationInput, signedIn } from '../../graphql/mutation-input';
import type { Services } from '../../services';
import { AccountRole } from '../accounts/account.enums';
import { OrganizationPayload } from './membership.types';
import { AddCapabilityInput, RemoveCapabilityInput, UpdateCapabilityInput, UpdateMatchmakingSettingsInput, UpdateOrganizationInput } from './profile.inputs';
import { CapabilityPayload, MatchmakingSettingsPayload, RemoveCapabilityPayload } from './profile.types';
import type { Capability } from '../capabilities/capability.entity';
import type { Organization } from './organization.entity';

/** Validated by runMutation, so failures come back as userErrors rather than a top-level error. */

/** Profile edits by the organisation's own members or an admin (ownership is checked in ProfileService). */
@Resolver()
export class ProfileResolver {
  constructor(private readonly services: Services) {}

  @Authorized(AccountRole.MEMBER, AccountRole.ADMIN)
  @Mutation(() => OrganizationPayload, {
    description: "Changes an organisation's profile (own organisation, or any as ADMIN). A stale `version` answers CONFLICT and writes nothing.",
  })
  updateOrganization(@MutationInput(() => UpdateOrganizationInput) input: UpdateOrganizationInput, @Ctx() ctx: Context) {
    return runMutation<OrganizationPayload, Organization>(ctx, input, {
      ...returns('organization'),
      perform: (write) => this.services.profile.updateOrganization(signedIn(ctx), input, write),
    });
  }

  @Authorized(AccountRole.MEMBER, AccountRole.ADMIN)
  @Mutation(() => MatchmakingSettingsPayload, {
    description:
      "Changes an organisation's matchmaking settings (`matchmaking`, `maxConcurrentConsortia`): an owner of the organisation, or an ADMIN. A stale `version` answers CONFLICT and writes nothing.",
  })
  updateMatchmakingSettings(@MutationInput(() => UpdateMatchmakingSettingsInput) input: UpdateMatchmakingSettingsInput, @Ctx() ctx: Context) {
    return runMutation<MatchmakingSettingsPayload, Organization>(ctx, input, {
      ...returns('organization'),
      perform: (write) => this.services.profile.updateMatchmakingSettings(signedIn(ctx), input, write),
    });
  }

  @Authorized(AccountRole.MEMBER, AccountRole.ADMIN)
  @Mutation(() => CapabilityPayload, { description: 'Adds a capability to an organisation (own organisation, or any as ADMIN).' })
  addCapability(@MutationInput(() => AddCapabilityInput) input: AddCapabilityInput, @Ctx() ctx: Context) {
    return runMutation<CapabilityPayload, Capability>(ctx, input, {
      ...returns('capability'),
      perform: (write) => this.services.profile.addCapability(signedIn(ctx), input, write),
      idempotent: 'addCapability',
    });
  }

  @Authorized(AccountRole.MEMBER, AccountRole.ADMIN)
  @Mutation(() => CapabilityPayload, { description: 'Changes a capability. A stale `version` answers CONFLICT and writes nothing.' })
  updateCapability(@MutationInput(() => UpdateCapabilityInput) input: UpdateCapabilityInput, @Ctx() ctx: Context) {
    return runMutation<CapabilityPayload, Capability>(ctx, input, {
      ...returns('capability'),
      perform: (write) => this.services.profile.updateCapability(signedIn(ctx), input, write),
    });
  }

  @Authorized(AccountRole.MEMBER, AccountRole.ADMIN)
  @Mutation(() => RemoveCapabilityPayload, { description: 'Removes a capability (own organisation, or any as ADMIN).' })
  removeCapability(@MutationInput(() => RemoveCapabilityInput) input: RemoveCapabilityInput, @Ctx() ctx: Context) {
    return runMutation<RemoveCapabilityPayload, { removedCapabilityId: number; organization: Organization }>(ctx, input, {
      empty: { removedCapabilityId: null, organization: null },
      perform: (write) => this.services.profile.removeCapability(signedIn(ctx), input, write),
      payload: ({ removedCapabilityId, organization }) => ({ removedCapabilityId: toGlobalId('Capability', removedCapabilityId), organization }),
    });
  }
}
