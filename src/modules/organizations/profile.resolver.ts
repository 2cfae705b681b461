import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { toGlobalId } from '../../graphql/global-id';
import { runMutation } from '../mutation';
import type { Services } from '../../services';
import { AccountRole } from '../accounts/account.enums';
import type { Viewer } from '../accounts/viewer';
import { OrganizationPayload } from './membership.types';
import { AddCapabilityInput, RemoveCapabilityInput, UpdateCapabilityInput, UpdateOrganizationInput } from './profile.inputs';
import { CapabilityPayload, RemoveCapabilityPayload } from './profile.types';
import type { Capability } from '../capabilities/capability.entity';
import type { Organization } from './organization.entity';

/** Validated by runMutation, so failures come back as userErrors rather than a top-level error. */
const INPUT = 'What to do; invalid fields come back as `userErrors` naming them.';

/** Profile edits by the organisation's own members or an admin (ownership is checked in ProfileService). */
@Resolver()
export class ProfileResolver {
  constructor(private readonly services: Services) {}

  @Authorized(AccountRole.MEMBER, AccountRole.ADMIN)
  @Mutation(() => OrganizationPayload, {
    description: "Changes an organisation's profile (own organisation, or any as ADMIN). A stale `version` answers CONFLICT and writes nothing.",
  })
  updateOrganization(@Arg('input', () => UpdateOrganizationInput, { validate: false, description: INPUT }) input: UpdateOrganizationInput, @Ctx() ctx: Context) {
    return runMutation<OrganizationPayload, Organization>(ctx, input, {
      empty: { organization: null },
      perform: (write) => this.services.profile.updateOrganization(ctx.viewer as Viewer, input, write),
      payload: (organization) => ({ organization }),
    });
  }

  @Authorized(AccountRole.MEMBER, AccountRole.ADMIN)
  @Mutation(() => CapabilityPayload, { description: 'Adds a capability to an organisation (own organisation, or any as ADMIN).' })
  addCapability(@Arg('input', () => AddCapabilityInput, { validate: false, description: INPUT }) input: AddCapabilityInput, @Ctx() ctx: Context) {
    return runMutation<CapabilityPayload, Capability>(ctx, input, {
      empty: { capability: null },
      perform: (write) => this.services.profile.addCapability(ctx.viewer as Viewer, input, write),
      payload: (capability) => ({ capability }),
      idempotent: 'addCapability',
    });
  }

  @Authorized(AccountRole.MEMBER, AccountRole.ADMIN)
  @Mutation(() => CapabilityPayload, { description: 'Changes a capability. A stale `version` answers CONFLICT and writes nothing.' })
  updateCapability(@Arg('input', () => UpdateCapabilityInput, { validate: false, description: INPUT }) input: UpdateCapabilityInput, @Ctx() ctx: Context) {
    return runMutation<CapabilityPayload, Capability>(ctx, input, {
      empty: { capability: null },
      perform: (write) => this.services.profile.updateCapability(ctx.viewer as Viewer, input, write),
      payload: (capability) => ({ capability }),
    });
  }

  @Authorized(AccountRole.MEMBER, AccountRole.ADMIN)
  @Mutation(() => RemoveCapabilityPayload, { description: 'Removes a capability (own organisation, or any as ADMIN).' })
  removeCapability(@Arg('input', () => RemoveCapabilityInput, { validate: false, description: INPUT }) input: RemoveCapabilityInput, @Ctx() ctx: Context) {
    return runMutation<RemoveCapabilityPayload, { removedCapabilityId: number; organization: Organization }>(ctx, input, {
      empty: { removedCapabilityId: null, organization: null },
      perform: (write) => this.services.profile.removeCapability(ctx.viewer as Viewer, input, write),
      payload: ({ removedCapabilityId, organization }) => ({ removedCapabilityId: toGlobalId('Capability', removedCapabilityId), organization }),
    });
  }
}
