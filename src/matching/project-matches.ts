// projectMatches of docs/matching.md ("Projects for an organisation"): the projects an
// organisation could serve, each scored by the share of its weighted need the organisation covers.
//
//   score(o, p) = Σ_r w_r·fit(o, r) / Σ_r w_r   over the slots r of p
//
// ranked by score, ties by project id, zero scores left out.
import { fit, fitValue } from './fit';
import type { FitExplanation, OrganizationInput, ProjectInput } from './types';

export interface ProjectCandidate extends ProjectInput {
  id: number;
  /**
   * Σ_r w_r over all the project's slots, when `slots` holds only those that may fit (e.g. in the
   * organisation's domains: the others add 0 to the numerator); default: the sum over `slots`.
   */
  totalWeight?: number;
}

export interface ProjectMatch {
  projectId: number;
  /** In (0, 1]. */
  score: number;
  /** The slots the organisation fits (fit > 0), in slot order. */
  fits: { slotId: number; fit: FitExplanation; weightedFit: number }[];
}

/** The best `limit` projects for `organization`, best first. */
export function projectMatches(organization: OrganizationInput, projects: readonly ProjectCandidate[], limit: number): ProjectMatch[] {
  const matches: ProjectMatch[] = [];
  for (const project of projects) {
    const need = project.totalWeight ?? project.slots.reduce((sum, slot) => sum + slot.weight, 0);
    let covered = 0;
    const fits: ProjectMatch['fits'] = [];
    for (const slot of project.slots) {
      // Cheap numeric check first: the explanation is built only for slots the organisation fits.
      if (!(fitValue(organization, slot, project.cityId) > 0)) continue;
      const explanation = fit(organization, slot, project.cityId);
      covered += slot.weight * explanation.fit;
      fits.push({ slotId: slot.id, fit: explanation, weightedFit: slot.weight * explanation.fit });
    }
    if (need > 0 && covered > 0) matches.push({ projectId: project.id, score: covered / need, fits });
  }
  // Compared at 1e-9 resolution so that equal shares reached in a different order still tie (then by id).
  const key = (m: ProjectMatch): number => Math.round(m.score * 1e9);
  matches.sort((a, b) => key(b) - key(a) || a.projectId - b.projectId);
  return matches.slice(0, Math.max(0, limit));
}
