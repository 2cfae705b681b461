// value(T, a) of docs/matching.md, the number assembleConsortium maximises and reports:
//
//   value(T, a) = Σ_r r.weight * fit(a(r), r)  +  μ * (distinctIndustries(T) - 1)  -  κ * |T|
//               + interestBonus * |{o in T: interested}|  +  tieBonus * |{{o, o'} ⊆ T: tie(o, o')}|
//
// and the members' stakes: stake(o) = Σ_{r: a(r)=o} b_r / Σ_{r filled} b_r.
//
// It scores any team and assignment; whether they satisfy the consortium constraints is checked
// elsewhere (the model enforces them).
import { fitValue } from './fit';
import { budgetShare, related } from './rules';
import { LARGE_KIND, type ConsortiumOptions, type MemberStake, type OrganizationInput, type ProjectInput, type ValueBreakdown } from './types';

export function distinctIndustries(members: readonly OrganizationInput[]): number {
  return new Set(members.map((m) => m.industryId)).size;
}

/**
 * The value of team `members` filling slots as `assignment` says (slots not named stay unfilled and
 * add 0). Throws when the assignment names an unknown slot or non-member, or fills a slot twice.
 */
export function consortiumValue(
  project: ProjectInput,
  members: OrganizationInput[],
  assignment: { slotId: number; organizationId: number }[],
  options: Pick<ConsortiumOptions, 'mu' | 'kappa' | 'interestBonus' | 'tieBonus'>,
): { value: number; breakdown: ValueBreakdown } {
  const memberById = new Map(members.map((m) => [m.id, m]));
  const filledBy = new Map<number, number>();
  for (const { slotId, organizationId } of assignment) {
    if (!project.slots.some((s) => s.id === slotId)) throw new Error(`slot ${slotId} is not a slot of the project`);
    if (!memberById.has(organizationId)) throw new Error(`organisation ${organizationId} fills slot ${slotId} but is not a member`);
    if (filledBy.has(slotId)) throw new Error(`slot ${slotId} is filled twice`);
    filledBy.set(slotId, organizationId);
  }

  // Summed in project slot order, so every caller gets the same floating-point result.
  let fitTerm = 0;
  for (const slot of project.slots) {
    const organizationId = filledBy.get(slot.id);
    if (organizationId === undefined) continue;
    fitTerm += slot.weight * fitValue(memberById.get(organizationId) as OrganizationInput, slot, project.cityId);
  }
  const industries = distinctIndustries(members);
  const memberCount = memberById.size;
  const diversityTerm = options.mu * (industries - 1);
  const sizePenalty = options.kappa * memberCount;
  const team = [...memberById.values()];
  const interestedMembers = team.filter((m) => m.interested === true).length;
  let tiedPairs = 0;
  for (let i = 0; i < team.length; i++) for (let j = i + 1; j < team.length; j++) if (related(team[i], team[j], (o) => o.ties)) tiedPairs++;
  // Added only when switched on, so that the value without the options is exactly today's.
  const interestTerm = options.interestBonus ? options.interestBonus * interestedMembers : 0;
  const tieTerm = options.tieBonus ? options.tieBonus * tiedPairs : 0;
  let value = fitTerm + diversityTerm - sizePenalty;
  if (interestTerm !== 0) value += interestTerm;
  if (tieTerm !== 0) value += tieTerm;
  return {
    value,
    breakdown: { fitTerm, diversityTerm, sizePenalty, distinctIndustries: industries, memberCount, interestTerm, tieTerm, interestedMembers, tiedPairs },
  };
}

/**
 * Each member's stake (in `members` order) and the large enterprises' sum. A member filling no
 * slot has stake 0; with no slot filled at all every stake is 0.
 */
export function memberStakes(
  project: ProjectInput,
  members: readonly OrganizationInput[],
  assignment: readonly { slotId: number; organizationId: number }[],
): { stakes: MemberStake[]; largeStake: number } {
  const shareOf = new Map(project.slots.map((s) => [s.id, budgetShare(s)]));
  const held = new Map<number, number>();
  let total = 0;
  for (const a of assignment) {
    const b = shareOf.get(a.slotId) ?? 0;
    held.set(a.organizationId, (held.get(a.organizationId) ?? 0) + b);
    total += b;
  }
  const stakes = members.map((m) => ({ organizationId: m.id, stake: total > 0 ? (held.get(m.id) ?? 0) / total : 0 }));
  const largeHeld = members.filter((m) => m.kind === LARGE_KIND).reduce((sum, m) => sum + (held.get(m.id) ?? 0), 0);
  return { stakes, largeStake: total > 0 ? largeHeld / total : 0 };
}
