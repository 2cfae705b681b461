// Candidate selection for assembleConsortium: which organisations the MIP needs to see at all.
// Only those that fit a slot; of those, many are outdone by several equals of the same industry
// and kind class (pruneDominated drops them without changing the top k); and a large pool starts
// its priced model (pricing.ts) from the few best per slot and group (seedCandidates).
import { fitValue } from './fit';
import { LARGE_KIND, SMALL_KINDS, type ConsortiumOptions, type Kind, type OrganizationInput, type ProjectInput } from './types';

/** An organisation with its fits; also the shape the model builder takes (ConsortiumCandidate). */
export interface Candidate {
  id: number;
  kind: Kind;
  industryId: number;
  /** fit(o, r) for each project slot, in slot order. */
  fits: number[];
  organization: OrganizationInput;
}

/** Organisations not excluded that fit at least one slot (fit > 0), with their fits; input order kept. */
export function fittingCandidates(project: ProjectInput, organizations: readonly OrganizationInput[], excluded: ReadonlySet<number>): Candidate[] {
  const result: Candidate[] = [];
  const { slots, cityId } = project;
  for (const organization of organizations) {
    if (excluded.has(organization.id)) continue;
    // Most organisations fit nothing; allocate their fits only once one is positive.
    let fits: number[] | null = null;
    for (let r = 0; r < slots.length; r++) {
      const f = fitValue(organization, slots[r], cityId);
      if (f > 0 && fits === null) fits = new Array<number>(slots.length).fill(0);
      if (fits !== null) fits[r] = f;
    }
    if (fits !== null) result.push({ id: organization.id, kind: organization.kind, industryId: organization.industryId, fits, organization });
  }
  return result;
}

/**
 * What the consortium constraints can tell apart about a kind: a required kind by name, else
 * 'small' (counts for minSmes), 'large' (counts for maxLargeShare) or nothing. Organisations of one
 * industry and one class are interchangeable as far as every constraint and the diversity term go.
 */
export function kindClass(kind: Kind, options: Pick<ConsortiumOptions, 'minSmes' | 'requiredKinds' | 'maxLargeShare'>): string {
  if (options.requiredKinds.includes(kind)) return `=${kind}`;
  if (options.minSmes > 0 && SMALL_KINDS.includes(kind)) return 'small';
  if (options.maxLargeShare < 1 && kind === LARGE_KIND) return 'large';
  return '';
}

/** Groups of interchangeable organisations: the same industry and the same kind class. */
export function interchangeGroup(organization: OrganizationInput, options: Pick<ConsortiumOptions, 'minSmes' | 'requiredKinds' | 'maxLargeShare'>): string {
  return `${organization.industryId}|${kindClass(organization.kind, options)}`;
}

/**
 * Safe dominance pruning. Within a group of the same industry and kind class, say A dominates
 * B when fit(A, r) >= fit(B, r) on every slot r and A ≠ B in some slot or A.id < B.id (a strict
 * order, so equal twins do not knock each other out). B is dropped when at least `keep` others of
 * its group dominate it; organisations in `always` are never dropped.
 *
 * Why the optimum survives, with keep = min(maxMembers, slots) + k - 1:
 * - Every dropped B keeps at least `keep` dominators that are themselves kept: take a dropped
 *   dominator A of B that no other dropped dominator of B dominates; all of A's (>= keep)
 *   dominators dominate B too (the order is transitive) and none of them is dropped.
 * - Swap: a team T using B has at most |T| - 1 <= keep - k other members, so some kept dominator
 *   A is outside T. T - B + A gives A the slots B filled (fit no lower, so still > 0), and has
 *   the same size, the same industries and the same kind classes. Every constraint depends only
 *   on those (minSmes, requiredKinds, maxLargeShare, minIndustries, maxMembers, coverage) or on
 *   membership of included organisations (never dropped) and excluded ones (removed before this
 *   step), so T - B + A is feasible and its value is no lower. Repeating this for each dropped
 *   member ends in a team of kept organisations.
 * - k best: the last swap of a team has at least k free dominators to choose from, each giving a
 *   different team, so the top-j teams (j <= k) can be mapped to j distinct kept-only teams of no
 *   lower value; hence the j-th best value is the same with or without the dropped organisations.
 */
export function pruneDominated(
  candidates: readonly Candidate[],
  keep: number,
  always: ReadonlySet<number>,
  groupOf: (organization: OrganizationInput) => string,
): Candidate[] {
  const groups = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const key = groupOf(c.organization);
    const group = groups.get(key);
    if (group) group.push(c);
    else groups.set(key, [c]);
  }
  const dropped = new Set<Candidate>();
  for (const group of groups.values()) {
    if (group.length <= keep) continue;
    // Every dominator of B sorts before B: by sum of fits (monotone under dominance), then
    // lexicographically (tells unequal vectors with equal float sums), then by id.
    const sum = new Map(group.map((c) => [c, c.fits.reduce((a, b) => a + b, 0)]));
    const ordered = [...group].sort((a, b) => {
      const bySum = (sum.get(b) as number) - (sum.get(a) as number);
      if (bySum !== 0) return bySum;
      for (let r = 0; r < a.fits.length; r++) if (a.fits[r] !== b.fits[r]) return b.fits[r] - a.fits[r];
      return a.organization.id - b.organization.id;
    });
    for (let p = keep; p < ordered.length; p++) {
      const b = ordered[p];
      if (always.has(b.organization.id)) continue;
      // Only B's positive slots need checking: every fit is >= 0.
      const slots: number[] = [];
      b.fits.forEach((f, r) => {
        if (f > 0) slots.push(r);
      });
      let dominators = 0;
      for (let q = 0; q < p && dominators < keep; q++) {
        const a = ordered[q];
        if (slots.every((r) => a.fits[r] >= b.fits[r])) dominators++;
      }
      if (dominators >= keep) dropped.add(b);
    }
  }
  return candidates.filter((c) => !dropped.has(c));
}

/**
 * The first restricted model of a priced solve: for every slot and every interchange group, the
 * `perGroup` best organisations for that slot (ties to the smaller id), plus `always`. Every group
 * and so every industry is represented, and each slot has its best fillers.
 */
export function seedCandidates(
  pool: readonly Candidate[],
  slotCount: number,
  perGroup: number,
  always: ReadonlySet<number>,
  groupOf: (organization: OrganizationInput) => string,
): Set<Candidate> {
  const seed = new Set<Candidate>(pool.filter((c) => always.has(c.organization.id)));
  const keys = pool.map((c) => groupOf(c.organization));
  for (let r = 0; r < slotCount; r++) {
    const best = new Map<string, Candidate[]>();
    for (let i = 0; i < pool.length; i++) {
      const c = pool[i];
      if (!(c.fits[r] > 0)) continue;
      const key = keys[i];
      const top = best.get(key) ?? [];
      top.push(c);
      // Keep the list short: sort and trim once it grows past twice the quota.
      if (top.length > 2 * perGroup) {
        top.sort((a, b) => b.fits[r] - a.fits[r] || a.organization.id - b.organization.id);
        top.length = perGroup;
      }
      best.set(key, top);
    }
    for (const top of best.values()) {
      top.sort((a, b) => b.fits[r] - a.fits[r] || a.organization.id - b.organization.id);
      for (const c of top.slice(0, perGroup)) seed.add(c);
    }
  }
  return seed;
}
