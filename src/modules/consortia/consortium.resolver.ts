import { Arg, Args, Authorized, Ctx, FieldResolver, Float, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { round } from '../../graphql/round';
import type { Context } from '../context';
import { parseGlobalId } from '../../graphql/global-id';
import { inputId } from '../../graphql/input-id';
import { pageConnection } from '../../graphql/paging';
import { returns, runMutation } from '../mutation';
import { MutationInput, signedIn } from '../../graphql/mutation-input';
import type { Services } from '../../services';
import { CONSORTIA_ORDER } from './consortium.service';
import { AccountType } from '../accounts/account.types';
import { AccountRole } from '../accounts/account.enums';
import { Organization } from '../organizations/organization.entity';
import { loadVisibleOrganization } from '../organizations/organization.access';
import { loadVisibleProject } from '../projects/project.access';
import { Project } from '../projects/project.entity';
import { RequirementSlot } from '../projects/requirement-slot.entity';
import { loadVisibleConsortium, ownsConsortium } from './consortium.access';
import { ConsortiumAssignment } from './consortium-assignment.entity';
import { ConsortiumMember } from './consortium-member.entity';
import { Consortium } from './consortium.entity';
import { InvitationStatus } from './consortium.enums';
import {
  AnswerConsortiumInvitationInput,
  ConsortiaArgs,
  ConsortiumTransitionInput,
  CreateConsortiaFromPortfolioInput,
  CreateConsortiumInput,
  DissolveConsortiumInput,
  SetConsortiumStakesInput,
} from './consortium.inputs';
import { ConsortiaPayload, ConsortiumConnection, ConsortiumPayload } from './consortium.types';

const PLANNERS = [AccountRole.PLANNER, AccountRole.ADMIN];
const consortiumId = (input: { consortiumId: string }) => inputId(input.consortiumId, 'Consortium', ['input', 'consortiumId']);

@Resolver(() => Consortium)
export class ConsortiumResolver {
  constructor(private readonly services: Services) {}

  @Query(() => Consortium, {
    nullable: true,
    description: 'One consortium by global id; null when there is none or you may not see it (owner, admins and its members may).',
  })
  consortium(@Arg('id', () => ID, { description: 'Global id of a Consortium.' }) id: string, @Ctx() ctx: Context) {
    return loadVisibleConsortium(ctx, parseGlobalId(id, 'Consortium', 'id'));
  }

  @Query(() => ConsortiumConnection, { description: "A project's consortia that you may see (owner, admins, members of their organisations), newest first." })
  consortia(@Args(() => ConsortiaArgs) args: ConsortiaArgs, @Ctx() ctx: Context) {
    const projectId = parseGlobalId(args.projectId, 'Project', 'projectId');
    return pageConnection(args, CONSORTIA_ORDER, (plan) => this.services.consortia.list(ctx.viewer, projectId, plan));
  }

  @Authorized(...PLANNERS)
  @Mutation(() => ConsortiumPayload, {
    description: 'Composes a DRAFT consortium for an OPEN or FORMING project you own: by hand, or from an assembleConsortium alternative. PLANNER or ADMIN.',
  })
  createConsortium(@MutationInput(() => CreateConsortiumInput) input: CreateConsortiumInput, @Ctx() ctx: Context) {
    return runMutation<ConsortiumPayload, Consortium>(ctx, input, {
      ...returns('consortium'),
      perform: (write) => this.services.consortia.create(signedIn(ctx), input, write, ctx.lang),
      idempotent: 'createConsortium',
    });
  }

  @Authorized(...PLANNERS)
  @Mutation(() => ConsortiaPayload, {
    description:
      'Creates the DRAFT consortia of an assemblePortfolio answer in one transaction, for OPEN or FORMING projects you own, checked again on the ' +
      'server: APPROVED members that fit their slots and have capacity left for all of them. Nothing is written when anything no longer holds. PLANNER or ADMIN.',
  })
  createConsortiaFromPortfolio(@MutationInput(() => CreateConsortiaFromPortfolioInput) input: CreateConsortiaFromPortfolioInput, @Ctx() ctx: Context) {
    return runMutation<ConsortiaPayload, Consortium[]>(ctx, input, {
      empty: { consortia: null },
      payload: (consortia) => ({ consortia }),
      perform: (write) => this.services.consortia.createFromPortfolio(signedIn(ctx), input, write),
      idempotent: 'createConsortiaFromPortfolio',
    });
  }

  @Authorized(...PLANNERS)
  @Mutation(() => ConsortiumPayload, { description: 'Invites every member: DRAFT → INVITING; the project, if OPEN, becomes FORMING. The owner or an admin.' })
  inviteToConsortium(@MutationInput(() => ConsortiumTransitionInput) input: ConsortiumTransitionInput, @Ctx() ctx: Context) {
    return runMutation<ConsortiumPayload, Consortium>(ctx, input, {
      ...returns('consortium'),
      perform: (write) => this.services.consortia.invite(signedIn(ctx), consortiumId(input), input.version, write),
    });
  }

  @Authorized(AccountRole.MEMBER)
  @Mutation(() => ConsortiumPayload, { description: "A member of an INVITED organisation accepts or declines the consortium's invitation." })
  answerConsortiumInvitation(@MutationInput(() => AnswerConsortiumInvitationInput) input: AnswerConsortiumInvitationInput, @Ctx() ctx: Context) {
    return runMutation<ConsortiumPayload, Consortium>(ctx, input, {
      ...returns('consortium'),
      perform: (write) => this.services.consortia.answer(signedIn(ctx), consortiumId(input), input.answer, write),
    });
  }

  @Authorized(...PLANNERS)
  @Mutation(() => ConsortiumPayload, {
    description: "Sets members' stakes (fractions 0–1) in a DRAFT or INVITING consortium; members left out keep theirs. The owner or an admin.",
  })
  setConsortiumStakes(@MutationInput(() => SetConsortiumStakesInput) input: SetConsortiumStakesInput, @Ctx() ctx: Context) {
    return runMutation<ConsortiumPayload, Consortium>(ctx, input, {
      ...returns('consortium'),
      perform: (write) => this.services.consortia.setStakes(signedIn(ctx), consortiumId(input), input.version, input.stakes, write),
    });
  }

  @Authorized(...PLANNERS)
  @Mutation(() => ConsortiumPayload, {
    description:
      'INVITING → CONFIRMED when every member accepted, every slot is filled, the stakes add up to 1 (STAKES_DO_NOT_SUM_TO_ONE) and the large ' +
      "enterprises' stakes stay within the project's maxLargeStake (LARGE_STAKE_EXCEEDED); the project becomes AWARDED, and its other consortia " +
      'are dissolved, their unanswered invitations EXPIRED. CONFLICT when the project already has a confirmed consortium.',
  })
  confirmConsortium(@MutationInput(() => ConsortiumTransitionInput) input: ConsortiumTransitionInput, @Ctx() ctx: Context) {
    return runMutation<ConsortiumPayload, Consortium>(ctx, input, {
      ...returns('consortium'),
      perform: (write) => this.services.consortia.confirm(signedIn(ctx), consortiumId(input), input.version, write),
    });
  }

  @Authorized(...PLANNERS)
  @Mutation(() => ConsortiumPayload, {
    description: 'DRAFT or INVITING → DISSOLVED (a CONFIRMED consortium stands: CONSORTIUM_CONFIRMED). The owner or an admin.',
  })
  dissolveConsortium(@MutationInput(() => DissolveConsortiumInput) input: DissolveConsortiumInput, @Ctx() ctx: Context) {
    return runMutation<ConsortiumPayload, Consortium>(ctx, input, {
      ...returns('consortium'),
      perform: (write) => this.services.consortia.dissolve(signedIn(ctx), consortiumId(input), input.version, input.reason, write),
    });
  }

  @FieldResolver(() => Project, { nullable: true, description: 'The project the consortium is for.' })
  project(@Root() consortium: Consortium, @Ctx() ctx: Context) {
    return loadVisibleProject(ctx, consortium.projectId);
  }

  @FieldResolver(() => AccountType, { nullable: true, description: 'The planner who composed it; shown to that planner and to admins only.' })
  async owner(@Root() consortium: Consortium, @Ctx() ctx: Context) {
    if (!ctx.viewer || !ownsConsortium(ctx.viewer, consortium)) return null;
    return ctx.loaders.accountById.load(consortium.ownerId);
  }

  @FieldResolver(() => [ConsortiumMember], { description: 'The member organisations, with their roles and invitations, in the order they were added.' })
  members(@Root() consortium: Consortium, @Ctx() ctx: Context) {
    return ctx.loaders.membersByConsortium.load(consortium.id);
  }

  @FieldResolver(() => [ConsortiumAssignment], { description: "Which member fills which of the project's slots, in slot order." })
  assignments(@Root() consortium: Consortium, @Ctx() ctx: Context) {
    return ctx.loaders.assignmentsByConsortium.load(consortium.id);
  }
}

@Resolver(() => ConsortiumMember)
export class ConsortiumMembershipResolver {
  constructor(private readonly services: Services) {}

  @FieldResolver(() => InvitationStatus, {
    description: "Where the member's invitation stands. One left unanswered for INVITATION_TTL_DAYS (14 days by default) reads EXPIRED.",
  })
  async invitationStatus(@Root() member: ConsortiumMember, @Ctx() ctx: Context): Promise<InvitationStatus> {
    if (member.invitationStatus !== InvitationStatus.INVITED) return member.invitationStatus;
    const consortium = member.consortium ?? (await ctx.loaders.consortiumById.load(member.consortiumId));
    return this.services.consortia.invitationStatusOf(member, consortium);
  }

  // Seeing the consortium does not widen who sees which profile (organization.access.ts): a member that is
  // PRIVATE to you, or no longer APPROVED, reads null, as an unknown organisation would.
  @FieldResolver(() => Organization, { nullable: true, description: 'The member organisation; null when you may not see it.' })
  organization(@Root() member: ConsortiumMember, @Ctx() ctx: Context) {
    return loadVisibleOrganization(ctx, member.organizationId);
  }

  @FieldResolver(() => Consortium, { nullable: true, description: 'The consortium this membership is in; null when you may not see it.' })
  consortium(@Root() member: ConsortiumMember, @Ctx() ctx: Context) {
    return loadVisibleConsortium(ctx, member.consortiumId);
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description:
      "The member's stake (지분) in the consortium, a fraction 0–1 (4 decimals): from the alternative's slots and their budget shares, or as the planner set it; null when not set.",
  })
  stake(@Root() member: ConsortiumMember): number | null {
    return member.stake === null ? null : round(member.stake);
  }

  @FieldResolver(() => [RequirementSlot], { description: 'The slots this member fills, in slot order.' })
  async slots(@Root() member: ConsortiumMember, @Ctx() ctx: Context) {
    const assignments = await ctx.loaders.assignmentsByConsortium.load(member.consortiumId);
    const mine = assignments.filter((a) => a.organizationId === member.organizationId).map((a) => a.requirementSlotId);
    return (await ctx.loaders.requirementSlotById.loadMany(mine)).filter((s): s is RequirementSlot => s instanceof RequirementSlot);
  }
}

@Resolver(() => ConsortiumAssignment)
export class ConsortiumSlotAssignmentResolver {
  @FieldResolver(() => RequirementSlot, { description: 'The requirement slot.' })
  async slot(@Root() assignment: ConsortiumAssignment, @Ctx() ctx: Context) {
    return ctx.loaders.requirementSlotById.load(assignment.requirementSlotId);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The member that fills it; null when you may not see it.' })
  organization(@Root() assignment: ConsortiumAssignment, @Ctx() ctx: Context) {
    return loadVisibleOrganization(ctx, assignment.organizationId);
  }
}
