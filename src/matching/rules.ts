// The further rules of docs/matching.md ("Further rules"): their defaults, and the relations
// between organisations (blocks, ties) as symmetric pairs. Every default leaves the model of the
// base formulas unchanged.
import type { ConsortiumOptions, OrganizationInput, SlotInput } from './types';

export interface Rules {
  /** null: no cap on the summed stakes of large enterprises. */
  maxLargeStake: number | null;
  respectCapacity: boolean;
  interestBonus: number;
  tieBonus: number;
}

export function rulesOf(options: Partial<ConsortiumOptions>): Rules {
  return {
    maxLargeStake: options.maxLargeStake ?? null,
    respectCapacity: options.respectCapacity ?? true,
    interestBonus: options.interestBonus ?? 0,
    tieBonus: options.tieBonus ?? 0,
  };
}

/** A cap of 1 or more can never bind: the large members' stakes sum to at most 1. */
export function stakeCapActive(rules: Rules): rules is Rules & { maxLargeStake: number } {
  return rules.maxLargeStake !== null && rules.maxLargeStake < 1;
}

export function budgetShare(slot: Pick<SlotInput, 'budgetShare'>): number {
  return slot.budgetShare ?? 1;
}

/** Why an organisation is no candidate although it may fit: opted out, or at capacity. */
export function notSuggested(organization: OrganizationInput, rules: Rules): 'OPTED_OUT' | 'AT_CAPACITY' | null {
  if (organization.matchmaking === false) return 'OPTED_OUT';
  if (rules.respectCapacity && organization.atCapacity === true) return 'AT_CAPACITY';
  return null;
}

/**
 * Per organisation id, the others it is related to in either direction (a lists b, or b lists a),
 * restricted to `ids`; self-references are ignored.
 */
export function symmetricRelation(
  organizations: readonly OrganizationInput[],
  pick: (o: OrganizationInput) => readonly number[] | undefined,
  ids: ReadonlySet<number>,
): Map<number, number[]> {
  const related = new Map<number, Set<number>>();
  const link = (a: number, b: number) => {
    const set = related.get(a);
    if (set) set.add(b);
    else related.set(a, new Set([b]));
  };
  for (const o of organizations) {
    if (!ids.has(o.id)) continue;
    for (const other of pick(o) ?? []) {
      if (other === o.id || !ids.has(other)) continue;
      link(o.id, other);
      link(other, o.id);
    }
  }
  return new Map([...related].map(([id, set]) => [id, [...set].sort((a, b) => a - b)]));
}

/** Whether a and b are related in either direction (for callers holding just two organisations). */
export function related(a: OrganizationInput, b: OrganizationInput, pick: (o: OrganizationInput) => readonly number[] | undefined): boolean {
  return (pick(a) ?? []).includes(b.id) || (pick(b) ?? []).includes(a.id);
}
