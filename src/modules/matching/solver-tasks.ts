// What the service sends a solver thread. Structured clone copies a task on the request's thread,
// and copying thousands of organisations per solve would cost the event loop about as much as the
// solve itself: so the candidate pool is packed once per data version into a SharedArrayBuffer,
// which threads read without a copy, and a task names its candidates by id.
import type { PortfolioProjectInput, PortfolioSettings } from '../../matching/assemble-portfolio';
import type { ConsortiumOptions, OrganizationInput, ProjectInput } from '../../matching/types';

/** Every approved member with its capabilities, packed; `version` is the pool's data version. */
export interface PackedPool {
  version: string;
  kinds: string[];
  /** Backed by a SharedArrayBuffer: [count, then per organisation: id, kind index, industry id, capability count, then per capability: id, domain id, level, technology count, …ids, city count, …ids]. */
  data: Int32Array;
}

/** Candidates as a thread finds them: ids in the packed pool, plus organisations it does not hold. */
export interface Candidates {
  /** null when the candidates came from nowhere the threads share (`ids` is then empty). */
  pool: PackedPool | null;
  ids: number[];
  others: OrganizationInput[];
}

/** What the further rules know of one organisation beyond its capabilities (absent fields take the core's defaults). */
export type OrganizationRules = Pick<OrganizationInput, 'matchmaking' | 'atCapacity' | 'interested' | 'blocks' | 'ties' | 'remainingCapacity'>;

/**
 * Per organisation id (organisations without an entry follow every default). They travel beside
 * the candidates, not in them, so that candidates from the shared pool still travel as ids.
 */
export type RuleInputs = Map<number, OrganizationRules>;

/** `organizations` with their rule inputs merged in; those without rules are passed as they are (same objects). */
export function withRules(organizations: readonly OrganizationInput[], rules: RuleInputs | undefined): OrganizationInput[] {
  if (!rules || rules.size === 0) return [...organizations];
  return organizations.map((o) => {
    const extra = rules.get(o.id);
    return extra ? { ...o, ...extra } : o;
  });
}

export interface AssembleTask {
  project: ProjectInput;
  candidates: Candidates;
  options: ConsortiumOptions;
  rules?: RuleInputs;
  /** Epoch milliseconds by which the solver must stop (Date.now() is the one clock threads share). */
  deadline: number;
}

/** explainExclusion for `organizationId` (which must be among the candidates). */
export interface ExplainTask extends AssembleTask {
  organizationId: number;
}

/** assemblePortfolio: the projects with their options, one shared candidate list (see Candidates). */
export interface PortfolioTask {
  projects: PortfolioProjectInput[];
  candidates: Candidates;
  rules?: RuleInputs;
  settings: PortfolioSettings;
  /** Epoch milliseconds by which the solver must stop. */
  deadline: number;
}

export interface PartnersTask {
  seeker: OrganizationInput;
  candidates: Candidates;
  project: ProjectInput;
  mu: number;
  limit: number;
  rules?: RuleInputs;
}

export function packPool(version: string, organizations: readonly OrganizationInput[]): PackedPool {
  const kinds: string[] = [];
  const kindIndex = new Map<string, number>();
  let size = 1;
  for (const o of organizations) {
    size += 4;
    for (const c of o.capabilities) size += 5 + c.technologyIds.length + c.cityIds.length;
  }
  const data = new Int32Array(new SharedArrayBuffer(size * Int32Array.BYTES_PER_ELEMENT));
  let at = 0;
  data[at++] = organizations.length;
  for (const o of organizations) {
    if (!kindIndex.has(o.kind)) {
      kindIndex.set(o.kind, kinds.length);
      kinds.push(o.kind);
    }
    data[at++] = o.id;
    data[at++] = kindIndex.get(o.kind)!;
    data[at++] = o.industryId;
    data[at++] = o.capabilities.length;
    for (const c of o.capabilities) {
      data[at++] = c.id;
      data[at++] = c.domainId;
      data[at++] = c.level;
      data[at++] = c.technologyIds.length;
      for (const t of c.technologyIds) data[at++] = t;
      data[at++] = c.cityIds.length;
      for (const city of c.cityIds) data[at++] = city;
    }
  }
  return { version, kinds, data };
}

export function unpackPool(pool: PackedPool): Map<number, OrganizationInput> {
  const { data, kinds } = pool;
  const byId = new Map<number, OrganizationInput>();
  let at = 0;
  const count = data[at++];
  for (let i = 0; i < count; i++) {
    const id = data[at++];
    const kind = kinds[data[at++]];
    const industryId = data[at++];
    const capabilities = new Array(data[at++]);
    for (let j = 0; j < capabilities.length; j++) {
      const capabilityId = data[at++];
      const domainId = data[at++];
      const level = data[at++];
      const technologyIds = Array.from(data.subarray(at + 1, at + 1 + data[at]));
      at += 1 + technologyIds.length;
      const cityIds = Array.from(data.subarray(at + 1, at + 1 + data[at]));
      at += 1 + cityIds.length;
      capabilities[j] = { id: capabilityId, domainId, level, technologyIds, cityIds };
    }
    byId.set(id, { id, kind, industryId, capabilities });
  }
  return byId;
}
