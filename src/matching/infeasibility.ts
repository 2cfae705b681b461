// Why no consortium can exist, as a code with its parameters: the cheap necessary conditions that
// assembleConsortium checks before it builds a model (the solver has the last word on the rest).
// The API turns a code into a sentence in the caller's language, with names instead of ids
// (src/modules/matching/); describeInfeasibility gives the plain technical English the core reports.
import type { Candidate } from './candidates';
import { related, rulesOf } from './rules';
import {
  LARGE_KIND,
  SMALL_KINDS,
  type ConsortiumOptions,
  type Infeasibility,
  type LeftOut,
  type OrganizationInput,
  type ProjectInput,
  type TeamSizeRule,
} from './types';

/**
 * Necessary conditions that need no solver, checked in order of how a planner would fix them;
 * null when none fails (the solver may still find the constraints jointly infeasible).
 */
export function infeasibility(
  project: ProjectInput,
  organizations: readonly OrganizationInput[],
  fitting: readonly Candidate[],
  options: ConsortiumOptions,
  left: { atCapacity: number; optedOut: number } = { atCapacity: 0, optedOut: 0 },
): Infeasibility | null {
  const slots = project.slots;
  if (slots.length === 0) return { code: 'NO_SLOTS' };
  if (options.maxMembers < 1) return { code: 'NO_MEMBERS_ALLOWED', maxMembers: options.maxMembers };

  const excluded = new Set(options.excludeOrganizations);
  const included = [...new Set(options.includeOrganizations)];
  const byId = new Map(organizations.filter((o) => included.includes(o.id)).map((o) => [o.id, o]));
  for (const id of included) {
    if (excluded.has(id)) return { code: 'INCLUDED_AND_EXCLUDED', organizationId: id };
    if (!byId.has(id)) return { code: 'INCLUDED_NOT_APPROVED', organizationId: id };
  }

  // Every member fills a slot of its own, so a team is no larger than the project's slot count.
  const maxTeam = Math.min(options.maxMembers, slots.length);
  const bySlots = maxTeam !== options.maxMembers;
  const requiredKinds = [...new Set(options.requiredKinds)];
  const tooSmall = (rule: TeamSizeRule, needed: number): Infeasibility | null =>
    needed > maxTeam ? { code: 'TEAM_TOO_SMALL', rule, needed, maxTeam, bySlots } : null;
  const small =
    tooSmall('includeOrganizations', included.length) ??
    tooSmall('minSmes', options.minSmes) ??
    tooSmall('minIndustries', options.minIndustries) ??
    tooSmall('requiredKinds', requiredKinds.length);
  if (small) return small;

  // nLarge <= share * |T| with |T| <= maxTeam; the small tolerance absorbs 0.3 * 10 = 2.9999….
  const largeAllowed = Math.max(0, Math.floor(options.maxLargeShare * maxTeam + 1e-9));
  if (requiredKinds.includes(LARGE_KIND) && largeAllowed < 1) {
    return { code: 'LARGE_NOT_ALLOWED', rule: 'maxLargeShare', because: 'requiredKinds', allowed: largeAllowed, asked: 1 };
  }
  const includedLarge = included.filter((id) => byId.get(id)?.kind === LARGE_KIND).length;
  if (includedLarge > largeAllowed) {
    return { code: 'LARGE_NOT_ALLOWED', rule: 'maxLargeShare', because: 'includeOrganizations', allowed: largeAllowed, asked: includedLarge };
  }

  // Every member holds a slot, so its stake is positive: a cap of 0 leaves no room for a large one.
  const stakeCap = rulesOf(options).maxLargeStake;
  if (stakeCap !== null && stakeCap <= 0) {
    if (requiredKinds.includes(LARGE_KIND)) return { code: 'LARGE_NOT_ALLOWED', rule: 'maxLargeStake', because: 'requiredKinds', allowed: 0, asked: 1 };
    if (includedLarge > 0) return { code: 'LARGE_NOT_ALLOWED', rule: 'maxLargeStake', because: 'includeOrganizations', allowed: 0, asked: includedLarge };
  }
  for (let i = 0; i < included.length; i++) {
    for (let j = i + 1; j < included.length; j++) {
      const a = byId.get(included[i]) as OrganizationInput;
      const b = byId.get(included[j]) as OrganizationInput;
      if (related(a, b, (o) => o.blocks)) return { code: 'INCLUDED_BLOCKED', organizationIds: [a.id, b.id] };
    }
  }

  const fittingIds = new Set(fitting.map((c) => c.organization.id));
  for (const id of included) if (!fittingIds.has(id)) return { code: 'INCLUDED_FITS_NO_SLOT', organizationId: id };
  const leftOut: LeftOut = { excluded: excluded.size, atCapacity: left.atCapacity, optedOut: left.optedOut };
  if (fitting.length === 0) return { code: 'NO_CANDIDATE', leftOut };

  if (options.minSmes > 0) {
    const smalls = fitting.filter((c) => SMALL_KINDS.includes(c.organization.kind)).length;
    if (smalls === 0) return { code: 'NO_SMALL_CANDIDATE', leftOut };
    if (smalls < options.minSmes) return { code: 'TOO_FEW_SMALL', needed: options.minSmes, available: smalls };
  }
  for (const kind of requiredKinds) {
    if (!fitting.some((c) => c.organization.kind === kind)) return { code: 'REQUIRED_KIND_MISSING', kind };
  }
  const industries = new Set(fitting.map((c) => c.organization.industryId)).size;
  if (industries < options.minIndustries) return { code: 'TOO_FEW_INDUSTRIES', needed: options.minIndustries, available: industries };
  if (options.requireFullCoverage) {
    const open = slots.findIndex((_, r) => !fitting.some((c) => c.fits[r] > 0));
    if (open >= 0) return { code: 'SLOT_UNFILLABLE', slotId: slots[open].id, leftOut };
  }
  if (options.maxLargeShare < 1 && fitting.every((c) => c.organization.kind === LARGE_KIND)) {
    return { code: 'ONLY_LARGE', maxLargeShare: options.maxLargeShare };
  }
  return null;
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** The reason in the core's plain technical English, with row ids (for logs and tests; the API words it for people). */
export function describeInfeasibility(reason: Infeasibility, options: ConsortiumOptions, project: ProjectInput): string {
  const leftOutWords = (left: LeftOut): string => {
    const words = [
      left.excluded > 0 ? 'outside excludeOrganizations' : '',
      left.atCapacity > 0 ? 'not at capacity' : '',
      left.optedOut > 0 ? 'open to matchmaking' : '',
    ].filter((s) => s !== '');
    return words.length === 0 ? '' : ` ${words.join(', ')}`;
  };
  const small = SMALL_KINDS.join(' or ');
  switch (reason.code) {
    case 'NO_SLOTS':
      return 'the project has no requirement slots';
    case 'NO_MEMBERS_ALLOWED':
      return `maxMembers ${reason.maxMembers}: a consortium needs at least one member`;
    case 'INCLUDED_AND_EXCLUDED':
      return `organisation ${reason.organizationId} is in both includeOrganizations and excludeOrganizations`;
    case 'INCLUDED_NOT_APPROVED':
      return `includeOrganizations ${reason.organizationId} is not an approved organisation`;
    case 'TEAM_TOO_SMALL': {
      const capacity = reason.bySlots
        ? `a team for ${plural(project.slots.length, 'slot', 'slots')} (every member fills one)`
        : `maxMembers ${options.maxMembers}`;
      if (reason.rule === 'includeOrganizations') return `${capacity} cannot hold the ${reason.needed} includeOrganizations`;
      if (reason.rule === 'requiredKinds') return `${capacity} cannot hold the ${reason.needed} requiredKinds`;
      return `${capacity} cannot meet ${reason.rule} ${reason.needed}`;
    }
    case 'LARGE_NOT_ALLOWED':
      if (reason.rule === 'maxLargeStake')
        return `maxLargeStake 0 allows no ${LARGE_KIND}, but ${reason.because === 'requiredKinds' ? 'requiredKinds asks for one' : 'includeOrganizations has one'}`;
      if (reason.because === 'requiredKinds') {
        return `maxLargeShare ${options.maxLargeShare} allows no ${LARGE_KIND} in a team of at most ${Math.min(options.maxMembers, project.slots.length)}, but requiredKinds asks for one`;
      }
      return `includeOrganizations has ${plural(reason.asked, LARGE_KIND, `${LARGE_KIND}s`)} but maxLargeShare ${options.maxLargeShare} allows at most ${reason.allowed} in a team of at most ${Math.min(options.maxMembers, project.slots.length)}`;
    case 'INCLUDED_BLOCKED':
      return `includeOrganizations ${reason.organizationIds[0]} and ${reason.organizationIds[1]} have blocked each other`;
    case 'INCLUDED_FITS_NO_SLOT':
      return `includeOrganizations ${reason.organizationId} fits no slot`;
    case 'NO_CANDIDATE':
      return `no approved organisation${leftOutWords(reason.leftOut)} fits any slot`;
    case 'NO_SMALL_CANDIDATE':
      return `no approved ${small}${leftOutWords(reason.leftOut)} has a capability that fits any slot`;
    case 'TOO_FEW_SMALL':
      return `minSmes ${reason.needed} but only ${reason.available} approved ${small} organisations fit a slot`;
    case 'REQUIRED_KIND_MISSING':
      return `requiredKinds ${reason.kind}: no candidate of that kind fits any slot`;
    case 'TOO_FEW_INDUSTRIES':
      return `minIndustries ${reason.needed} but candidates span only ${plural(reason.available, 'industry', 'industries')}`;
    case 'SLOT_UNFILLABLE': {
      const slot = project.slots.find((s) => s.id === reason.slotId)!;
      return `requireFullCoverage: no approved organisation${leftOutWords(reason.leftOut)} fits slot ${slot.id} (domain ${slot.domainId}, minLevel ${slot.minLevel})`;
    }
    case 'ONLY_LARGE':
      return `maxLargeShare ${reason.maxLargeShare} but every candidate is a ${LARGE_KIND}`;
    case 'JOINTLY_INFEASIBLE':
      return 'no team satisfies all constraints together';
    case 'TIME_LIMIT':
      return `the solver found no team within the time limit of ${reason.limitMs / 1000} s`;
    case 'CAPACITY_TAKEN':
      return 'the organisations a team needs are taken by the other projects of the portfolio up to their capacity';
    case 'PORTFOLIO_INCOMPLETE':
      return 'requireAll: not every project of the portfolio can be staffed, so none is assembled';
  }
}
