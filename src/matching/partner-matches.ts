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
  const seekerFits = project.slots.map((slot) => fitValue(seeker, slot, project.cityId));
  const matches: PartnerMatch[] = [];
  for (const candidate of candidates) {
    if (candidate.id === seeker.id || candidate.matchmaking === false || related(seeker, candidate, (o) => o.blocks)) continue;
    const gains: PartnerGain[] = [];
    let score = 0;
    project.slots.forEach((slot, i) => {
      // Cheap numeric check first: the explanation is built only for slots that improve on S.
      if (fitValue(candidate, slot, project.cityId) <= seekerFits[i]) return;
      const explanation = fit(candidate, slot, project.cityId);
      const gain = explanation.fit - seekerFits[i];
      const weightedGain = slot.weight * gain;
      score += weightedGain;
      gains.push({ slotId: slot.id, fit: explanation, seekerFit: seekerFits[i], gain, weightedGain });
    });
    const crossIndustry = candidate.industryId !== seeker.industryId;
    if (crossIndustry) score += mu;
    if (score > 0) matches.push({ organizationId: candidate.id, score, crossIndustry, gains });
  }
  // Scores are compared at 1e-9 resolution so that equal sums reached in a different floating-point
  // order still tie, and ties then go by organisation id as docs/matching.md says.
  const key = (m: PartnerMatch): number => Math.round(m.score * 1e9);
  matches.sort((a, b) => key(b) - key(a) || a.organizationId - b.organizationId);
  return matches.slice(0, Math.max(0, limit));
}
