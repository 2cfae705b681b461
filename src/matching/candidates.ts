// Candidate selection for assembleConsortium: which organisations the MIP needs to see at all.
// Only those that fit a slot; of those, many are outdone by several equals of the same industry
// and kind class (pruneDominated drops them without changing the top k); and a large pool starts
// its priced model (pricing.ts) from the few best per slot and group (seedCandidates).
import { fitValue } from './fit';
import { notSuggested, rulesOf, stakeCapActive, symmetricRelation } from './rules';
import { LARGE_KIND, SMALL_KINDS, type ConsortiumOptions, type Kind, type OrganizationInput, type ProjectInput } from './types';

/** An organisation with its fits; also the shape the model builder takes (ConsortiumCandidate). */
export interface Candidate {
  id: number;
  kind: Kind;
  industryId: number;
  /** fit(o, r) for each project slot, in slot order. */
  fits: number[];
  organization: OrganizationInput;
  interested?: boolean;
  /** Candidates it may not share a team with (both directions, within the pool). */
  blocks?: number[];
  /** Candidates it has a past tie with (both directions, within the pool). */
  ties?: number[];
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
 * The candidate pool under the further rules: fitting organisations less those that opted out or
 * are at capacity (unless the planner included them by name, which counts as adding them by
 * hand), with interest, blocks and ties attached. Also counts who was left out, and why.
 */
export function candidatePool(
  fitting: readonly Candidate[],
  options: Pick<ConsortiumOptions, 'includeOrganizations' | 'respectCapacity' | 'interestBonus' | 'tieBonus'>,
): { pool: Candidate[]; atCapacity: number; optedOut: number } {
  const rules = rulesOf(options);
  const included = new Set(options.includeOrganizations);
  let atCapacity = 0;
  let optedOut = 0;
  const kept = fitting.filter((c) => {
    const why = included.has(c.id) ? null : notSuggested(c.organization, rules);
    if (why === 'AT_CAPACITY') atCapacity++;
    if (why === 'OPTED_OUT') optedOut++;
    return why === null;
  });
  const ids = new Set(kept.map((c) => c.id));
  const organizations = kept.map((c) => c.organization);
  const blocks = symmetricRelation(organizations, (o) => o.blocks, ids);
  const ties = rules.tieBonus !== 0 ? symmetricRelation(organizations, (o) => o.ties, ids) : new Map<number, number[]>();
  const pool = kept.map((c): Candidate => {
    const interested = c.organization.interested === true;
    const b = blocks.get(c.id);
    const t = ties.get(c.id);
    if (!interested && b === undefined && t === undefined) return c;
    return { ...c, interested, ...(b ? { blocks: b } : {}), ...(t ? { ties: t } : {}) };
  });
  return { pool, atCapacity, optedOut };
}

/**
 * What the consortium constraints can tell apart about a kind: a required kind by name, else
 * 'small' (counts for minSmes), 'large' (counts for maxLargeShare) or nothing. Organisations of one
 * industry and one class are interchangeable as far as every constraint and the diversity term go.
 */
export function kindClass(kind: Kind, options: Pick<ConsortiumOptions, 'minSmes' | 'requiredKinds' | 'maxLargeShare' | 'maxLargeStake'>): string {
  if (options.requiredKinds.includes(kind)) return `=${kind}`;
  if (options.minSmes > 0 && SMALL_KINDS.includes(kind)) return 'small';
  if ((options.maxLargeShare < 1 || stakeCapActive(rulesOf(options))) && kind === LARGE_KIND) return 'large';
  return '';
}

type GroupOptions = Pick<ConsortiumOptions, 'minSmes' | 'requiredKinds' | 'maxLargeShare' | 'maxLargeStake' | 'interestBonus'>;

/**
 * Groups of interchangeable organisations: the same industry and the same kind class (and the
 * same interest when interestBonus counts it). The stake cap needs nothing more: a swap hands the
 * same slots, so the same budget shares, to a member of the same class.
 */
export function interchangeGroup(organization: OrganizationInput, options: GroupOptions): string {
  const interest = (options.interestBonus ?? 0) !== 0 && organization.interested === true ? '|interested' : '';
  return `${organization.industryId}|${kindClass(organization.kind, options)}${interest}`;
}

/**
 * The group for dominance pruning: a candidate with a block or a tie in the pool is in a group of
 * its own (never dropped, never a dominator), because a swap with it could break a block or lose a
 * tie bonus; the rest go by interchangeGroup.
 */
export function pruningGroup(candidate: Candidate, options: GroupOptions): string {
  if ((candidate.blocks?.length ?? 0) > 0 || (candidate.ties?.length ?? 0) > 0) return `#${candidate.id}`;
  return interchangeGroup(candidate.organization, options);
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
 *   on those (minSmes, requiredKinds, maxLargeShare, minIndustries, maxMembers, coverage; the stake
 *   cap too, as A takes B's slots and so B's budget shares) or on membership of included
 *   organisations (never dropped) and excluded ones (removed before this step); the interest bonus
 *   is the same within a group, and candidates with blocks or ties are alone in their group
 *   (pruningGroup), so neither B nor A has any. Hence T - B + A is feasible and its value is no lower. Repeating this for each dropped
 *   member ends in a team of kept organisations.
 * - k best: the last swap of a team has at least k free dominators to choose from, each giving a
 *   different team, so the top-j teams (j <= k) can be mapped to j distinct kept-only teams of no
 *   lower value; hence the j-th best value is the same with or without the dropped organisations.
 */
export function pruneDominated(
  candidates: readonly Candidate[],
  keep: number,
  always: ReadonlySet<number>,
  groupOf: (candidate: Candidate) => string,
): Candidate[] {
  const groups = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const key = groupOf(c);
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
  groupOf: (candidate: Candidate) => string,
): Set<Candidate> {
  const seed = new Set<Candidate>(pool.filter((c) => always.has(c.organization.id)));
  const keys = pool.map((c) => groupOf(c));
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
