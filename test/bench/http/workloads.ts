// The five workloads: our GraphQL documents, PostGraphile's equivalents for W1–W3, the variables
// each request cycles through, and the normalisation that lets the two answers be compared.
import { fromGlobalId, toGlobalId } from '../../../src/graphql/global-id';

export type Variables = Record<string, unknown>;

export interface Side {
  query: string;
  /** Variables of the i-th request; the bench cycles through a fixed list. */
  variables: (i: number) => Variables;
  /** The answer reduced to plain data in one shape for both servers. */
  normalise: (data: any) => unknown;
}

export interface Workload {
  name: 'W1' | 'W2' | 'W3' | 'W4' | 'W5';
  description: string;
  ours: Side;
  postgraphile: Side | null;
}

/** What the bench reads from the database to build variables. */
export interface Fixtures {
  domains: string[];
  /** Approved, visible organisations with capabilities in several domains (W3). */
  organizationIds: number[];
  /** Approved organisations to seek partners for (W4). */
  seekerIds: number[];
  /** The synthetic 8-slot Sejong project (W4, W5). */
  projectId: number;
}

/** Search words that occur in synthetic names and descriptions, in both languages. */
const SEARCHES: { query: string; domains: string[]; kinds: string[]; minLevel: number }[] = [
  { query: '스마트', domains: ['mobility', 'safety'], kinds: ['SME', 'STARTUP'], minLevel: 2 },
  { query: 'Tech', domains: ['administration'], kinds: ['SME', 'STARTUP', 'MID_SIZED'], minLevel: 1 },
  { query: '데이터', domains: ['energy-environment', 'water'], kinds: ['SME', 'STARTUP'], minLevel: 2 },
  { query: 'Green', domains: ['energy-environment'], kinds: ['SME', 'STARTUP', 'MID_SIZED', 'LARGE_ENTERPRISE'], minLevel: 3 },
  { query: '솔루션', domains: ['healthcare', 'education', 'culture-shopping'], kinds: ['STARTUP'], minLevel: 1 },
  { query: 'Solutions', domains: ['mobility'], kinds: ['SME', 'STARTUP'], minLevel: 2 },
];

const rawId = (globalId: string): number | undefined => fromGlobalId(globalId)?.id;
const bySlug = (a: { slug: string }, b: { slug: string }) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
/** Our capabilities come strongest first, PostGraphile's by id (it orders only by indexed columns): compare as sets. */
const sortCapabilities = <T>(capabilities: T[]): T[] =>
  capabilities
    .map((c) => ({ c, key: JSON.stringify(c) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ c }) => c);

const OURS_W1 = `query W1($domain: String!) {
  organizations(first: 50, filter: { domains: [$domain] }) {
    edges { node { id nameKo nameEn kind region employees
      capabilities { level domain { slug nameKo } technologies { slug nameKo } } } }
  }
}`;
const PG_W1 = `query W1($domain: String!) {
  organizationsInDomain(domainSlug: $domain, first: 50) {
    nodes { id nameKo nameEn kind region employees
      capabilitiesByOrganizationIdList(orderBy: ID_ASC) { level domainByDomainId { slug nameKo }
        capabilityTechnologiesByCapabilityIdList(orderBy: TECHNOLOGY_ID_ASC) { technologyByTechnologyId { slug nameKo } } } }
  }
}`;

const OURS_W2 = `query W2($query: String!, $domains: [String!], $kinds: [OrganizationKind!], $minLevel: Int) {
  organizations(first: 20, filter: { query: $query, domains: $domains, kinds: $kinds, minLevel: $minLevel }) {
    totalCount
    edges { node { id nameKo nameEn kind region employees industry { slug nameKo } } }
  }
}`;
const PG_W2 = `query W2($query: String!, $domains: [String], $kinds: [OrganizationKind], $minLevel: Int) {
  searchOrganizations(query: $query, domainSlugs: $domains, kinds: $kinds, minLevel: $minLevel, first: 20) {
    totalCount
    nodes { id nameKo nameEn kind region employees industryByIndustryId { slug nameKo } }
  }
}`;

const OURS_W3 = `query W3($id: ID!) {
  organization(id: $id) {
    id slug nameKo nameEn kind region employees website descriptionKo descriptionEn membershipStatus
    industry { slug nameKo nameEn }
    workingGroups { role workingGroup { slug nameKo } }
    capabilities { level descriptionKo descriptionEn evidence { project city year }
      domain { slug nameKo } technologies { slug nameKo } cities { slug nameKo } }
  }
}`;
const PG_W3 = `query W3($id: Int!) {
  organizationById(id: $id) {
    id slug nameKo nameEn kind region employees website descriptionKo descriptionEn membershipStatus
    industryByIndustryId { slug nameKo nameEn }
    workingGroupMembershipsByOrganizationIdList { role workingGroupByWorkingGroupId { slug nameKo } }
    capabilitiesByOrganizationIdList(orderBy: ID_ASC) { level descriptionKo descriptionEn evidence
      domainByDomainId { slug nameKo }
      capabilityTechnologiesByCapabilityIdList(orderBy: TECHNOLOGY_ID_ASC) { technologyByTechnologyId { slug nameKo } }
      capabilityCitiesByCapabilityIdList(orderBy: PILOT_CITY_ID_ASC) { pilotCityByPilotCityId { slug nameKo } } }
  }
}`;

const OURS_W4 = `query W4($organizationId: ID!, $projectId: ID!) {
  partnerMatches(organizationId: $organizationId, target: { projectId: $projectId }, first: 10) {
    matches { rank score crossIndustry organization { nameKo } breakdown { gain weightedGain fit { fit } } reasons }
  }
}`;
const OURS_W5 = `query W5($projectId: ID!) {
  assembleConsortium(projectId: $projectId, options: { k: 1 }) {
    infeasibleReason candidates
    alternatives { rank value optimality { proven gap } members { organization { nameKo } roles }
      coverage { covered fit slot { position } } reasons }
  }
}`;

export function workloads(f: Fixtures): Workload[] {
  const cycle =
    <T>(items: T[]) =>
    (i: number) =>
      items[i % items.length];
  const domain = cycle(f.domains);
  const search = cycle(SEARCHES);
  const organization = cycle(f.organizationIds);
  const seeker = cycle(f.seekerIds);
  const project = toGlobalId('Project', f.projectId);
  return [
    {
      name: 'W1',
      description: '50 organisations in a domain, each with capabilities, their domain and technologies',
      ours: {
        query: OURS_W1,
        variables: (i) => ({ domain: domain(i) }),
        normalise: (data) =>
          data.organizations.edges.map(({ node: o }: any) => ({
            id: rawId(o.id),
            nameKo: o.nameKo,
            nameEn: o.nameEn,
            kind: o.kind,
            region: o.region,
            employees: o.employees,
            capabilities: sortCapabilities(o.capabilities.map((c: any) => ({ level: c.level, domain: c.domain, technologies: c.technologies }))),
          })),
      },
      postgraphile: {
        query: PG_W1,
        variables: (i) => ({ domain: domain(i) }),
        normalise: (data) =>
          data.organizationsInDomain.nodes.map((o: any) => ({
            id: o.id,
            nameKo: o.nameKo,
            nameEn: o.nameEn,
            kind: o.kind,
            region: o.region,
            employees: o.employees,
            capabilities: sortCapabilities(
              o.capabilitiesByOrganizationIdList.map((c: any) => ({
                level: c.level,
                domain: c.domainByDomainId,
                technologies: c.capabilityTechnologiesByCapabilityIdList.map((t: any) => t.technologyByTechnologyId),
              })),
            ),
          })),
      },
    },
    {
      name: 'W2',
      description: 'search: one word in names/descriptions + domains, kinds, minimum level; 20 results and the total',
      ours: {
        query: OURS_W2,
        variables: (i) => search(i),
        normalise: (data) => ({
          totalCount: data.organizations.totalCount,
          nodes: data.organizations.edges.map(({ node: o }: any) => ({ ...o, id: rawId(o.id) })),
        }),
      },
      postgraphile: {
        query: PG_W2,
        variables: (i) => search(i),
        normalise: (data) => ({
          totalCount: data.searchOrganizations.totalCount,
          nodes: data.searchOrganizations.nodes.map(({ industryByIndustryId, ...o }: any) => ({ ...o, industry: industryByIndustryId })),
        }),
      },
    },
    {
      name: 'W3',
      description: 'one organisation by id with industry, working groups, capabilities, evidence, domains, technologies, cities',
      ours: {
        query: OURS_W3,
        variables: (i) => ({ id: toGlobalId('Organization', organization(i)) }),
        normalise: ({ organization: o }) => ({
          ...o,
          id: rawId(o.id),
          workingGroups: [...o.workingGroups].sort((a: any, b: any) => bySlug(a.workingGroup, b.workingGroup)),
          capabilities: sortCapabilities(o.capabilities),
        }),
      },
      postgraphile: {
        query: PG_W3,
        variables: (i) => ({ id: organization(i) }),
        normalise: ({ organizationById: o }) => {
          const { industryByIndustryId, workingGroupMembershipsByOrganizationIdList, capabilitiesByOrganizationIdList, ...rest } = o;
          return {
            ...rest,
            industry: industryByIndustryId,
            workingGroups: workingGroupMembershipsByOrganizationIdList
              .map((m: any) => ({ role: m.role, workingGroup: m.workingGroupByWorkingGroupId }))
              .sort((a: any, b: any) => bySlug(a.workingGroup, b.workingGroup)),
            capabilities: sortCapabilities(
              capabilitiesByOrganizationIdList.map((c: any) => ({
                level: c.level,
                descriptionKo: c.descriptionKo,
                descriptionEn: c.descriptionEn,
                // jsonb as stored; our type exposes these three keys of each reference.
                evidence: c.evidence.map((e: any) => ({ project: e.project, city: e.city, year: e.year })),
                domain: c.domainByDomainId,
                technologies: c.capabilityTechnologiesByCapabilityIdList.map((t: any) => t.technologyByTechnologyId),
                cities: c.capabilityCitiesByCapabilityIdList.map((t: any) => t.pilotCityByPilotCityId),
              })),
            ),
          };
        },
      },
    },
    {
      name: 'W4',
      description: 'partnerMatches for a member against the 8-slot project, top 10',
      ours: { query: OURS_W4, variables: (i) => ({ organizationId: toGlobalId('Organization', seeker(i)), projectId: project }), normalise: (d) => d },
      postgraphile: null,
    },
    {
      name: 'W5',
      description: 'assembleConsortium for the 8-slot project, k = 1',
      ours: { query: OURS_W5, variables: () => ({ projectId: project }), normalise: (d) => d },
      postgraphile: null,
    },
  ];
}
