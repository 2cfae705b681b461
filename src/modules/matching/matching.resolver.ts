import { Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root, UseMiddleware } from 'type-graphql';
import { parseGlobalId } from '../../graphql/global-id';
import { LangArgument } from '../../graphql/language';
import type { Context } from '../context';
import type { Services } from '../../services';
import { Capability } from '../capabilities/capability.entity';
import { Organization } from '../organizations/organization.entity';
import { loadVisibleOrganization, loadVisibleOrganizationOrNull } from '../organizations/organization.access';
import { Project } from '../projects/project.entity';
import { RequirementSlot } from '../projects/requirement-slot.entity';
import { Domain } from '../taxonomy/domain.entity';
import { Technology } from '../taxonomy/technology.entity';
import {
  AssembleConsortiumArgs,
  AssemblePortfolioArgs,
  consortiumQuery,
  ExplainExclusionArgs,
  PartnerMatchesArgs,
  portfolioQuery,
  ProjectMatchesArgs,
} from './matching.inputs';
import {
  ConsortiumAlternative,
  ProposedAssignment,
  ProposedMember,
  ConsortiumResult,
  ExclusionExplanation,
  FitBreakdown,
  PartnerMatch,
  PartnerMatchResult,
  PortfolioProject,
  PortfolioResult,
  ProjectMatch,
  ProjectMatchResult,
  ProjectSlotFit,
  SlotCoverage,
  TargetSlot,
} from './matching.types';

/** Every matching query takes `lang`: its errors, argument validation included, are said in it (src/graphql/language.ts). */
@Resolver()
@UseMiddleware(LangArgument)
export class MatchingResolver {
  constructor(private readonly services: Services) {}

  @Query(() => PartnerMatchResult, {
    description:
      "Ranked partners for an organisation: who adds most over its own fit on a project's slots (or on domains), " +
      'plus a bonus for crossing industries. Every number is traceable in `breakdown` and `reasons`.',
  })
  partnerMatches(@Args(() => PartnerMatchesArgs) args: PartnerMatchesArgs, @Ctx() ctx: Context) {
    const seekerId = parseGlobalId(args.organizationId, 'Organization', 'organizationId');
    const { projectId } = args.target;
    const target = { ...args.target, projectId: projectId != null ? parseGlobalId(projectId, 'Project', 'target.projectId') : null };
    return this.services.matching.partnerMatches({ seekerId, target, first: args.first, mu: args.mu, lang: args.lang }, ctx.viewer);
  }

  @Query(() => ConsortiumResult, {
    description:
      'The best consortia for a project, found by a mixed-integer program (HiGHS) under the given rules, with ' +
      'optimality proven by the solver; up to k alternatives with distinct member sets. Impossible rules answer no ' +
      'alternatives and an `infeasibleReason`, not an error.',
  })
  assembleConsortium(@Args(() => AssembleConsortiumArgs) args: AssembleConsortiumArgs, @Ctx() ctx: Context) {
    return this.services.matching.assembleConsortium(consortiumQuery(args), ctx.viewer);
  }

  @Query(() => PortfolioResult, {
    description:
      'One consortium per project, chosen jointly (Σ projectWeight × value) so that no organisation is counted on by more new consortia ' +
      'than it can still join (maxConcurrentConsortia less its live consortia), beside the one-at-a-time baseline in the order given. ' +
      'A project that cannot be staffed says why, and the rest are assembled unless requireAll. Same access as assembleConsortium.',
  })
  assemblePortfolio(@Args(() => AssemblePortfolioArgs) args: AssemblePortfolioArgs, @Ctx() ctx: Context) {
    return this.services.matching.assemblePortfolio(portfolioQuery(args), ctx.viewer);
  }

  @Query(() => ExclusionExplanation, {
    description:
      'Why an organisation is not in the best consortium for a project: the optimum value, the best consortium with it included ' +
      '(exactly assembleConsortium with it in includeOrganizations), the loss, and the cause with a sentence. Same access as assembleConsortium.',
  })
  explainExclusion(@Args(() => ExplainExclusionArgs) args: ExplainExclusionArgs, @Ctx() ctx: Context) {
    const organizationId = parseGlobalId(args.organizationId, 'Organization', 'organizationId');
    return this.services.matching.explainExclusion({ ...consortiumQuery(args), organizationId }, ctx.viewer);
  }

  @Authorized()
  @Query(() => ProjectMatchResult, {
    description:
      "OPEN projects for an organisation, ranked by the share of each project's weighted need it covers (Σ weight × fit / Σ weight), " +
      "ties by project id, with the slots it fits and reasons. For the organisation's own team, planners and admins; FORBIDDEN for " +
      'others who may see the organisation, NOT_FOUND for those who may not.',
  })
  projectMatches(@Args(() => ProjectMatchesArgs) args: ProjectMatchesArgs, @Ctx() ctx: Context) {
    const organizationId = parseGlobalId(args.organizationId, 'Organization', 'organizationId');
    return this.services.matching.projectMatches({ organizationId, first: args.first, lang: args.lang }, ctx.viewer!);
  }
}

@Resolver(() => ProjectMatchResult)
export class ProjectMatchResultResolver {
  @FieldResolver(() => Organization, { nullable: true, description: 'The organisation the projects were ranked for.' })
  organization(@Root() result: ProjectMatchResult, @Ctx() ctx: Context) {
    return loadVisibleOrganization(ctx, result.organizationId);
  }
}

@Resolver(() => PortfolioProject)
export class PortfolioProjectResolver {
  @FieldResolver(() => Project, { description: 'The project.' })
  project(@Root() row: PortfolioProject, @Ctx() ctx: Context) {
    return ctx.loaders.projectById.load(row.projectId);
  }
}

@Resolver(() => PortfolioResult)
export class PortfolioResultResolver {
  @FieldResolver(() => [Organization], {
    description: 'Organisations the portfolio brings to their limit: as many new consortia as they could still join (those you may see), by id.',
  })
  async atCapacity(@Root() result: PortfolioResult, @Ctx() ctx: Context) {
    const found = await Promise.all(result.atCapacityIds.map((id) => loadVisibleOrganizationOrNull(ctx, id)));
    return found.filter((o): o is Organization => o !== null);
  }
}

@Resolver(() => ProjectMatch)
export class ProjectMatchResolver {
  @FieldResolver(() => Project, { description: 'The project.' })
  project(@Root() match: ProjectMatch, @Ctx() ctx: Context) {
    return ctx.loaders.projectById.load(match.projectId);
  }

  @FieldResolver(() => [RequirementSlot], { description: 'The slots the organisation fits, in slot order.' })
  slots(@Root() match: ProjectMatch, @Ctx() ctx: Context) {
    return ctx.loaders.requirementSlotById.loadMany(match.slotIds);
  }
}

@Resolver(() => ProjectSlotFit)
export class ProjectSlotFitResolver {
  @FieldResolver(() => RequirementSlot, { description: 'The slot.' })
  slot(@Root() fit: ProjectSlotFit, @Ctx() ctx: Context) {
    return ctx.loaders.requirementSlotById.load(fit.slotId);
  }
}

@Resolver(() => ExclusionExplanation)
export class ExclusionExplanationResolver {
  @FieldResolver(() => Project, { description: 'The project.' })
  project(@Root() explanation: ExclusionExplanation, @Ctx() ctx: Context) {
    return ctx.loaders.projectById.load(explanation.projectId);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The organisation asked about.' })
  organization(@Root() explanation: ExclusionExplanation, @Ctx() ctx: Context) {
    return loadVisibleOrganization(ctx, explanation.organizationId);
  }
}

@Resolver(() => FitBreakdown)
export class FitBreakdownResolver {
  @FieldResolver(() => Capability, { nullable: true, description: 'The capability that earned the fit.' })
  capability(@Root() fit: FitBreakdown, @Ctx() ctx: Context) {
    return fit.capabilityId === null ? null : ctx.loaders.capabilityById.load(fit.capabilityId);
  }

  @FieldResolver(() => [Technology], { description: "The slot's technologies the capability covers." })
  async matchedTechnologies(@Root() fit: FitBreakdown, @Ctx() ctx: Context) {
    return ctx.loaders.technologyById.loadMany(fit.matchedTechnologyIds);
  }
}

@Resolver(() => TargetSlot)
export class TargetSlotResolver {
  @FieldResolver(() => Domain, { description: 'The domain scored.' })
  domain(@Root() slot: TargetSlot, @Ctx() ctx: Context) {
    return ctx.loaders.domainById.load(slot.domainId);
  }

  @FieldResolver(() => [Technology], { description: 'Technologies asked for (empty: any).' })
  technologies(@Root() slot: TargetSlot, @Ctx() ctx: Context) {
    return ctx.loaders.technologyById.loadMany(slot.technologyIds);
  }

  @FieldResolver(() => RequirementSlot, { nullable: true, description: "The project's requirement slot; null for a domain target." })
  requirementSlot(@Root() slot: TargetSlot, @Ctx() ctx: Context) {
    return slot.requirementSlotId === null ? null : ctx.loaders.requirementSlotById.load(slot.requirementSlotId);
  }
}

@Resolver(() => PartnerMatch)
export class PartnerMatchResolver {
  @FieldResolver(() => Organization, { nullable: true, description: 'The candidate partner; null when you may not see it.' })
  organization(@Root() match: PartnerMatch, @Ctx() ctx: Context) {
    return loadVisibleOrganization(ctx, match.organizationId);
  }
}

@Resolver(() => PartnerMatchResult)
export class PartnerMatchResultResolver {
  @FieldResolver(() => Organization, { nullable: true, description: 'The organisation looking for partners; null when you may not see it.' })
  seeker(@Root() result: PartnerMatchResult, @Ctx() ctx: Context) {
    return loadVisibleOrganization(ctx, result.seekerId);
  }
}

@Resolver(() => ConsortiumResult)
export class ConsortiumResultResolver {
  @FieldResolver(() => Project, { description: 'The project.' })
  project(@Root() result: ConsortiumResult, @Ctx() ctx: Context) {
    return ctx.loaders.projectById.load(result.projectId);
  }
}

@Resolver(() => ConsortiumAlternative)
export class ConsortiumAlternativeResolver {
  @FieldResolver(() => [RequirementSlot], { description: 'Slots left unfilled (each adds 0).' })
  async gaps(@Root() alternative: ConsortiumAlternative, @Ctx() ctx: Context) {
    return ctx.loaders.requirementSlotById.loadMany(alternative.gapSlotIds);
  }
}

@Resolver(() => ProposedMember)
export class ConsortiumMemberResolver {
  @FieldResolver(() => Organization, { nullable: true, description: 'The member; null when you may not see it.' })
  organization(@Root() member: ProposedMember, @Ctx() ctx: Context) {
    return loadVisibleOrganization(ctx, member.organizationId);
  }

  @FieldResolver(() => [RequirementSlot], { description: 'The slots it fills.' })
  async slots(@Root() member: ProposedMember, @Ctx() ctx: Context) {
    return ctx.loaders.requirementSlotById.loadMany(member.slotIds);
  }
}

@Resolver(() => ProposedAssignment)
export class ConsortiumAssignmentResolver {
  @FieldResolver(() => RequirementSlot, { description: 'The slot.' })
  slot(@Root() assignment: ProposedAssignment, @Ctx() ctx: Context) {
    return ctx.loaders.requirementSlotById.load(assignment.slotId);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The member filling it; null when you may not see it.' })
  organization(@Root() assignment: ProposedAssignment, @Ctx() ctx: Context) {
    return loadVisibleOrganization(ctx, assignment.organizationId);
  }
}

@Resolver(() => SlotCoverage)
export class SlotCoverageResolver {
  @FieldResolver(() => RequirementSlot, { description: 'The slot.' })
  slot(@Root() coverage: SlotCoverage, @Ctx() ctx: Context) {
    return ctx.loaders.requirementSlotById.load(coverage.slotId);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The member filling it, if any and if you may see it.' })
  organization(@Root() coverage: SlotCoverage, @Ctx() ctx: Context) {
    return loadVisibleOrganizationOrNull(ctx, coverage.organizationId);
  }
}
