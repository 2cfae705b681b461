import { Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { MutationInput, signedIn } from '../../graphql/mutation-input';
import type { Services } from '../../services';
import { AccountRole } from '../accounts/account.enums';
import type { Context } from '../context';
import { runMutation } from '../mutation';
import { loadVisibleOrganization } from '../organizations/organization.access';
import { Organization } from '../organizations/organization.entity';
import { loadVisibleProject } from '../projects/project.access';
import { Project } from '../projects/project.entity';
import { RequirementSlot } from '../projects/requirement-slot.entity';
import { canSeeInterests } from './project-interest.access';
import { ProjectInterest } from './project-interest.entity';
import { ExpressInterestInput, WithdrawInterestInput } from './project-interest.inputs';
import type { InterestChange } from './project-interest.service';
import { ProjectInterestPayload } from './project-interest.types';

const EMPTY = { interest: null, project: null };

/** Expressions of interest: an organisation puts itself forward for a project; its planner reads them. */
@Resolver(() => ProjectInterest)
export class ProjectInterestResolver {
  constructor(private readonly services: Services) {}

  @Authorized(AccountRole.MEMBER)
  @Mutation(() => ProjectInterestPayload, {
    description:
      'Puts your organisation (APPROVED) forward for an OPEN project, for some of its slots, with a message to its planner; expressing again replaces ' +
      "the slots and message. Any member of the organisation's team.",
  })
  expressInterest(@MutationInput(() => ExpressInterestInput) input: ExpressInterestInput, @Ctx() ctx: Context) {
    return runMutation<ProjectInterestPayload, InterestChange>(ctx, input, {
      empty: EMPTY,
      perform: (write) => this.services.projectInterests.express(signedIn(ctx), input, write),
      payload: (change) => change,
    });
  }

  @Authorized(AccountRole.MEMBER)
  @Mutation(() => ProjectInterestPayload, {
    description: "Takes your organisation's interest in a project back (NOT_INTERESTED when there is none). Any member of the organisation's team.",
  })
  withdrawInterest(@MutationInput(() => WithdrawInterestInput) input: WithdrawInterestInput, @Ctx() ctx: Context) {
    return runMutation<ProjectInterestPayload, InterestChange>(ctx, input, {
      empty: EMPTY,
      perform: (write) => this.services.projectInterests.withdraw(signedIn(ctx), input, write),
      payload: (change) => change,
    });
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The organisation that put itself forward; null when you may not see it.' })
  organization(@Root() interest: ProjectInterest, @Ctx() ctx: Context) {
    return loadVisibleOrganization(ctx, interest.organizationId);
  }

  @FieldResolver(() => Project, { nullable: true, description: 'The project.' })
  project(@Root() interest: ProjectInterest, @Ctx() ctx: Context) {
    return loadVisibleProject(ctx, interest.projectId);
  }

  @FieldResolver(() => [RequirementSlot], { description: 'The slots it would fill, in slot order (slots since removed are left out).' })
  async slots(@Root() interest: ProjectInterest, @Ctx() ctx: Context) {
    const slots = await ctx.loaders.slotsByProject.load(interest.projectId);
    return slots.filter((slot) => interest.slotIds.includes(slot.id));
  }
}

@Resolver(() => Project)
export class ProjectInterestFieldsResolver {
  @FieldResolver(() => [ProjectInterest], {
    nullable: true,
    description:
      'Organisations that put themselves forward for the project, oldest first: shown to the planner who owns it and to admins; null for everyone else.',
  })
  async interests(@Root() project: Project, @Ctx() ctx: Context): Promise<ProjectInterest[] | null> {
    if (!canSeeInterests(ctx.viewer, project)) return null;
    return ctx.loaders.interestsByProject.load(project.id);
  }
}
