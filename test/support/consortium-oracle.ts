// An independent brute force of the consortium model of docs/matching.md (DESIGN.md §4), written
// again from the text for the property tests: its own fit, its own value, its own rules, and an
// enumeration of every member set and every assignment. It shares no code with src/matching
// beyond the plain input types.
import type { ConsortiumOptions, OrganizationInput, ProjectInput, SlotInput } from '../../src/matching';

export const TOLERANCE = 1e-9;

export function referenceFit(o: OrganizationInput, r: SlotInput, cityId: number): number {
  if (r.allowedKinds && r.allowedKinds.length > 0 && !r.allowedKinds.includes(o.kind)) return 0;
  let best = 0;
  for (const c of o.capabilities) {
    if (c.domainId !== r.domainId || c.level < r.minLevel) continue;
    const wanted = [...new Set(r.technologyIds)];
    const coverage = wanted.length === 0 ? 1 : wanted.filter((t) => c.technologyIds.includes(t)).length / wanted.length;
    if (coverage === 0) continue;
    best = Math.max(best, Math.min(1, coverage * (0.5 + 0.1 * c.level) + (c.cityIds.includes(cityId) ? 0.1 : 0)));
  }
  return best;
}

const blocked = (a: OrganizationInput, b: OrganizationInput): boolean => (a.blocks ?? []).includes(b.id) || (b.blocks ?? []).includes(a.id);
const tied = (a: OrganizationInput, b: OrganizationInput): boolean => (a.ties ?? []).includes(b.id) || (b.ties ?? []).includes(a.id);

/** Pairs of members with a past tie. */
export function referenceTiedPairs(members: readonly OrganizationInput[]): number {
  let pairs = 0;
  for (let i = 0; i < members.length; i++) for (let j = i + 1; j < members.length; j++) if (tied(members[i], members[j])) pairs++;
  return pairs;
}

export function referenceValue(
  project: ProjectInput,
  members: OrganizationInput[],
  filledBy: (OrganizationInput | null)[],
  options: Pick<ConsortiumOptions, 'mu' | 'kappa' | 'interestBonus' | 'tieBonus'>,
): number {
  let sum = 0;
  project.slots.forEach((slot, r) => {
    const o = filledBy[r];
    if (o) sum += slot.weight * referenceFit(o, slot, project.cityId);
  });
  const interest = (options.interestBonus ?? 0) * members.filter((m) => m.interested === true).length;
  const ties = (options.tieBonus ?? 0) * referenceTiedPairs(members);
  return sum + options.mu * (new Set(members.map((m) => m.industryId)).size - 1) - options.kappa * members.length + interest + ties;
}

/** Stake of each member (by id) and of the large enterprises together, for an assignment. */
export function referenceStakes(project: ProjectInput, filledBy: (OrganizationInput | null)[]): { byId: Map<number, number>; large: number } {
  const share = (s: SlotInput) => s.budgetShare ?? 1;
  const total = project.slots.reduce((sum, s, r) => sum + (filledBy[r] ? share(s) : 0), 0);
  const byId = new Map<number, number>();
  let large = 0;
  project.slots.forEach((s, r) => {
    const o = filledBy[r];
    if (!o) return;
    byId.set(o.id, (byId.get(o.id) ?? 0) + share(s) / total);
    if (o.kind === 'LARGE_ENTERPRISE') large += share(s) / total;
  });
  return { byId, large };
}

/** Whether o may be in a team at all: opt-out and capacity leave it out unless included by name. */
export function referenceCandidate(o: OrganizationInput, options: ConsortiumOptions): boolean {
  if (options.includeOrganizations.includes(o.id)) return true;
  if (o.matchmaking === false) return false;
  if (o.atCapacity === true && options.respectCapacity !== false) return false;
  return true;
}

/** The member-set rules (everything but coverage and the stake cap, which depend on the assignment). */
export function teamAllowed(members: OrganizationInput[], options: ConsortiumOptions): boolean {
  const ids = new Set(members.map((m) => m.id));
  for (let i = 0; i < members.length; i++) for (let j = i + 1; j < members.length; j++) if (blocked(members[i], members[j])) return false;
  return (
    members.length >= 1 &&
    members.length <= options.maxMembers &&
    members.every((m) => referenceCandidate(m, options)) &&
    members.filter((m) => m.kind === 'SME' || m.kind === 'STARTUP').length >= options.minSmes &&
    new Set(members.map((m) => m.industryId)).size >= options.minIndustries &&
    options.requiredKinds.every((k) => members.some((m) => m.kind === k)) &&
    options.includeOrganizations.every((id) => ids.has(id)) &&
    options.excludeOrganizations.every((id) => !ids.has(id)) &&
    members.filter((m) => m.kind === 'LARGE_ENTERPRISE').length <= options.maxLargeShare * members.length + TOLERANCE
  );
}

/** Whether an assignment keeps the stake cap. */
export function stakeAllowed(project: ProjectInput, filledBy: (OrganizationInput | null)[], options: ConsortiumOptions): boolean {
  const cap = options.maxLargeStake;
  if (cap === undefined || cap === null) return true;
  return referenceStakes(project, filledBy).large <= cap + TOLERANCE;
}

/** The best value of every feasible member set (key: sorted ids), by enumerating all sets and assignments. */
export function bruteForce(project: ProjectInput, organizations: OrganizationInput[], options: ConsortiumOptions): Map<string, number> {
  const best = new Map<string, number>();
  const n = organizations.length;
  const slots = project.slots;
  const limit = Math.min(options.maxMembers, slots.length);
  for (let mask = 1; mask < 1 << n; mask++) {
    const members = organizations.filter((_, i) => mask & (1 << i));
    if (members.length > limit || !teamAllowed(members, options)) continue;
    const fits = members.map((m) => slots.map((s) => referenceFit(m, s, project.cityId)));
    // Every assignment: each slot to a member with fit > 0, or to nobody (-1).
    const choice = slots.map(() => -1);
    const visit = (r: number): void => {
      if (r === slots.length) {
        if (options.requireFullCoverage && choice.includes(-1)) return;
        if (!members.every((_, i) => choice.includes(i))) return; // every member fills a slot
        const filledBy = choice.map((i) => (i < 0 ? null : members[i]));
        if (!stakeAllowed(project, filledBy, options)) return;
        const value = referenceValue(project, members, filledBy, options);
        const key = members
          .map((m) => m.id)
          .sort((a, b) => a - b)
          .join(',');
        if (!best.has(key) || value > (best.get(key) as number)) best.set(key, value);
        return;
      }
      for (let i = -1; i < members.length; i++) {
        if (i >= 0 && !(fits[i][r] > 0)) continue;
        choice[r] = i;
        visit(r + 1);
      }
    };
    visit(0);
  }
  return best;
}
