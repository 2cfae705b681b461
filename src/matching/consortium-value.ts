// value(T, a) of docs/matching.md, the number assembleConsortium maximises and reports:
//
//   value(T, a) = Σ_r r.weight * fit(a(r), r)  +  μ * (distinctIndustries(T) - 1)  -  κ * |T|
//
// It scores any team and assignment; whether they satisfy the consortium constraints is checked
// elsewhere (the model enforces them).
import { fitValue } from './fit';
import type { ConsortiumOptions, OrganizationInput, ProjectInput, ValueBreakdown } from './types';

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
  options: Pick<ConsortiumOptions, 'mu' | 'kappa'>,
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
  return {
    value: fitTerm + diversityTerm - sizePenalty,
    breakdown: { fitTerm, diversityTerm, sizePenalty, distinctIndustries: industries, memberCount },
  };
}
