// Members' stakes (지분) in a consortium, the formula of docs/matching.md ("Stake"):
//
//   stake(o) = Σ_{r: a(r) = o} b_r / Σ_{r filled} b_r
//
// b_r is slot r's budget share. Kept apart from the matching core (another module computes the
// same for alternatives) so a stored consortium's stakes need no solver.

/** How close to 1 the stakes must add up, and how far over the cap the large members may be: float noise only. */
export const STAKE_TOLERANCE = 1e-6;

/**
 * Each member's stake from the slots it fills; members filling none get 0. Null when no slot is
 * filled (there is nothing to share yet).
 */
export function stakesFromAssignments(
  memberIds: readonly number[],
  assignments: readonly { slotId: number; organizationId: number }[],
  budgetShare: ReadonlyMap<number, number>,
): Map<number, number> | null {
  const total = assignments.reduce((sum, a) => sum + (budgetShare.get(a.slotId) ?? 0), 0);
  if (assignments.length === 0 || total <= 0) return null;
  const stakes = new Map(memberIds.map((id) => [id, 0]));
  for (const a of assignments) stakes.set(a.organizationId, (stakes.get(a.organizationId) ?? 0) + (budgetShare.get(a.slotId) ?? 0) / total);
  return stakes;
}

export interface StakeCheck {
  /** What the stakes add up to, unset ones counting 0. */
  sum: number;
  /** Members whose stake is not set. */
  unset: number[];
  /** What the large enterprises' stakes add up to. */
  largeSum: number;
  /** Whether the sum is 1 and every stake is set. */
  complete: boolean;
  /** Whether the large enterprises hold at most `cap` (always, when there is no cap). */
  withinCap: boolean;
}

/** confirmConsortium's conditions on stakes: they add up to 1, and the large enterprises' to at most the project's cap. */
export function checkStakes(members: readonly { organizationId: number; stake: number | null; large: boolean }[], cap: number | null): StakeCheck {
  const sum = members.reduce((s, m) => s + (m.stake ?? 0), 0);
  const largeSum = members.reduce((s, m) => s + (m.large ? (m.stake ?? 0) : 0), 0);
  const unset = members.filter((m) => m.stake === null).map((m) => m.organizationId);
  return {
    sum,
    unset,
    largeSum,
    complete: unset.length === 0 && Math.abs(sum - 1) <= STAKE_TOLERANCE,
    withinCap: cap === null || largeSum <= cap + STAKE_TOLERANCE,
  };
}
