// Why no consortium can exist, in words a planner can act on: the cheap necessary conditions that
// assembleConsortium checks before it builds a model (the solver has the last word on the rest).
import type { Candidate } from './candidates';
import { related, rulesOf } from './rules';
import { LARGE_KIND, SMALL_KINDS, type ConsortiumOptions, type OrganizationInput, type ProjectInput } from './types';

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/**
 * Necessary conditions that need no solver, checked in order of how a planner would fix them;
 * null when none fails (the solver may still find the constraints jointly infeasible).
 */
export function infeasibleReason(
  project: ProjectInput,
  organizations: readonly OrganizationInput[],
  fitting: readonly Candidate[],
  options: ConsortiumOptions,
  left: { atCapacity: number; optedOut: number } = { atCapacity: 0, optedOut: 0 },
): string | null {
  const slots = project.slots;
  if (slots.length === 0) return 'the project has no requirement slots';
  if (options.maxMembers < 1) return `maxMembers ${options.maxMembers}: a consortium needs at least one member`;

  const excluded = new Set(options.excludeOrganizations);
  const included = [...new Set(options.includeOrganizations)];
  const byId = new Map(organizations.filter((o) => included.includes(o.id)).map((o) => [o.id, o]));
  for (const id of included) {
    if (excluded.has(id)) return `organisation ${id} is in both includeOrganizations and excludeOrganizations`;
    if (!byId.has(id)) return `includeOrganizations ${id} is not an approved organisation`;
  }

  // Every member fills a slot of its own, so a team is no larger than the project's slot count.
  const maxTeam = Math.min(options.maxMembers, slots.length);
  const capacity =
    maxTeam === options.maxMembers ? `maxMembers ${options.maxMembers}` : `a team for ${plural(slots.length, 'slot', 'slots')} (every member fills one)`;
  const requiredKinds = [...new Set(options.requiredKinds)];
  if (included.length > maxTeam) return `${capacity} cannot hold the ${included.length} includeOrganizations`;
  if (options.minSmes > maxTeam) return `${capacity} cannot meet minSmes ${options.minSmes}`;
  if (options.minIndustries > maxTeam) return `${capacity} cannot meet minIndustries ${options.minIndustries}`;
  if (requiredKinds.length > maxTeam) return `${capacity} cannot hold the ${requiredKinds.length} requiredKinds`;

  // nLarge <= share * |T| with |T| <= maxTeam; the small tolerance absorbs 0.3 * 10 = 2.9999….
  const largeAllowed = Math.max(0, Math.floor(options.maxLargeShare * maxTeam + 1e-9));
  if (requiredKinds.includes(LARGE_KIND) && largeAllowed < 1) {
    return `maxLargeShare ${options.maxLargeShare} allows no ${LARGE_KIND} in a team of at most ${maxTeam}, but requiredKinds asks for one`;
  }
  const includedLarge = included.filter((id) => byId.get(id)?.kind === LARGE_KIND).length;
  if (includedLarge > largeAllowed) {
    return `includeOrganizations has ${plural(includedLarge, LARGE_KIND, `${LARGE_KIND}s`)} but maxLargeShare ${options.maxLargeShare} allows at most ${largeAllowed} in a team of at most ${maxTeam}`;
  }

  // Every member holds a slot, so its stake is positive: a cap of 0 leaves no room for a large one.
  const stakeCap = rulesOf(options).maxLargeStake;
  if (stakeCap !== null && stakeCap <= 0) {
    if (requiredKinds.includes(LARGE_KIND)) return `maxLargeStake 0 allows no ${LARGE_KIND}, but requiredKinds asks for one`;
    if (includedLarge > 0) return `maxLargeStake 0 allows no ${LARGE_KIND}, but includeOrganizations has one`;
  }
  for (let i = 0; i < included.length; i++) {
    for (let j = i + 1; j < included.length; j++) {
      const a = byId.get(included[i]) as OrganizationInput;
      const b = byId.get(included[j]) as OrganizationInput;
      if (related(a, b, (o) => o.blocks)) return `includeOrganizations ${a.id} and ${b.id} have blocked each other`;
    }
  }

  const fittingIds = new Set(fitting.map((c) => c.organization.id));
  for (const id of included) if (!fittingIds.has(id)) return `includeOrganizations ${id} fits no slot`;
  const leftOut = [
    excluded.size > 0 ? 'outside excludeOrganizations' : '',
    left.atCapacity > 0 ? 'not at capacity' : '',
    left.optedOut > 0 ? 'open to matchmaking' : '',
  ]
    .filter((s) => s !== '')
    .join(', ');
  const outsideExcluded = leftOut === '' ? '' : ` ${leftOut}`;
  if (fitting.length === 0) return `no approved organisation${outsideExcluded} fits any slot`;

  if (options.minSmes > 0) {
    const small = fitting.filter((c) => SMALL_KINDS.includes(c.organization.kind)).length;
    if (small === 0) return `no approved ${SMALL_KINDS.join(' or ')}${outsideExcluded} has a capability that fits any slot`;
    if (small < options.minSmes) return `minSmes ${options.minSmes} but only ${small} approved ${SMALL_KINDS.join(' or ')} organisations fit a slot`;
  }
  for (const kind of requiredKinds) {
    if (!fitting.some((c) => c.organization.kind === kind)) return `requiredKinds ${kind}: no candidate of that kind fits any slot`;
  }
  const industries = new Set(fitting.map((c) => c.organization.industryId)).size;
  if (industries < options.minIndustries) {
    return `minIndustries ${options.minIndustries} but candidates span only ${plural(industries, 'industry', 'industries')}`;
  }
  if (options.requireFullCoverage) {
    const open = slots.findIndex((_, r) => !fitting.some((c) => c.fits[r] > 0));
    if (open >= 0) {
      const s = slots[open];
      return `requireFullCoverage: no approved organisation${outsideExcluded} fits slot ${s.id} (domain ${s.domainId}, minLevel ${s.minLevel})`;
    }
  }
  if (options.maxLargeShare < 1 && fitting.every((c) => c.organization.kind === LARGE_KIND)) {
    return `maxLargeShare ${options.maxLargeShare} but every candidate is a ${LARGE_KIND}`;
  }
  return null;
}
