import { ArrayMaxSize, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, Float, ID, InputType, Int } from 'type-graphql';
import { parseGlobalId } from '../../graphql/global-id';
import { Language } from '../../graphql/language';
import { OrganizationKind } from '../organizations/organization.enums';

// The language of readable texts is the API's (src/graphql/language.ts): error messages are said in it too.
export { Language };

@InputType({
  description:
    'What a partner should help with: a project (its requirement slots and city), or a list of domains ' +
    '(each a slot of weight 1, minimum level 1, any technology) with an optional city. Give projectId or domains, not both.',
})
export class PartnerTarget {
  @Field(() => ID, { nullable: true, description: 'Global id of a Project.' })
  projectId?: string | null;

  @Field(() => [String], { nullable: true, description: 'Domain slugs.' })
  @IsOptional()
  @ArrayMaxSize(20)
  domains?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Pilot-city slug for the city bonus when targeting domains.' })
  city?: string | null;
}

@ArgsType()
export class PartnerMatchesArgs {
  @Field(() => ID, { description: 'Global id of the Organization looking for partners.' })
  organizationId: string;

  @Field(() => PartnerTarget, { description: 'What the partner should help with.' })
  @ValidateNested()
  target: PartnerTarget;

  @Field(() => Int, { defaultValue: 10, description: 'How many candidates to return, best first (1–100).' })
  @Min(1)
  @Max(100)
  first: number;

  @Field(() => Float, { defaultValue: 0.5, description: 'μ: bonus for a partner from another industry (0–100).' })
  @Min(0)
  @Max(100)
  mu: number;

  @Field(() => Language, { defaultValue: Language.EN, description: 'Language of `reasons`.' })
  lang: Language;
}

@InputType({ description: 'Rules and weights for assembling a consortium; every field has a default.' })
export class ConsortiumOptionsInput {
  @Field(() => Int, { defaultValue: 3, description: 'How many distinct member sets to return, best first (1–10).' })
  @Min(1)
  @Max(10)
  k: number;

  @Field(() => Int, { defaultValue: 6, description: 'Most members a consortium may have (1–20).' })
  @Min(1)
  @Max(20)
  maxMembers: number;

  @Field(() => Int, { defaultValue: 0, description: 'Fewest members of kind SME or STARTUP (0–20).' })
  @Min(0)
  @Max(20)
  minSmes: number;

  @Field(() => Int, { defaultValue: 2, description: 'Fewest distinct industries among the members (0–20).' })
  @Min(0)
  @Max(20)
  minIndustries: number;

  @Field(() => [OrganizationKind], { defaultValue: [], description: 'Kinds that must each be present at least once.' })
  @ArrayMaxSize(8)
  requiredKinds: OrganizationKind[];

  @Field(() => Float, {
    defaultValue: 1,
    description: "Largest share of members that may be LARGE_ENTERPRISE, 0–1 (0.3 is the pilot-city calls' 30% rule).",
  })
  @Min(0)
  @Max(1)
  maxLargeShare: number;

  @Field(() => [ID], { defaultValue: [], description: 'Organizations that must be members (global ids).' })
  @ArrayMaxSize(20)
  includeOrganizations: string[];

  @Field(() => [ID], { defaultValue: [], description: 'Organizations that must not be members (global ids).' })
  @ArrayMaxSize(500)
  excludeOrganizations: string[];

  @Field(() => Boolean, { defaultValue: false, description: 'Every slot must be filled; otherwise unfilled slots are reported as gaps.' })
  requireFullCoverage: boolean;

  @Field(() => Float, { defaultValue: 0.5, description: 'μ: value of each extra distinct industry (0–100).' })
  @Min(0)
  @Max(100)
  mu: number;

  @Field(() => Float, { defaultValue: 0.1, description: 'κ: cost of each member (0–100).' })
  @Min(0)
  @Max(100)
  kappa: number;

  @Field(() => Float, {
    nullable: true,
    description:
      "Cap on the summed stakes of LARGE_ENTERPRISE members, 0–1 (0.3 is the pilot-city calls' 30% rule); a member's stake is the " +
      "budget share of the slots it fills over that of all filled slots. Left out: the project's own maxLargeStake; null: no cap.",
  })
  @IsOptional()
  @Min(0)
  @Max(1)
  maxLargeStake?: number | null;

  @Field(() => Boolean, {
    defaultValue: true,
    description: 'Leave out organisations already in as many live consortia as they take on (naming one in includeOrganizations adds it anyway).',
  })
  respectCapacity: boolean;

  @Field(() => Float, { defaultValue: 0, description: 'Added to the value per member that expressed interest in the project (0–100).' })
  @Min(0)
  @Max(100)
  interestBonus: number;

  @Field(() => Float, {
    defaultValue: 0,
    description: 'Added to the value per pair of members with a past tie: a CONFIRMED consortium together, or an ACCEPTED partnership request (0–100).',
  })
  @Min(0)
  @Max(100)
  tieBonus: number;
}

@ArgsType()
export class AssembleConsortiumArgs {
  @Field(() => ID, { description: 'Global id of the Project.' })
  projectId: string;

  @Field(() => ConsortiumOptionsInput, { nullable: true, description: 'Rules and weights; defaults apply to what is left out.' })
  @IsOptional()
  @ValidateNested()
  options?: ConsortiumOptionsInput | null;

  @Field(() => Language, { defaultValue: Language.EN, description: 'Language of `reasons`.' })
  lang: Language;
}

@ArgsType()
export class ProjectMatchesArgs {
  @Field(() => ID, { description: 'Global id of the Organization looking for projects.' })
  organizationId: string;

  @Field(() => Int, { defaultValue: 10, description: 'How many projects to return, best first (1–100).' })
  @Min(1)
  @Max(100)
  first: number;

  @Field(() => Language, { defaultValue: Language.EN, description: 'Language of `reasons`.' })
  lang: Language;
}

@ArgsType()
export class ExplainExclusionArgs {
  @Field(() => ID, { description: 'Global id of the Project.' })
  projectId: string;

  @Field(() => ID, { description: 'Global id of the Organization asked about.' })
  organizationId: string;

  @Field(() => ConsortiumOptionsInput, {
    nullable: true,
    description: 'The rules and weights of the assembleConsortium run it explains (k is ignored: the best team is compared).',
  })
  @IsOptional()
  @ValidateNested()
  options?: ConsortiumOptionsInput | null;

  @Field(() => Language, { defaultValue: Language.EN, description: 'Language of `explanation` and of the reasons.' })
  lang: Language;
}

/** The arguments with their global ids decoded, as MatchingService.assembleConsortium takes them (BAD_USER_INPUT on a wrong id). */
export function consortiumQuery(args: Pick<AssembleConsortiumArgs, 'projectId' | 'options' | 'lang'>) {
  const projectId = parseGlobalId(args.projectId, 'Project', 'projectId');
  const ids = (values: string[], field: string) => values.map((id) => parseGlobalId(id, 'Organization', `options.${field}`));
  const options = args.options && {
    ...args.options,
    includeOrganizations: ids(args.options.includeOrganizations, 'includeOrganizations'),
    excludeOrganizations: ids(args.options.excludeOrganizations, 'excludeOrganizations'),
  };
  return { projectId, options: options ?? null, lang: args.lang };
}

/** Most projects one assemblePortfolio may take (Busan Eco Delta City's ten services and Sejong 5-1's seven fit together). */
export const MAX_PORTFOLIO_PROJECTS = 20;

@InputType({ description: "One project's own rules and weight in a portfolio." })
export class PortfolioProjectOptionsInput {
  @Field(() => ID, { description: 'Global id of the Project (one of projectIds).' })
  projectId: string;

  @Field(() => Float, { defaultValue: 1, description: "projectWeight: the project's weight in the total Σ projectWeight × value (> 0, at most 100)." })
  @Min(0.001)
  @Max(100)
  projectWeight: number;

  @Field(() => ConsortiumOptionsInput, {
    nullable: true,
    description: "The project's rules and weights (k is ignored: one consortium per project). Left out: the portfolio's `defaults`.",
  })
  @IsOptional()
  @ValidateNested()
  options?: ConsortiumOptionsInput | null;
}

@InputType({ description: 'Rules for assembling a portfolio: one consortium per project, chosen jointly.' })
export class PortfolioOptionsInput {
  @Field(() => [PortfolioProjectOptionsInput], {
    defaultValue: [],
    description: 'Per-project options and weights; projects left out take `defaults` and weight 1.',
  })
  @ArrayMaxSize(MAX_PORTFOLIO_PROJECTS)
  @ValidateNested({ each: true })
  projects: PortfolioProjectOptionsInput[];

  @Field(() => ConsortiumOptionsInput, { nullable: true, description: 'Rules and weights for every project without its own options (k is ignored).' })
  @IsOptional()
  @ValidateNested()
  defaults?: ConsortiumOptionsInput | null;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'When a project cannot be staffed, assemble none; otherwise the rest are assembled and that project says why.',
  })
  requireAll: boolean;

  @Field(() => Float, {
    nullable: true,
    description: 'Seconds the whole call may take (0.5–30, default 10); when it runs out, the best portfolio found comes with its gap.',
  })
  @IsOptional()
  @Min(0.5)
  @Max(30)
  timeLimit?: number | null;
}

@ArgsType()
export class AssemblePortfolioArgs {
  @Field(() => [ID], {
    description: `Global ids of the Projects, in the order the one-at-a-time baseline assembles them (1–${MAX_PORTFOLIO_PROJECTS}, no repeats).`,
  })
  projectIds: string[];

  @Field(() => PortfolioOptionsInput, { nullable: true, description: 'Rules, weights and limits; defaults apply to what is left out.' })
  @IsOptional()
  @ValidateNested()
  options?: PortfolioOptionsInput | null;

  @Field(() => Language, { defaultValue: Language.EN, description: 'Language of `reasons` and `infeasibleReason`.' })
  lang: Language;
}

/** assemblePortfolio's arguments with their global ids decoded (BAD_USER_INPUT on a wrong id). */
export function portfolioQuery(args: AssemblePortfolioArgs) {
  const projectIds = args.projectIds.map((id) => parseGlobalId(id, 'Project', 'projectIds'));
  const ids = (values: string[], field: string) => values.map((id) => parseGlobalId(id, 'Organization', field));
  const decode = (options: ConsortiumOptionsInput | null | undefined, field: string) =>
    options
      ? {
          ...options,
          includeOrganizations: ids(options.includeOrganizations, `${field}.includeOrganizations`),
          excludeOrganizations: ids(options.excludeOrganizations, `${field}.excludeOrganizations`),
        }
      : null;
  const options = args.options;
  return {
    projectIds,
    projects: (options?.projects ?? []).map((p, i) => ({
      projectId: parseGlobalId(p.projectId, 'Project', `options.projects.${i}.projectId`),
      projectWeight: p.projectWeight,
      options: decode(p.options, `options.projects.${i}.options`),
    })),
    defaults: decode(options?.defaults, 'options.defaults'),
    requireAll: options?.requireAll ?? false,
    timeLimitMs: options?.timeLimit == null ? null : Math.round(options.timeLimit * 1000),
    lang: args.lang,
  };
}
