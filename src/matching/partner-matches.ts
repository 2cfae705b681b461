// partnerMatches of docs/matching.md: who would add most to a seeker organisation S for a target.
//
//   score(c) = Σ_r r.weight * max(0, fit(c, r) - fit(S, r))  +  μ * [industry(c) ≠ industry(S)]
//
// A target that is a list of domains rather than a project is passed as slots of weight 1,
// minLevel 1 and no technologies (the caller builds them).
import { fit, fitValue } from './fit';
import { related } from './rules';
import type { OrganizationInput, PartnerGain, PartnerMatch, ProjectInput } from './types';

/**
 * Candidates ranked by score descending, ties by organisation id ascending; S itself and
 * candidates scoring 0 (or less) are left out; at most `limit` are returned. Each match lists the
 * slots it improves on S, in slot order, with the capability that earns the improvement.
 * Organisations that opted out of matchmaking, and those with a block either way with S, are never suggested.
 */
export function partnerMatches(seeker: OrganizationInput, candidates: OrganizationInput[], project: ProjectInput, mu: number, limit: number): PartnerMatch[] {
  const { slots, cityId } = project;
  const seekerFits = slots.map((slot) => fitValue(seeker, slot, cityId));
  // Scores first, as numbers; explanations only for the few that make the page. The sum runs in
  // slot order with the same terms as the gains below, so it is the same number to the last bit.
  const scored: { candidate: OrganizationInput; score: number; key: number }[] = [];
  for (const candidate of candidates) {
    if (candidate.id === seeker.id || candidate.matchmaking === false || related(seeker, candidate, (o) => o.blocks)) continue;
    let score = 0;
    for (let i = 0; i < slots.length; i++) {
      const value = fitValue(candidate, slots[i], cityId);
      if (value > seekerFits[i]) score += slots[i].weight * (value - seekerFits[i]);
    }
    if (candidate.industryId !== seeker.industryId) score += mu;
    // Compared at 1e-9 resolution so that equal sums reached in a different floating-point order
    // still tie, and ties then go by organisation id as docs/matching.md says.
    if (score > 0) scored.push({ candidate, score, key: Math.round(score * 1e9) });
  }
  scored.sort((a, b) => b.key - a.key || a.candidate.id - b.candidate.id);
  return scored.slice(0, Math.max(0, limit)).map(({ candidate, score }) => {
    // Each slot the candidate improves on S, in slot order, with the capability that earns it.
    const gains: PartnerGain[] = [];
    slots.forEach((slot, i) => {
      if (fitValue(candidate, slot, cityId) <= seekerFits[i]) return;
      const explanation = fit(candidate, slot, cityId);
      const gain = explanation.fit - seekerFits[i];
      gains.push({ slotId: slot.id, fit: explanation, seekerFit: seekerFits[i], gain, weightedGain: slot.weight * gain });
    });
    return { organizationId: candidate.id, score, crossIndustry: candidate.industryId !== seeker.industryId, gains };
  });
}
