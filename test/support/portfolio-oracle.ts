// An independent brute force of assemblePortfolio (docs/matching.md "Portfolio", DESIGN.md §4): every
// feasible team of every project from the consortium brute force (consortium-oracle.ts, which shares
// no code with src/matching), then every combination of one team or none per project, kept when no
// organisation is counted in more teams than its remaining capacity. Best = the most projects
// staffed, then the highest Σ weight · value.
import type { ConsortiumOptions, OrganizationInput, ProjectInput } from '../../src/matching';
import { bruteForce, TOLERANCE } from './consortium-oracle';

export interface OracleProject {
  id: number;
  project: ProjectInput;
  options: ConsortiumOptions;
  weight?: number;
  interested?: readonly number[];
}

/** What a project sees of the organisations: its own interest, and no capacity left as atCapacity. */
export function projectView(p: OracleProject, organizations: readonly OrganizationInput[], remaining: ReadonlyMap<number, number>): OrganizationInput[] {
  return organizations.map((o) => ({
    ...o,
    interested: (p.interested ?? []).includes(o.id) || undefined,
    atCapacity: o.atCapacity === true || (remaining.get(o.id) ?? Infinity) <= 0,
  }));
}

/** The organisations of a team that use a unit of capacity: none when the project ignores capacity; never the included ones. */
export function countedMembers(options: ConsortiumOptions, memberIds: readonly number[]): number[] {
  if (options.respectCapacity === false) return [];
  return memberIds.filter((id) => !options.includeOrganizations.includes(id));
}

export function remainingOf(organizations: readonly OrganizationInput[]): Map<number, number> {
  return new Map(organizations.map((o) => [o.id, o.remainingCapacity ?? Infinity]));
}

/** The best portfolio: staffed count, then total; and the best value of each member set per project (for checking teams). */
export function portfolioBruteForce(
  projects: readonly OracleProject[],
  organizations: readonly OrganizationInput[],
): { staffed: number; total: number; teams: Map<string, number>[] } {
  const remaining = remainingOf(organizations);
  const teams = projects.map((p) => bruteForce(p.project, projectView(p, organizations, remaining), { ...p.options, k: 1 }));
  const lists = teams.map((t) => [...t].map(([key, value]) => ({ ids: key.split(',').map(Number), value })));
  let best = { staffed: -1, total: -Infinity };
  const used = new Map<number, number>();
  const visit = (i: number, staffed: number, total: number): void => {
    if (i === projects.length) {
      if (staffed > best.staffed || (staffed === best.staffed && total > best.total)) best = { staffed, total };
      return;
    }
    visit(i + 1, staffed, total);
    const weight = projects[i].weight ?? 1;
    for (const team of lists[i]) {
      const counted = countedMembers(projects[i].options, team.ids);
      if (counted.some((id) => (used.get(id) ?? 0) + 1 > (remaining.get(id) as number))) continue;
      for (const id of counted) used.set(id, (used.get(id) ?? 0) + 1);
      visit(i + 1, staffed + 1, total + weight * team.value);
      for (const id of counted) used.set(id, (used.get(id) as number) - 1);
    }
  };
  visit(0, 0, 0);
  return { ...best, teams };
}

export { TOLERANCE };
