// The k best distinct teams of a small instance without the MIP: a depth-first branch and bound
// over slot assignments. Each slot in turn goes to a candidate that fits it, or stays a gap; the
// candidates holding a slot are the team, so every member fills a slot by construction. A node is
// cut off when the rules can no longer be met below it, or when an upper bound on every
// assignment below it is no better than the k-th best distinct team found so far.
//
// Why the answer is exact: a team's value is the best over its assignments, and the search keeps,
// for each team among the best k it has seen, the best assignment seen. A subtree is dropped only
// when its bound is at most the current k-th value t. Any assignment in it is then worth at most
// t, so it can neither lift a team above the final k-th value nor raise a listed team's value
// (each is at least t already). Every team left out is therefore worth no more than the k-th
// listed one, and every listed team carries its best value.
//
// Used by assembleConsortium for pools of at most a few dozen candidates (members are bits of a
// 32-bit mask), within a node budget: past it the search gives up and the MIP takes over.
import type { ConsortiumInstance } from './consortium-model';
import { budgetShare, rulesOf, stakeCapActive } from './rules';
import { LARGE_KIND, SMALL_KINDS } from './types';

export interface SearchedTeam {
  /** Candidate indices, ascending. */
  members: number[];
  /** Per slot of the instance (in its order), the candidate index filling it, or -1 for a gap. */
  filledBy: number[];
  /** value(T, a) of the assignment, summed in search order (the caller recomputes it for the answer). */
  value: number;
}

/** Members are bits of an int32 mask. */
export const MAX_SEARCH_CANDIDATES = 30;

/** Rules hold up to this (relative) slack, as in the reference checks; far below any real difference. */
const TOLERANCE = 1e-9;

function popcount(mask: number): number {
  let m = mask - ((mask >>> 1) & 0x55555555);
  m = (m & 0x33333333) + ((m >>> 2) & 0x33333333);
  return (((m + (m >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * The best `k` teams with distinct member sets, best first (ties in the order found), each with
 * a best assignment; fewer when fewer exist. null when the search needs more than `nodeBudget`
 * nodes. The rules and the value are those of buildConsortiumModel, which the MIP path solves.
 */
export function searchTopTeams(instance: ConsortiumInstance, k: number, nodeBudget: number): { teams: SearchedTeam[]; nodes: number } | null {
  const { slots, candidates, options } = instance;
  const n = candidates.length;
  if (n > MAX_SEARCH_CANDIDATES) throw new RangeError(`the exact search takes at most ${MAX_SEARCH_CANDIDATES} candidates, got ${n}`);
  const rules = rulesOf(options);
  const slotCount = slots.length;
  const { mu, kappa, maxMembers, minSmes, minIndustries, requireFullCoverage } = options;

  // ── Candidates as bits ──
  const indexOf = new Map(candidates.map((c, o) => [c.id, o]));
  let includedMask = 0;
  for (const id of new Set(options.includeOrganizations)) {
    const o = indexOf.get(id);
    if (o === undefined) throw new Error(`includeOrganizations ${id} is not a candidate of the instance`);
    includedMask |= 1 << o;
  }
  let largeMask = 0;
  let smallMask = 0;
  const kindMasks = [...new Set(options.requiredKinds)].map((kind) => candidates.reduce((m, c, o) => (c.kind === kind ? m | (1 << o) : m), 0));
  const industryIndex = new Map<number, number>();
  const industryOf = new Int32Array(n);
  const blockMask = new Int32Array(n);
  const tieMask = new Int32Array(n);
  const relate = (masks: Int32Array, a: number, ids: readonly number[] | undefined) => {
    for (const id of ids ?? []) {
      const b = indexOf.get(id);
      if (b === undefined || b === a) continue;
      masks[a] |= 1 << b;
      masks[b] |= 1 << a;
    }
  };
  candidates.forEach((c, o) => {
    if (c.kind === LARGE_KIND) largeMask |= 1 << o;
    if (SMALL_KINDS.includes(c.kind)) smallMask |= 1 << o;
    if (!industryIndex.has(c.industryId)) industryIndex.set(c.industryId, industryIndex.size);
    industryOf[o] = industryIndex.get(c.industryId) as number;
    relate(blockMask, o, c.blocks);
    if (rules.tieBonus > 0) relate(tieMask, o, c.ties);
  });
  // A member's own terms (κ and the interest bonus), as on y_o in the model.
  const memberGain = Float64Array.from(candidates, (c) => (rules.interestBonus !== 0 && c.interested === true ? -kappa + rules.interestBonus : -kappa));
  // Upper bound on what a new member adds besides its fits and industry: its own terms and a tie
  // bonus for every tie it has (each new pair has a new member, so counting per member bounds them).
  const joinBound = Float64Array.from(memberGain, (g, o) => g + rules.tieBonus * popcount(tieMask[o]));
  const byJoinBound = Array.from({ length: n }, (_, o) => o).sort((a, b) => joinBound[b] - joinBound[a] || a - b);

  const largeShare = options.maxLargeShare;
  const largeShareActive = largeShare < 1 && largeMask !== 0;
  const stakeActive = stakeCapActive(rules) && largeMask !== 0;
  const sigma = stakeActive ? (rules.maxLargeStake as number) : 0;

  // ── Slots, most valuable first, so that the bound tightens early ──
  const bestWeighted = slots.map((s, r) => Math.max(0, ...candidates.map((c) => (c.fits[r] > 0 ? s.weight * c.fits[r] : 0))));
  const order = slots.map((_, r) => r).sort((a, b) => bestWeighted[b] - bestWeighted[a] || a - b);
  const weighted = order.map((r) => Float64Array.from(candidates, (c) => (c.fits[r] > 0 ? slots[r].weight * c.fits[r] : 0)));
  const choices = order.map((r, p) =>
    candidates
      .map((_, o) => o)
      .filter((o) => candidates[o].fits[r] > 0)
      .sort((a, b) => weighted[p][b] - weighted[p][a] || a - b),
  );
  const share = order.map((r) => budgetShare(slots[r]));
  const restBest = new Float64Array(slotCount + 1);
  const restShare = new Float64Array(slotCount + 1);
  for (let p = slotCount - 1; p >= 0; p--) {
    restBest[p] = restBest[p + 1] + bestWeighted[order[p]];
    restShare[p] = restShare[p + 1] + share[p];
  }

  // ── Search state ──
  // Integer state changes in place; sums of floats travel as arguments of visit(), so that undoing
  // a step never leaves rounding behind.
  let members = 0;
  let memberCount = 0;
  let tiedPairs = 0;
  let industryMask = 0;
  const industryCount = new Int32Array(industryIndex.size);
  let largeCount = 0;
  const holder = new Int32Array(slotCount).fill(-1); // by search position

  // The best k teams so far, best first: member mask, value, holders by search position.
  const best: { mask: number; value: number; holder: Int32Array }[] = [];
  const threshold = (): number => (best.length < k ? -Infinity : best[k - 1].value);
  const offer = (value: number) => {
    let at = best.findIndex((t) => t.mask === members);
    if (at >= 0) {
      if (!(value > best[at].value)) return;
      best[at] = { mask: members, value, holder: holder.slice() };
    } else if (best.length < k) {
      best.push({ mask: members, value, holder: holder.slice() });
      at = best.length - 1;
    } else if (value > best[k - 1].value) {
      best[k - 1] = { mask: members, value, holder: holder.slice() };
      at = k - 1;
    } else return;
    while (at > 0 && best[at - 1].value < best[at].value) {
      [best[at - 1], best[at]] = [best[at], best[at - 1]];
      at--;
    }
  };

  const join = (o: number) => {
    members |= 1 << o;
    memberCount++;
    tiedPairs += popcount(tieMask[o] & members);
    if (industryCount[industryOf[o]]++ === 0) industryMask |= 1 << industryOf[o];
    if ((largeMask >>> o) & 1) largeCount++;
  };
  const leave = (o: number) => {
    if ((largeMask >>> o) & 1) largeCount--;
    if (--industryCount[industryOf[o]] === 0) industryMask &= ~(1 << industryOf[o]);
    tiedPairs -= popcount(tieMask[o] & members);
    memberCount--;
    members &= ~(1 << o);
  };
  const teamValue = (fitSum: number, gainSum: number): number => fitSum + mu * (popcount(industryMask) - 1) + gainSum + rules.tieBonus * tiedPairs;

  /** The rules a complete assignment must meet (membership, coverage and slot fits hold by construction). */
  const complete = (filledShare: number, largeFilledShare: number): boolean => {
    if (memberCount === 0 || (includedMask & ~members) !== 0) return false;
    for (const m of kindMasks) if ((m & members) === 0) return false;
    if (popcount(smallMask & members) < minSmes || popcount(industryMask) < minIndustries) return false;
    if (largeShareActive && largeCount > largeShare * memberCount + TOLERANCE) return false;
    if (stakeActive && largeFilledShare - sigma * filledShare > TOLERANCE * filledShare) return false;
    return true;
  };

  /**
   * Whether the rules can still be met below a node at position p, with at most `room` new members:
   * each missing included organisation, kind, SME or industry needs a new member of its own at
   * worst, large members never leave, and the rest of the slots can lower the large stake by at
   * most σ times their shares.
   */
  const reachable = (p: number, room: number, filledShare: number, largeFilledShare: number): boolean => {
    if (popcount(includedMask & ~members) > room) return false;
    let missingKinds = 0;
    for (const m of kindMasks) if ((m & members) === 0) missingKinds++;
    if (missingKinds > room || minSmes - popcount(smallMask & members) > room || minIndustries - popcount(industryMask) > room) return false;
    if (largeShareActive && largeCount > Math.max(largeShare * (memberCount + room), largeShare * Math.max(1, memberCount)) + TOLERANCE) return false;
    if (stakeActive && largeFilledShare - sigma * filledShare - sigma * restShare[p] > TOLERANCE * (filledShare + restShare[p])) return false;
    return true;
  };

  const prefixes = new Float64Array(n + 1); // sums of the best join bounds, reused by bound()
  /** An upper bound on the value of any complete assignment below a node at position p. */
  const bound = (p: number, room: number, value: number): number => {
    let fits = 0;
    if (memberCount < maxMembers) fits = restBest[p];
    else {
      // Full team: the remaining slots can only go to members.
      for (let q = p; q < slotCount; q++) {
        let top = 0;
        for (let m = members; m !== 0; m &= m - 1) {
          const w = weighted[q][31 - Math.clz32(m & -m)];
          if (w > top) top = w;
        }
        fits += top;
      }
    }
    // New members: the best `a` join bounds plus μ per industry new to the team, for the best a <= room.
    let extra = 0;
    if (room > 0) {
      let newIndustries = 0;
      let taken = 0;
      for (const o of byJoinBound) {
        if ((members >>> o) & 1 || (blockMask[o] & members) !== 0) continue;
        newIndustries |= (1 << industryOf[o]) & ~industryMask;
        if (taken < room) {
          prefixes[taken + 1] = prefixes[taken] + joinBound[o];
          taken++;
        }
      }
      const industries = mu > 0 ? popcount(newIndustries) : 0;
      for (let a = 1; a <= taken; a++) extra = Math.max(extra, prefixes[a] + mu * Math.min(a, industries));
    }
    return value + fits + extra;
  };

  let nodes = 0;
  let aborted = false;
  /** Position p of the search order; fitSum, gainSum and the filled shares are those of the slots before p. */
  const visit = (p: number, fitSum: number, gainSum: number, filledShare: number, largeFilledShare: number): void => {
    if (++nodes > nodeBudget) {
      aborted = true;
      return;
    }
    if (p === slotCount) {
      if (complete(filledShare, largeFilledShare)) offer(teamValue(fitSum, gainSum));
      return;
    }
    const room = Math.min(maxMembers - memberCount, slotCount - p);
    if (!reachable(p, room, filledShare, largeFilledShare)) return;
    if (best.length >= k && bound(p, room, teamValue(fitSum, gainSum)) <= threshold()) return;
    const b = share[p];
    for (const o of choices[p]) {
      const member = ((members >>> o) & 1) === 1;
      if (!member && (memberCount >= maxMembers || (blockMask[o] & members) !== 0)) continue;
      if (!member) join(o);
      holder[p] = o;
      const large = ((largeMask >>> o) & 1) === 1;
      visit(p + 1, fitSum + weighted[p][o], member ? gainSum : gainSum + memberGain[o], filledShare + b, large ? largeFilledShare + b : largeFilledShare);
      holder[p] = -1;
      if (!member) leave(o);
      if (aborted) return;
    }
    if (!requireFullCoverage) visit(p + 1, fitSum, gainSum, filledShare, largeFilledShare);
  };
  visit(0, 0, 0, 0, 0);
  if (aborted) return null;

  const teams = best.map((t): SearchedTeam => {
    const filledBy = slots.map(() => -1);
    order.forEach((r, p) => {
      filledBy[r] = t.holder[p];
    });
    const list: number[] = [];
    for (let o = 0; o < n; o++) if ((t.mask >>> o) & 1) list.push(o);
    return { members: list, filledBy, value: t.value };
  });
  return { teams, nodes };
}
