// What the service sends a solver thread: plain data, only what the solve reads (structured clone
// copies it on the request's thread, so smaller is faster).
import type { ConsortiumOptions, OrganizationInput, ProjectInput } from '../../matching/types';

export interface AssembleTask {
  project: ProjectInput;
  organizations: OrganizationInput[];
  options: ConsortiumOptions;
  /** Epoch milliseconds by which the solver must stop (Date.now() is the one clock threads share). */
  deadline: number;
}

export interface PartnersTask {
  seeker: OrganizationInput;
  candidates: OrganizationInput[];
  project: ProjectInput;
  mu: number;
  limit: number;
}

/**
 * Organisations as the solve of `project` reads them: fit looks only at capabilities in a slot's
 * domain and only asks whether the project's city is among a capability's cities, so the rest
 * (often most of a large member's capabilities) stays behind.
 */
export function forProject(project: ProjectInput): (organization: OrganizationInput) => OrganizationInput {
  const domains = new Set(project.slots.map((slot) => slot.domainId));
  return (organization) => ({
    id: organization.id,
    kind: organization.kind,
    industryId: organization.industryId,
    capabilities: organization.capabilities
      .filter((capability) => domains.has(capability.domainId))
      .map((capability) => ({
        id: capability.id,
        domainId: capability.domainId,
        level: capability.level,
        technologyIds: capability.technologyIds,
        cityIds: capability.cityIds.includes(project.cityId) ? [project.cityId] : [],
      })),
  });
}
