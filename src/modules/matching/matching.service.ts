import { DataSource } from 'typeorm';
import { badUserInput } from '../../graphql/user-error';
import type { Viewer } from '../accounts/viewer';
import { canSeeProject } from '../projects/project.access';
import { solverBusy, solverTimedOut } from '../../graphql/limits/limit-errors';
import { DEFAULT_CONSORTIUM_OPTIONS, type ConsortiumOptions, type FitExplanation, type OrganizationInput, type SlotInput } from '../../matching';
import { PilotCity } from '../cities/pilot-city.entity';
import { MembershipStatus } from '../organizations/organization.enums';
import { canSee } from '../organizations/organization.access';
import { Domain } from '../taxonomy/domain.entity';
import { TaxonomyService } from '../taxonomy/taxonomy.service';
import { CandidatePool, candidatesFor, otherIndustryMembers, scoped, type Pool } from './candidate-pool';
import { AccountRole } from '../accounts/account.enums';
import { MatchingData } from './matching.data';
import type { AssembleConsortiumArgs, ConsortiumOptionsInput, PartnerMatchesArgs, PartnerTarget } from './matching.inputs';
import { ConsortiumAlternative, ConsortiumResult, FitBreakdown, PartnerMatchResult, TargetSlot } from './matching.types';
import { loadNames } from './names';
import { inProcessRunner, SolverBusyError, SolverTimeoutError, type MatchingRunner } from './solver-pool';
import { consortiumReasons, partnerReasons } from './reasons';

/** No pilot city: a domain target without `city` earns no city bonus. */
const NO_CITY = 0;

/** Turns API arguments into matching instances, runs the pure core, and explains its answers. */
/** A partner search as the service takes it: the arguments with their global ids decoded (by the resolver). */
export interface PartnerQuery extends Pick<PartnerMatchesArgs, 'first' | 'mu' | 'lang'> {
  seekerId: number;
  target: Omit<PartnerTarget, 'projectId'> & { projectId: number | null };
}

/** Consortium options with the organisations' global ids decoded. */
export type ConsortiumOptionsQuery = Omit<ConsortiumOptionsInput, 'includeOrganizations' | 'excludeOrganizations'> & {
  includeOrganizations: number[];
  excludeOrganizations: number[];
};

/** A consortium search as the service takes it: the arguments with their global ids decoded (by the resolver). */
export interface ConsortiumQuery extends Pick<AssembleConsortiumArgs, 'lang'> {
  projectId: number;
  options: ConsortiumOptionsQuery | null;
}

export class MatchingService {
  private readonly data: MatchingData;
  readonly pool: CandidatePool;

  constructor(
    private readonly dataSource: DataSource,
    private readonly taxonomy: TaxonomyService,
    /** Where the pure core runs: the server's worker pool, or this thread. */
    private readonly runner: MatchingRunner = inProcessRunner(),
  ) {
    this.data = new MatchingData(dataSource);
    this.pool = new CandidatePool(dataSource);
  }

  /**
   * Loads the candidate pool and the solver's WebAssembly ahead of the first request, which would
   * otherwise pay for both (about half a second on 10,000 members).
   */
  async warmUp(): Promise<void> {
    await Promise.all([this.pool.current(), this.runner.warmUp()]);
  }

  /** `viewer` decides which projects exist for the caller: a DRAFT only for its owner and admins. */
  async partnerMatches(args: PartnerQuery, viewer: Viewer | null): Promise<PartnerMatchResult> {
    const { seekerId } = args;
    const { slots, cityId, targetSlots } = await this.target(args, viewer);
    const [seeker, full] = await Promise.all([this.data.organization(seekerId), this.pool.current()]);
    // A seeker the caller may not see does not exist for it: its fit per slot would show its capabilities.
    if (!seeker || !canSee(viewer, seeker, viewerOrganization(full, viewer))) throw badUserInput('organizationId names no organisation.', 'organizationId');

    const pool = scopedFor(full, viewer);
    const relevant = candidatesFor(pool, slots).filter((o) => o.id !== seekerId);
    // Every approved member of another industry scores at least μ (docs/matching.md), even with no capability
    // for the target; the first few by id are all that can reach the page, since such ties go by id.
    const others = otherIndustryMembers(pool, seeker.industryId, new Set([seekerId, ...relevant.map((o) => o.id)]), args.first);
    const matches = await solve(this.runner.partnerMatches(seeker, [...relevant, ...others], { cityId, slots }, args.mu, args.first, full));

    const industryOf = new Map([...relevant, ...others, seeker].map((o) => [o.id, o.industryId]));
    const names = await loadNames(
      this.dataSource,
      matches.map((m) => m.organizationId),
      args.lang,
    );
    return {
      seekerId,
      slots: targetSlots,
      matches: matches.map((match, i) => ({
        rank: i + 1,
        organizationId: match.organizationId,
        score: match.score,
        crossIndustry: match.crossIndustry,
        breakdown: match.gains.map((gain) => ({
          slot: targetSlots[slots.findIndex((s) => s.id === gain.slotId)],
          fit: toFitBreakdown(gain.fit),
          seekerFit: gain.seekerFit,
          gain: gain.gain,
          weightedGain: gain.weightedGain,
        })),
        reasons: partnerReasons(match, slots, cityId, seeker.industryId, industryOf.get(match.organizationId) as number, args.mu, names),
      })),
    };
  }

  async assembleConsortium(args: ConsortiumQuery, viewer: Viewer | null): Promise<ConsortiumResult> {
    const { projectId } = args;
    const loaded = await this.data.project(projectId);
    if (!loaded || !canSeeProject(viewer, loaded.project)) throw badUserInput('projectId names no project.', 'projectId');
    const options = this.options(args.options);
    const result = (reason: string | null, alternatives: ConsortiumAlternative[] = [], candidates = 0, solveMs = 0): ConsortiumResult => ({
      projectId,
      alternatives,
      infeasibleReason: reason,
      candidates,
      solveMs,
    });

    const mentioned = [...options.includeOrganizations, ...options.excludeOrganizations];
    const [profiles, full] = await Promise.all([this.data.profiles(mentioned), this.pool.current()]);
    // Organisations the caller may not see do not exist for it: including one would show its name and status.
    const own = viewerOrganization(full, viewer);
    const statuses = new Map([...profiles.values()].filter((o) => canSee(viewer, o, own)).map((o) => [o.id, o.membershipStatus]));
    for (const [field, ids] of [
      ['includeOrganizations', options.includeOrganizations],
      ['excludeOrganizations', options.excludeOrganizations],
    ] as const) {
      const unknown = ids.find((id) => !statuses.has(id));
      if (unknown !== undefined) throw badUserInput(`options.${field} names an organisation that does not exist.`, `options.${field}`);
    }
    const both = options.includeOrganizations.find((id) => options.excludeOrganizations.includes(id));
    if (both !== undefined) return result(`organisation ${both} is both in includeOrganizations and in excludeOrganizations`);
    const notMember = options.includeOrganizations.find((id) => statuses.get(id) !== MembershipStatus.APPROVED);
    if (notMember !== undefined) {
      return result(`includeOrganizations: organisation ${notMember} is not an approved member (${statuses.get(notMember)})`);
    }

    const candidates = candidatesFor(scopedFor(full, viewer), loaded.input.slots);
    const loadedIds = new Set(candidates.map((o) => o.id));
    for (const id of options.includeOrganizations) {
      // An included member with no fitting capability is not among the candidates; the core must still see it.
      if (!loadedIds.has(id)) candidates.push((await this.data.organization(id)) as OrganizationInput);
    }
    const solved = await solve(this.runner.assembleConsortium(loaded.input, candidates, options, full));

    const industryOf = new Map(candidates.map((o) => [o.id, o.industryId]));
    const roleOf = new Map(loaded.slots.map((slot) => [slot.id, slot.role]));
    const names = await loadNames(
      this.dataSource,
      solved.alternatives.flatMap((a) => a.memberIds),
      args.lang,
    );
    const alternatives = solved.alternatives.map((alternative, i): ConsortiumAlternative => {
      const bySlot = new Map(alternative.assignments.map((a) => [a.slotId, a]));
      return {
        rank: i + 1,
        value: alternative.value,
        breakdown: alternative.breakdown,
        optimality: alternative.optimality,
        members: alternative.memberIds.map((organizationId) => {
          const slotIds = alternative.assignments.filter((a) => a.organizationId === organizationId).map((a) => a.slotId);
          return { organizationId, slotIds, roles: slotIds.map((id) => roleOf.get(id)!) };
        }),
        assignments: alternative.assignments.map((a) => ({
          slotId: a.slotId,
          organizationId: a.organizationId,
          fit: toFitBreakdown(a.fit),
          weightedFit: a.weightedFit,
        })),
        coverage: loaded.input.slots.map((slot) => ({
          slotId: slot.id,
          covered: bySlot.has(slot.id),
          organizationId: bySlot.get(slot.id)?.organizationId ?? null,
          fit: bySlot.get(slot.id)?.fit.fit ?? 0,
        })),
        gapSlotIds: alternative.gaps,
        reasons: consortiumReasons(alternative, i + 1, loaded.input.slots, loaded.input.cityId, (id) => industryOf.get(id) as number, options, names),
      };
    });
    return result(solved.infeasibleReason, alternatives, solved.stats.candidates, solved.stats.solveMs);
  }

  /** The slots a partner search scores: a project's, or one per requested domain. */
  private async target(args: PartnerQuery, viewer: Viewer | null): Promise<{ slots: SlotInput[]; cityId: number; targetSlots: TargetSlot[] }> {
    const { projectId, domains, city } = args.target;
    const byDomains = domains != null && domains.length > 0;
    if ((projectId != null) === byDomains) {
      throw badUserInput('target needs either projectId or domains (not both).', 'target');
    }
    if (projectId != null) {
      if (city != null) throw badUserInput('target.city goes with target.domains; a project has its own city.', 'target.city');
      const loaded = await this.data.project(projectId);
      if (!loaded || !canSeeProject(viewer, loaded.project)) throw badUserInput('target.projectId names no project.', 'target.projectId');
      return {
        slots: loaded.input.slots,
        cityId: loaded.input.cityId,
        targetSlots: loaded.slots.map((slot, i) => ({
          position: slot.position,
          weight: slot.weight,
          minLevel: slot.minLevel,
          role: slot.role,
          domainId: slot.domainId,
          technologyIds: loaded.input.slots[i].technologyIds,
          requirementSlotId: slot.id,
        })),
      };
    }
    const domainIds = await this.taxonomy.idsForSlugs(Domain, domains!, 'target.domains');
    const [cityId] = city != null ? await this.taxonomy.idsForSlugs(PilotCity, [city], 'target.city') : [NO_CITY];
    const slots = domainIds.map((domainId, i) => ({ id: i + 1, domainId, technologyIds: [], minLevel: 1, weight: 1, allowedKinds: null }));
    return {
      slots,
      cityId,
      targetSlots: slots.map((slot, i) => ({
        position: i + 1,
        weight: 1,
        minLevel: 1,
        role: null,
        domainId: slot.domainId,
        technologyIds: [],
        requirementSlotId: null,
      })),
    };
  }

  private options(input: ConsortiumOptionsQuery | null): ConsortiumOptions {
    if (!input) return { ...DEFAULT_CONSORTIUM_OPTIONS };
    return {
      k: input.k,
      maxMembers: input.maxMembers,
      minSmes: input.minSmes,
      minIndustries: input.minIndustries,
      requiredKinds: [...new Set(input.requiredKinds)],
      maxLargeShare: input.maxLargeShare,
      includeOrganizations: [...new Set(input.includeOrganizations)],
      excludeOrganizations: [...new Set(input.excludeOrganizations)],
      requireFullCoverage: input.requireFullCoverage,
      mu: input.mu,
      kappa: input.kappa,
    };
  }
}

/** The pool's refusals as the API's errors: TIMEOUT for a stopped solve, SOLVER_BUSY for a full queue. */
async function solve<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof SolverTimeoutError) throw solverTimedOut(error.limitMs);
    if (error instanceof SolverBusyError) throw solverBusy();
    throw error;
  }
}

function toFitBreakdown(fit: FitExplanation): FitBreakdown {
  return {
    fit: fit.fit,
    techCoverage: fit.techCoverage,
    level: fit.level,
    levelFactor: fit.levelFactor,
    cityBonus: fit.cityBonus,
    capped: fit.capped,
    capabilityId: fit.capabilityId,
    matchedTechnologyIds: fit.matchedTechnologyIds,
  };
}

/** The members `viewer` may be matched with: the profile visibility rule (see PoolScope). */
/**
 * The viewer's own organisation as the visibility rule needs it: approved or not. The full pool
 * holds exactly the approved members, so no statement is needed.
 */
function viewerOrganization(pool: Pool, viewer: Viewer | null): { membershipStatus: MembershipStatus } | null {
  if (viewer?.organizationId == null) return null;
  return { membershipStatus: pool.visibility.has(viewer.organizationId) ? MembershipStatus.APPROVED : MembershipStatus.APPLIED };
}

function scopedFor(pool: Pool, viewer: Viewer | null): Pool {
  if (viewer?.role === AccountRole.ADMIN || viewer?.role === AccountRole.PLANNER) return pool;
  // The full pool holds exactly the approved members, so this also asks whether the viewer's organisation is approved.
  const approvedMember = viewer?.organizationId != null && pool.visibility.has(viewer.organizationId);
  return scoped(pool, approvedMember ? 'members' : 'public');
}
