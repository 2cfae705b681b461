// The five workloads: our GraphQL documents, PostGraphile's equivalents for W1–W3, the variables
// each request cycles through, and the normalisation that lets the two answers be compared. And
// W6, the mix of W1–W3 shapes with variables drawn at random, which a response cache cannot fake.
import { fromGlobalId, toGlobalId } from '../../../src/graphql/global-id';
import { searchVocabulary } from '../../../seeds/synthetic';

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
  /** Every organisation an anonymous caller sees (W6's profiles). */
  visibleIds: number[];
  /**
   * W6's list pages: for each domain and minimum level, the cursors that start its first pages
   * (null for the first page), as our server gives them; PostGraphile reads the same pages by offset.
   */
  pages: { domain: string; minLevel: number; after: (string | null)[] }[];
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

/** Each server's answer to W1, W2 and W3 in one plain shape (global ids decoded, lists in one order). */
const normalise = {
  oursList: (data: any) =>
    data.organizations.edges.map(({ node: o }: any) => ({
      id: rawId(o.id),
      nameKo: o.nameKo,
      nameEn: o.nameEn,
      kind: o.kind,
      region: o.region,
      employees: o.employees,
      capabilities: sortCapabilities(o.capabilities.map((c: any) => ({ level: c.level, domain: c.domain, technologies: c.technologies }))),
    })),
  peerList: (data: any) =>
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
  oursSearch: (data: any) => ({
    totalCount: data.organizations.totalCount,
    nodes: data.organizations.edges.map(({ node: o }: any) => ({ ...o, id: rawId(o.id) })),
  }),
  peerSearch: (data: any) => ({
    totalCount: data.searchOrganizations.totalCount,
    nodes: data.searchOrganizations.nodes.map(({ industryByIndustryId, ...o }: any) => ({ ...o, industry: industryByIndustryId })),
  }),
  oursProfile: ({ organization: o }: any) => ({
    ...o,
    id: rawId(o.id),
    workingGroups: [...o.workingGroups].sort((a: any, b: any) => bySlug(a.workingGroup, b.workingGroup)),
    capabilities: sortCapabilities(o.capabilities),
  }),
  peerProfile: ({ organizationById: o }: any) => {
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
};

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
      ours: { query: OURS_W1, variables: (i) => ({ domain: domain(i) }), normalise: normalise.oursList },
      postgraphile: { query: PG_W1, variables: (i) => ({ domain: domain(i) }), normalise: normalise.peerList },
    },
    {
      name: 'W2',
      description: 'search: one word in names/descriptions + domains, kinds, minimum level; 20 results and the total',
      ours: { query: OURS_W2, variables: (i) => search(i), normalise: normalise.oursSearch },
      postgraphile: { query: PG_W2, variables: (i) => search(i), normalise: normalise.peerSearch },
    },
    {
      name: 'W3',
      description: 'one organisation by id with industry, working groups, capabilities, evidence, domains, technologies, cities',
      ours: { query: OURS_W3, variables: (i) => ({ id: toGlobalId('Organization', organization(i)) }), normalise: normalise.oursProfile },
      postgraphile: { query: PG_W3, variables: (i) => ({ id: organization(i) }), normalise: normalise.peerProfile },
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

// ── W6: the three read shapes in equal thirds, variables drawn at random ─────────────────────────

/** Rows per W1 page, and how many first pages of each domain × level W6 reads. */
export const W6_PAGE_SIZE = 50;
export const W6_PAGES = 5;
export const W6_MIN_LEVELS = [1, 2, 3, 4, 5];
/** Distinct search words, drawn once from the synthetic vocabulary. */
export const W6_SEARCH_WORDS = 200;
const FIRM_KINDS = ['SME', 'STARTUP', 'MID_SIZED', 'LARGE_ENTERPRISE'];

// Each shape under an operation name of its own, so the server's metrics count W6 apart.
const OURS_W6_LIST = `query W6List($domain: String!, $minLevel: Int!, $after: String) {
  organizations(first: ${W6_PAGE_SIZE}, after: $after, filter: { domains: [$domain], minLevel: $minLevel }) {
    edges { node { id nameKo nameEn kind region employees
      capabilities { level domain { slug nameKo } technologies { slug nameKo } } } }
  }
}`;
const PG_W6_LIST = `query W6List($domain: String!, $minLevel: Int!, $offset: Int!) {
  organizationsInDomain(domainSlug: $domain, minLevel: $minLevel, first: ${W6_PAGE_SIZE}, offset: $offset) {
    nodes { id nameKo nameEn kind region employees
      capabilitiesByOrganizationIdList(orderBy: ID_ASC) { level domainByDomainId { slug nameKo }
        capabilityTechnologiesByCapabilityIdList(orderBy: TECHNOLOGY_ID_ASC) { technologyByTechnologyId { slug nameKo } } } }
  }
}`;
const OURS_W6_SEARCH = OURS_W2.replace('query W2(', 'query W6Search(');
const PG_W6_SEARCH = PG_W2.replace('query W2(', 'query W6Search(');
const OURS_W6_PROFILE = OURS_W3.replace('query W3(', 'query W6Profile(');
const PG_W6_PROFILE = PG_W3.replace('query W3(', 'query W6Profile(');
export const W6_OPERATIONS = ['W6List', 'W6Search', 'W6Profile'];

/** One request of a mixed workload, with the normalisation of its shape. */
export interface MixedRequest {
  query: string;
  variables: Variables;
  normalise: (data: any) => unknown;
}

export interface MixedWorkload {
  name: 'W6';
  description: string;
  /** The i-th request: the same for the same i on every run (a seeded generator per request index). */
  ours: (i: number) => MixedRequest;
  postgraphile: (i: number) => MixedRequest;
}

/** mulberry32: a small seeded generator, uniform in [0, 1). */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

/** The 200 search words: two fifths name stems (한울, Hanul), the rest the other words of names and descriptions. */
export function w6SearchWords(seed: number): string[] {
  const random = generator(seed);
  const { stems, words } = searchVocabulary();
  const fromStems = Math.round(W6_SEARCH_WORDS * 0.4);
  return [...shuffled(stems, random).slice(0, fromStems), ...shuffled(words, random).slice(0, W6_SEARCH_WORDS - fromStems)];
}

/**
 * W6: request i is a W1 page (i mod 3 = 0), a W2 search (1) or a W3 profile (2), its variables
 * drawn by a generator seeded with (seed, i): any page among the first five of any domain ×
 * minimum level, any of the 200 search words with one or two domains, a few kinds and a minimum
 * level, any organisation an anonymous caller sees. Both servers get the same draws.
 */
export function mixedWorkload(f: Fixtures, seed: number): MixedWorkload {
  const words = w6SearchWords(seed);
  const pages = f.pages.flatMap((p) => p.after.map((after, page) => ({ domain: p.domain, minLevel: p.minLevel, after, offset: page * W6_PAGE_SIZE })));
  if (pages.length === 0 || f.visibleIds.length === 0) throw new Error('W6 needs list pages and visible organisations');
  const draw = (i: number) => {
    const random = generator(Math.imul(seed, 0x9e3779b1) ^ Math.imul(i + 1, 0x85ebca6b));
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
    const shape = i % 3;
    if (shape === 0) return { shape, page: pick(pages) };
    if (shape === 1) {
      const domains = shuffled(f.domains, random).slice(0, 1 + Math.floor(random() * 2));
      const kinds = FIRM_KINDS.filter(() => random() < 0.6);
      return {
        shape,
        search: { query: pick(words), domains, kinds: kinds.length > 0 ? kinds : [pick(FIRM_KINDS)], minLevel: 1 + Math.floor(random() * 3) },
      };
    }
    return { shape, id: pick(f.visibleIds) };
  };
  return {
    name: 'W6',
    description: 'W1 pages, W2 searches and W3 profiles in equal thirds, variables drawn at random, while a client writes 5 times a second',
    ours: (i) => {
      const d = draw(i);
      if (d.page)
        return { query: OURS_W6_LIST, variables: { domain: d.page.domain, minLevel: d.page.minLevel, after: d.page.after }, normalise: normalise.oursList };
      if (d.search) return { query: OURS_W6_SEARCH, variables: d.search, normalise: normalise.oursSearch };
      return { query: OURS_W6_PROFILE, variables: { id: toGlobalId('Organization', d.id!) }, normalise: normalise.oursProfile };
    },
    postgraphile: (i) => {
      const d = draw(i);
      if (d.page)
        return { query: PG_W6_LIST, variables: { domain: d.page.domain, minLevel: d.page.minLevel, offset: d.page.offset }, normalise: normalise.peerList };
      if (d.search) return { query: PG_W6_SEARCH, variables: d.search, normalise: normalise.peerSearch };
      return { query: PG_W6_PROFILE, variables: { id: d.id! }, normalise: normalise.peerProfile };
    },
  };
}

/** The document that walks W6's list pages on our server, to learn the cursors that start them. */
export const W6_CURSORS = `query W6Cursors($domain: String!, $minLevel: Int!, $after: String) {
  organizations(first: ${W6_PAGE_SIZE}, after: $after, filter: { domains: [$domain], minLevel: $minLevel }) {
    pageInfo { endCursor hasNextPage }
  }
}`;
