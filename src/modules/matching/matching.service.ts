import { DataSource } from 'typeorm';
import { round } from '../../graphql/round';
import { forbidden } from '../../graphql/errors';
import { objectParticle } from '../../graphql/language';
import { badUserInput, notFound } from '../../graphql/user-error';
import type { Viewer } from '../accounts/viewer';
import { canSeeProject } from '../projects/project.access';
import { solverBusy, solverTimedOut } from '../../graphql/limits/limit-errors';
import {
  DEFAULT_CONSORTIUM_OPTIONS,
  projectMatches as coreProjectMatches,
  withIncluded,
  type AssembleResult,
  type ConsortiumAlternative as CoreAlternative,
  type ConsortiumOptions,
  type ExclusionConstraint as CoreConstraint,
  type FitExplanation,
  type Infeasibility,
  type OrganizationInput,
  type PortfolioProjectResult,
  type SlotInput,
} from '../../matching';
import { PilotCity } from '../cities/pilot-city.entity';
import { MembershipStatus } from '../organizations/organization.enums';
import { canSee } from '../organizations/organization.access';
import { Domain } from '../taxonomy/domain.entity';
import { TaxonomyService } from '../taxonomy/taxonomy.service';
import { CandidatePool, candidatesFor, otherIndustryMembers, scoped, type Pool } from './candidate-pool';
import { AccountRole } from '../accounts/account.enums';
import { MatchingData } from './matching.data';
import {
  Language,
  MAX_PORTFOLIO_PROJECTS,
  type AssembleConsortiumArgs,
  type ConsortiumOptionsInput,
  type PartnerMatchesArgs,
  type PartnerTarget,
  type ProjectMatchesArgs,
} from './matching.inputs';
import {
  ConsortiumAlternative,
  ConsortiumResult,
  ExclusionConstraint,
  ExclusionExplanation,
  FitBreakdown,
  PartnerMatchResult,
  PortfolioProject,
  PortfolioResult,
  ProjectMatchResult,
  TargetSlot,
} from './matching.types';
import { loadNames } from './names';
import { readRuleInputs } from './rule-inputs';
import { inProcessRunner, SolverBusyError, SolverTimeoutError, type MatchingRunner, type PoolSnapshot } from './solver-pool';
import type { RuleInputs } from './solver-tasks';
import { consortiumReasons, exclusionSentence, fitPhrase, infeasibleSentence, partnerReasons, slotLabel, type RuleFacts, type Scene } from './reasons';
import type { MatchingData as Data } from './matching.data';

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

/** explainExclusion as the service takes it: a consortium search and the organisation asked about. */
export interface ExclusionQuery extends ConsortiumQuery {
  organizationId: number;
}

/** assemblePortfolio as the service takes it: global ids decoded (by the resolver). */
export interface PortfolioQuery {
  projectIds: number[];
  projects: { projectId: number; projectWeight: number; options: ConsortiumOptionsQuery | null }[];
  defaults: ConsortiumOptionsQuery | null;
  requireAll: boolean;
  /** Milliseconds, or null for the core's default. */
  timeLimitMs: number | null;
  lang: Language;
}

/** projectMatches as the service takes it. */
export interface ProjectMatchQuery extends Pick<ProjectMatchesArgs, 'first' | 'lang'> {
  organizationId: number;
}

/** A consortium search made ready to solve (MatchingService.prepare). */
interface Prepared {
  loaded: NonNullable<Awaited<ReturnType<Data['project']>>>;
  options: ConsortiumOptions;
  lang?: Language;
  full: PoolSnapshot;
  candidates: OrganizationInput[];
  rules: RuleInputs;
  /** Set when the options alone admit no team; nothing is solved then. */
  refused: Infeasibility | null;
}

const NO_STATS: AssembleResult['stats'] = { candidates: 0, prunedFrom: 0, atCapacity: 0, optedOut: 0, solveMs: 0, solves: 0, relaxations: 0, searchNodes: 0 };

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
    if (!seeker || !canSee(viewer, seeker, viewerOrganization(full, viewer))) {
      throw badUserInput({ ko: 'organizationId에 해당하는 기관이 없습니다.', en: 'organizationId names no organisation.' }, 'organizationId');
    }

    const pool = scopedFor(full, viewer);
    const relevant = candidatesFor(pool, slots).filter((o) => o.id !== seekerId);
    // Every approved member of another industry scores at least μ (docs/matching.md), even with no capability
    // for the target; the first few by id are all that can reach the page, since such ties go by id.
    const others = otherIndustryMembers(pool, seeker.industryId, new Set([seekerId, ...relevant.map((o) => o.id)]), args.first);
    const candidates = [...relevant, ...others];
    const rules = await readRuleInputs(this.dataSource, {
      organizationIds: [seekerId, ...candidates.map((o) => o.id)],
      projectId: args.target.projectId,
      capacity: false,
      ties: false,
    });
    const seekerRules = rules.get(seekerId);
    const matches = await solve(
      this.runner.partnerMatches(seekerRules ? { ...seeker, ...seekerRules } : seeker, candidates, { cityId, slots }, args.mu, args.first, full, rules),
    );

    const industryOf = new Map([...relevant, ...others, seeker].map((o) => [o.id, o.industryId]));
    const names = await loadNames(this.dataSource, [seekerId, ...matches.map((m) => m.organizationId)], args.lang);
    const roles = new Map(targetSlots.map((slot, i) => [slots[i].id, slot.role]));
    const scene: Scene = { names, slots, cityId, roleOf: (id) => roles.get(id) ?? null };
    return {
      seekerId,
      slots: targetSlots,
      matches: matches.map((match, i) => ({
        rank: i + 1,
        organizationId: match.organizationId,
        score: round(match.score),
        crossIndustry: match.crossIndustry,
        breakdown: match.gains.map((gain) => ({
          slot: targetSlots[slots.findIndex((s) => s.id === gain.slotId)],
          fit: toFitBreakdown(gain.fit),
          seekerFit: round(gain.seekerFit),
          gain: round(gain.gain),
          weightedGain: round(gain.weightedGain),
        })),
        reasons: partnerReasons(match, scene, seeker, industryOf.get(match.organizationId) as number),
      })),
    };
  }

  async assembleConsortium(args: ConsortiumQuery, viewer: Viewer | null): Promise<ConsortiumResult> {
    const prepared = await this.prepare(args.projectId, args.options, args.lang, viewer, null);
    const { loaded, options } = prepared;
    const solved: AssembleResult =
      prepared.refused !== null
        ? { alternatives: [], infeasibility: prepared.refused, infeasibleReason: null, stats: NO_STATS }
        : await solve(this.runner.assembleConsortium(loaded.input, prepared.candidates, options, prepared.full, prepared.rules));

    const scene = await this.scene(prepared, [
      ...solved.alternatives.flatMap((a) => a.memberIds),
      ...options.includeOrganizations,
      ...infeasibilityOrganizations(solved.infeasibility),
    ]);
    return {
      projectId: args.projectId,
      alternatives: solved.alternatives.map((alternative, i) => this.alternative(alternative, i + 1, prepared, scene)),
      infeasibleReason: solved.infeasibility && infeasibleSentence(solved.infeasibility, scene),
      infeasibleCode: solved.infeasibility?.code ?? null,
      candidates: solved.stats.candidates,
      atCapacity: solved.stats.atCapacity,
      optedOut: solved.stats.optedOut,
      solveMs: round(solved.stats.solveMs, 1),
    };
  }

  /**
   * Why `organizationId` is not in the best consortium: the optimum (k = 1), the best team with it
   * included (exactly assembleConsortium with it in includeOrganizations), the loss and the cause.
   */
  async explainExclusion(args: ExclusionQuery, viewer: Viewer | null): Promise<ExclusionExplanation> {
    const { organizationId } = args;
    const prepared = await this.prepare(args.projectId, args.options, args.lang, viewer, organizationId);
    const { loaded, options } = prepared;
    const explained =
      prepared.refused === null
        ? await solve(this.runner.explainExclusion(loaded.input, prepared.candidates, options, organizationId, prepared.full, prepared.rules))
        : null;
    const scene = await this.scene(prepared, [
      organizationId,
      ...(explained?.alternative?.memberIds ?? []),
      ...(explained?.blockedWith ?? []),
      ...infeasibilityOrganizations(prepared.refused),
    ]);
    if (explained === null) {
      // The options themselves admit no team (an organisation both included and excluded, or not approved).
      const reason = infeasibleSentence(prepared.refused!, scene);
      return {
        projectId: args.projectId,
        organizationId,
        optimumValue: null,
        alternative: null,
        loss: null,
        cause: 'CONSTRAINT',
        constraint: null,
        explanation: reason,
      };
    }
    // Blocks are private to the organisations and admins: others learn that a block stands in the way, not with whom.
    const mayNameBlocks = viewer?.role === AccountRole.ADMIN || viewer?.organizationId === organizationId;
    const constraint = explained.constraint === null ? null : constraintName(explained.constraint);
    return {
      projectId: args.projectId,
      organizationId,
      optimumValue: explained.optimumValue === null ? null : round(explained.optimumValue),
      alternative: explained.alternative && this.alternative(explained.alternative, 1, { ...prepared, options: withIncluded(options, organizationId) }, scene),
      loss: explained.loss === null ? null : Math.max(0, round(explained.loss)),
      cause: explained.cause,
      constraint,
      explanation: exclusionSentence({ ...explained, blockedWith: mayNameBlocks ? explained.blockedWith : [] }, organizationId, scene.names),
    };
  }

  /**
   * One consortium per project, jointly (docs/matching.md "Portfolio"): each project with its own
   * options, as assembleConsortium would take them, and every organisation in at most as many new
   * consortia as it can still join. Same access as assembleConsortium, per project.
   */
  async assemblePortfolio(query: PortfolioQuery, viewer: Viewer | null): Promise<PortfolioResult> {
    const { projectIds, lang } = query;
    if (projectIds.length === 0)
      throw badUserInput({ en: 'projectIds needs at least one project.', ko: 'projectIds에 사업을 하나 이상 주십시오.' }, 'projectIds');
    if (projectIds.length > MAX_PORTFOLIO_PROJECTS) {
      throw badUserInput(
        { en: `projectIds may name at most ${MAX_PORTFOLIO_PROJECTS} projects.`, ko: `projectIds에는 사업을 ${MAX_PORTFOLIO_PROJECTS}개까지 줄 수 있습니다.` },
        'projectIds',
      );
    }
    if (new Set(projectIds).size !== projectIds.length)
      throw badUserInput({ en: 'projectIds names a project twice.', ko: 'projectIds에 같은 사업이 두 번 있습니다.' }, 'projectIds');
    const own = new Map<number, PortfolioQuery['projects'][number]>();
    for (const p of query.projects) {
      if (!projectIds.includes(p.projectId)) {
        throw badUserInput(
          { en: 'options.projects names a project that is not in projectIds.', ko: 'options.projects에 projectIds에 없는 사업이 있습니다.' },
          'options.projects',
        );
      }
      if (own.has(p.projectId))
        throw badUserInput({ en: 'options.projects names a project twice.', ko: 'options.projects에 같은 사업이 두 번 있습니다.' }, 'options.projects');
      own.set(p.projectId, p);
    }
    // Every project must exist for the caller before anything is solved.
    for (const id of projectIds) {
      const loaded = await this.data.project(id);
      if (!loaded || !canSeeProject(viewer, loaded.project)) {
        throw badUserInput({ en: 'projectIds names a project that does not exist.', ko: 'projectIds에 없는 사업이 있습니다.' }, 'projectIds');
      }
    }
    const prepared: Prepared[] = [];
    for (const id of projectIds) prepared.push(await this.prepare(id, own.get(id)?.options ?? query.defaults, lang, viewer, null));
    const weightOf = (id: number): number => own.get(id)?.projectWeight ?? 1;

    // Every project's candidates together, with their rules merged (interest stays per project) and their remaining capacity.
    const organizations = new Map<number, OrganizationInput>();
    const rules: RuleInputs = new Map();
    for (const p of prepared) {
      for (const o of p.candidates) if (!organizations.has(o.id)) organizations.set(o.id, o);
      for (const [id, r] of p.rules) {
        const merged = rules.get(id) ?? {};
        if (r.matchmaking === false) merged.matchmaking = false;
        if (r.atCapacity) merged.atCapacity = true;
        if (r.blocks) merged.blocks = [...new Set([...(merged.blocks ?? []), ...r.blocks])];
        if (r.ties) merged.ties = [...new Set([...(merged.ties ?? []), ...r.ties])];
        rules.set(id, merged);
      }
    }
    const capacities = await readRuleInputs(this.dataSource, {
      organizationIds: [...organizations.keys()],
      projectId: null,
      capacity: false,
      ties: false,
      remainingCapacity: true,
    });
    for (const [id, r] of capacities)
      if (r.remainingCapacity !== undefined) rules.set(id, { ...(rules.get(id) ?? {}), remainingCapacity: r.remainingCapacity });

    const solvable = prepared.filter((p) => p.refused === null);
    const refusedAny = solvable.length < prepared.length;
    const solved =
      solvable.length === 0 || (query.requireAll && refusedAny)
        ? null
        : await solve(
            this.runner.assemblePortfolio(
              solvable.map((p) => ({
                id: p.loaded.project.id,
                project: p.loaded.input,
                options: { ...p.options, k: 1 },
                weight: weightOf(p.loaded.project.id),
                interested: [...p.rules].filter(([, r]) => r.interested === true).map(([id]) => id),
              })),
              [...organizations.values()],
              { requireAll: query.requireAll, ...(query.timeLimitMs === null ? {} : { timeLimitMs: query.timeLimitMs }) },
              prepared[0].full,
              rules,
            ),
          );
    const resultOf = (rows: PortfolioProjectResult[] | undefined, id: number): PortfolioProjectResult => {
      const row = rows?.find((r) => r.id === id);
      if (row) return row;
      const refused = prepared.find((p) => p.loaded.project.id === id)?.refused ?? null;
      return {
        id,
        weight: weightOf(id),
        alternative: null,
        infeasibility: refused ?? { code: 'PORTFOLIO_INCOMPLETE' },
        infeasibleReason: null,
        atCapacity: 0,
        optedOut: 0,
      };
    };
    const joint = projectIds.map((id) => resultOf(solved?.projects, id));
    const baseline = projectIds.map((id) => resultOf(solved?.baseline.projects, id));

    const mentioned = [...joint, ...baseline].flatMap((r) => [...(r.alternative?.memberIds ?? []), ...infeasibilityOrganizations(r.infeasibility)]);
    const names = await loadNames(this.dataSource, [...new Set([...mentioned, ...prepared.flatMap((p) => p.options.includeOrganizations)])], lang);
    const show = (r: PortfolioProjectResult): PortfolioProject => {
      const p = prepared.find((x) => x.loaded.project.id === r.id) as Prepared;
      const roles = new Map(p.loaded.slots.map((slot) => [slot.id, slot.role]));
      const scene: Scene = { names, slots: p.loaded.input.slots, cityId: p.loaded.input.cityId, roleOf: (id) => roles.get(id) ?? null };
      return {
        projectId: r.id,
        projectWeight: r.weight,
        alternative: r.alternative && this.alternative(r.alternative, 1, p, scene),
        infeasibleReason: r.infeasibility && infeasibleSentence(r.infeasibility, scene),
        infeasibleCode: r.infeasibility?.code ?? null,
        atCapacity: r.atCapacity,
      };
    };
    return {
      projects: joint.map(show),
      baseline: baseline.map(show),
      total: round(joint.reduce((sum, r) => sum + (r.alternative ? r.weight * r.alternative.value : 0), 0)),
      baselineTotal: round(baseline.reduce((sum, r) => sum + (r.alternative ? r.weight * r.alternative.value : 0), 0)),
      optimality: solved
        ? { proven: solved.optimality.proven, gap: solved.optimality.gap === null ? null : round(solved.optimality.gap) }
        : { proven: true, gap: 0 },
      solveMs: round(solved?.stats.solveMs ?? 0, 1),
      atCapacityIds: solved?.atCapacity ?? [],
    };
  }

  /** Open projects an organisation could serve, by the share of their weighted need it covers. */
  async projectMatches(args: ProjectMatchQuery, viewer: Viewer): Promise<ProjectMatchResult> {
    const { organizationId, lang } = args;
    const organization = await this.data.organization(organizationId);
    const own = viewer.organizationId === organizationId;
    const staff = viewer.role === AccountRole.ADMIN || viewer.role === AccountRole.PLANNER;
    if (!organization) throw notFound({ ko: 'organizationId에 해당하는 기관이 없습니다.', en: 'organizationId names no organisation.' }, 'organizationId');
    if (!own && !staff) {
      // Telling a hidden organisation from a missing one would leak that it exists.
      const viewerOrganization = viewer.organizationId === null ? null : await this.data.organization(viewer.organizationId);
      if (!canSee(viewer, organization, viewerOrganization)) {
        throw notFound({ ko: 'organizationId에 해당하는 기관이 없습니다.', en: 'organizationId names no organisation.' }, 'organizationId');
      }
      throw forbidden({
        ko: '이 기관의 팀, 기획자, 관리자만 사업 추천을 볼 수 있습니다.',
        en: "Only the organisation's own team, planners and admins may ask for its project matches.",
      });
    }
    const domainIds = [...new Set(organization.capabilities.map((c) => c.domainId))];
    const open = (await this.data.openProjects(domainIds)).filter((project) => canSeeProject(viewer, project));
    const matches = coreProjectMatches(organization, open, args.first);
    const byId = new Map(open.map((project) => [project.id, project]));
    const names = await loadNames(this.dataSource, [organizationId], lang);
    const ko = lang === Language.KO;
    return {
      organizationId,
      matches: matches.map((match, i) => {
        const project = byId.get(match.projectId)!;
        const scene: Scene = { names, slots: project.slots, cityId: project.cityId, roleOf: (id) => project.roles.get(id) ?? null };
        const whole = match.fits.reduce((sum, f) => sum + project.slots.find((s) => s.id === f.slotId)!.weight, 0) === project.totalWeight;
        return {
          rank: i + 1,
          projectId: match.projectId,
          score: round(match.score),
          slotIds: match.fits.map((f) => f.slotId),
          breakdown: match.fits.map((f) => ({ slotId: f.slotId, fit: toFitBreakdown(f.fit), weightedFit: round(f.weightedFit) })),
          reasons: [
            ...match.fits.map((f) => {
              const slot = project.slots.find((s) => s.id === f.slotId)!;
              const label = slotLabel(slot, scene);
              const how = fitPhrase(f.fit, slot, scene);
              return ko ? `${label}${objectParticle(label)} 맡을 수 있습니다 (${how}).` : `${names.organization(organizationId)} can take ${label}: ${how}.`;
            }),
            whole
              ? ko
                ? '이 사업의 모든 역할에 맞습니다.'
                : 'It fits every slot of the project.'
              : ko
                ? '이 사업의 일부 역할에 맞습니다.'
                : "It fits some of the project's slots.",
          ],
        };
      }),
    };
  }

  /**
   * What assembleConsortium and explainExclusion share: the project as the caller may see it, the
   * options, the candidates the caller may be matched with (plus the organisations the options name,
   * and `also`), and their rule inputs; `refused` when the options alone admit no team.
   */
  private async prepare(
    projectId: number,
    input: ConsortiumOptionsQuery | null,
    lang: Language,
    viewer: Viewer | null,
    also: number | null,
  ): Promise<Prepared> {
    const loaded = await this.data.project(projectId);
    if (!loaded || !canSeeProject(viewer, loaded.project))
      throw badUserInput({ ko: 'projectId에 해당하는 사업이 없습니다.', en: 'projectId names no project.' }, 'projectId');
    const options = this.options(input, loaded.project.maxLargeStake);

    const mentioned = [...options.includeOrganizations, ...options.excludeOrganizations, ...(also === null ? [] : [also])];
    const [profiles, full] = await Promise.all([this.data.profiles(mentioned), this.pool.current()]);
    // Organisations the caller may not see do not exist for it: including one would show its name and status.
    const own = viewerOrganization(full, viewer);
    const statuses = new Map([...profiles.values()].filter((o) => canSee(viewer, o, own)).map((o) => [o.id, o.membershipStatus]));
    for (const [field, ids] of [
      ['options.includeOrganizations', options.includeOrganizations],
      ['options.excludeOrganizations', options.excludeOrganizations],
      ['organizationId', also === null ? [] : [also]],
    ] as const) {
      if (ids.some((id) => !statuses.has(id)))
        throw badUserInput({ ko: `${field}에 없는 기관이 있습니다.`, en: `${field} names an organisation that does not exist.` }, field);
    }
    if (also !== null && statuses.get(also) !== MembershipStatus.APPROVED) {
      throw badUserInput(
        {
          ko: 'organizationId의 기관은 승인된 회원사가 아니어서 매칭 대상이 아닙니다.',
          en: 'organizationId is not an approved member, so it is never matched.',
        },
        'organizationId',
      );
    }
    const prepared: Prepared = { loaded, options, lang, full, candidates: [], rules: new Map(), refused: null };
    const both = options.includeOrganizations.find((id) => options.excludeOrganizations.includes(id));
    if (both !== undefined) return { ...prepared, refused: { code: 'INCLUDED_AND_EXCLUDED', organizationId: both } };
    const notMember = options.includeOrganizations.find((id) => statuses.get(id) !== MembershipStatus.APPROVED);
    if (notMember !== undefined) return { ...prepared, refused: { code: 'INCLUDED_NOT_APPROVED', organizationId: notMember } };

    const candidates = candidatesFor(scopedFor(full, viewer), loaded.input.slots);
    const loadedIds = new Set(candidates.map((o) => o.id));
    for (const id of new Set([...options.includeOrganizations, ...(also === null ? [] : [also])])) {
      // An organisation named with no fitting capability (or a profile outside the caller's scope) is not among the candidates; the core must still see it.
      if (!loadedIds.has(id)) candidates.push((await this.data.organization(id)) as OrganizationInput);
    }
    const rules = await readRuleInputs(this.dataSource, {
      organizationIds: candidates.map((o) => o.id),
      projectId,
      capacity: options.respectCapacity !== false,
      ties: (options.tieBonus ?? 0) > 0,
      interests: (options.interestBonus ?? 0) > 0,
    });
    return { ...prepared, candidates, rules };
  }

  /** The names and slot roles sentences about this project mention. */
  private async scene(prepared: Prepared, organizationIds: number[]): Promise<Scene> {
    const { loaded } = prepared;
    const names = await loadNames(this.dataSource, [...new Set(organizationIds)], prepared.lang ?? Language.EN);
    const roles = new Map(loaded.slots.map((slot) => [slot.id, slot.role]));
    return { names, slots: loaded.input.slots, cityId: loaded.input.cityId, roleOf: (id) => roles.get(id) ?? null };
  }

  /** One alternative as the API shows it: numbers rounded, members with stakes, reasons in the scene's language. */
  private alternative(
    alternative: CoreAlternative,
    rank: number,
    prepared: Pick<Prepared, 'loaded' | 'options' | 'candidates' | 'rules'>,
    scene: Scene,
  ): ConsortiumAlternative {
    const { loaded, options, rules } = prepared;
    const bySlot = new Map(alternative.assignments.map((a) => [a.slotId, a]));
    const roleOf = new Map(loaded.slots.map((slot) => [slot.id, slot.role]));
    const stakeOf = new Map(alternative.stakes.map((s) => [s.organizationId, s.stake]));
    const industryOf = new Map(prepared.candidates.map((o) => [o.id, o.industryId]));
    const facts: RuleFacts = {
      interested: (id) => rules.get(id)?.interested === true,
      tied: (a, b) => (rules.get(a)?.ties ?? []).includes(b) || (rules.get(b)?.ties ?? []).includes(a),
    };
    const b = alternative.breakdown;
    return {
      rank,
      value: round(alternative.value),
      breakdown: {
        fitTerm: round(b.fitTerm),
        diversityTerm: round(b.diversityTerm),
        sizePenalty: round(b.sizePenalty),
        distinctIndustries: b.distinctIndustries,
        memberCount: b.memberCount,
        interestTerm: round(b.interestTerm),
        tieTerm: round(b.tieTerm),
        interestedMembers: b.interestedMembers,
        tiedPairs: b.tiedPairs,
      },
      largeStake: round(alternative.largeStake),
      optimality: { proven: alternative.optimality.proven, gap: round(alternative.optimality.gap) },
      members: alternative.memberIds.map((organizationId) => {
        const slotIds = alternative.assignments.filter((a) => a.organizationId === organizationId).map((a) => a.slotId);
        return { organizationId, slotIds, roles: slotIds.map((id) => roleOf.get(id)!), stake: round(stakeOf.get(organizationId) ?? 0) };
      }),
      assignments: alternative.assignments.map((a) => ({
        slotId: a.slotId,
        organizationId: a.organizationId,
        fit: toFitBreakdown(a.fit),
        weightedFit: round(a.weightedFit),
      })),
      coverage: loaded.input.slots.map((slot) => ({
        slotId: slot.id,
        covered: bySlot.has(slot.id),
        organizationId: bySlot.get(slot.id)?.organizationId ?? null,
        fit: round(bySlot.get(slot.id)?.fit.fit ?? 0),
      })),
      gapSlotIds: alternative.gaps,
      reasons: consortiumReasons(alternative, rank, scene, (id) => industryOf.get(id) as number, facts, options),
    };
  }

  /** The slots a partner search scores: a project's, or one per requested domain. */
  private async target(args: PartnerQuery, viewer: Viewer | null): Promise<{ slots: SlotInput[]; cityId: number; targetSlots: TargetSlot[] }> {
    const { projectId, domains, city } = args.target;
    const byDomains = domains != null && domains.length > 0;
    if ((projectId != null) === byDomains) {
      throw badUserInput({ ko: 'target에는 projectId나 domains 중 하나만 주십시오.', en: 'target needs either projectId or domains (not both).' }, 'target');
    }
    if (projectId != null) {
      if (city != null) {
        throw badUserInput(
          {
            ko: 'target.city는 target.domains와 함께 씁니다. 사업에는 이미 도시가 있습니다.',
            en: 'target.city goes with target.domains; a project has its own city.',
          },
          'target.city',
        );
      }
      const loaded = await this.data.project(projectId);
      if (!loaded || !canSeeProject(viewer, loaded.project)) {
        throw badUserInput({ ko: 'target.projectId에 해당하는 사업이 없습니다.', en: 'target.projectId names no project.' }, 'target.projectId');
      }
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

  /** `projectCap`: the project's maxLargeStake, the default of the option (an explicit null lifts it). */
  private options(input: ConsortiumOptionsQuery | null, projectCap: number | null): ConsortiumOptions {
    if (!input) return { ...DEFAULT_CONSORTIUM_OPTIONS, maxLargeStake: projectCap };
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
      maxLargeStake: input.maxLargeStake === undefined ? projectCap : input.maxLargeStake,
      respectCapacity: input.respectCapacity,
      interestBonus: input.interestBonus,
      tieBonus: input.tieBonus,
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
    fit: round(fit.fit),
    techCoverage: round(fit.techCoverage),
    level: fit.level,
    levelFactor: round(fit.levelFactor),
    cityBonus: round(fit.cityBonus),
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

/** The organisations an infeasibility sentence names. */
function infeasibilityOrganizations(reason: Infeasibility | null): number[] {
  if (reason === null) return [];
  if ('organizationId' in reason) return [reason.organizationId];
  if ('organizationIds' in reason) return [...reason.organizationIds];
  return [];
}

const CONSTRAINTS: Record<CoreConstraint, ExclusionConstraint> = {
  excludeOrganizations: 'EXCLUDE_ORGANIZATIONS',
  includeOrganizations: 'INCLUDE_ORGANIZATIONS',
  maxMembers: 'MAX_MEMBERS',
  minSmes: 'MIN_SMES',
  minIndustries: 'MIN_INDUSTRIES',
  requiredKinds: 'REQUIRED_KINDS',
  maxLargeShare: 'MAX_LARGE_SHARE',
  maxLargeStake: 'MAX_LARGE_STAKE',
  requireFullCoverage: 'REQUIRE_FULL_COVERAGE',
};
const constraintName = (constraint: CoreConstraint): ExclusionConstraint => CONSTRAINTS[constraint];
