/**
 * The operations GraphiQL opens with, one tab each: real questions a member or planner asks, so a
 * newcomer learns the API by running them. Ids are not stable across databases, so tabs that need
 * one name it as `{{placeholder}}` in their variables, and the page fills it in from EXAMPLE_IDS_QUERY
 * before it opens (test/integration/graphiql-examples.test.ts runs every tab that way).
 */
export interface ExampleTab {
  query: string;
  /** JSON text for the variables pane; may contain `{{organizationId}}` / `{{projectId}}`. */
  variables?: string;
}

/** Looks up the ids the tabs need: a seeded water utility and the first Busan water project. */
export const EXAMPLE_IDS_QUERY = `query GraphiQLExampleIds {
  organizations(first: 1, filter: { query: "Hangyeol Water" }) { edges { node { id } } }
  projects(first: 1, filter: { cities: ["busan-eco-delta"], domains: ["water"] }, orderBy: { field: CREATED_AT, direction: ASC }) {
    edges { node { id } }
  }
}`;

export type ExampleIds = { organizationId?: string; projectId?: string };

export const EXAMPLE_TABS: ExampleTab[] = [
  {
    query: `# Welcome to Alliance Match, the GraphQL API of the Smart
# City Convergence Alliance. Run a tab with the ▶ button or
# Ctrl-Enter; each tab above is another example. The book
# icon on the left opens the schema's documentation.
# Signed in? Put {"Authorization": "Bearer <token>"} in the
# Headers pane below.
#
# Approved members with a mobility capability, and what they
# can do per domain (level 1 research … 5 proven at city
# scale). Try other domain slugs in Variables: safety, water,
# energy-environment, healthcare …
query MembersByDomain($domains: [String!]) {
  organizations(first: 10, filter: { domains: $domains }) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      node {
        id
        nameKo
        nameEn
        kind
        industry { slug }
        capabilities { domain { slug } level technologies { slug } }
      }
    }
  }
}
`,
    variables: JSON.stringify({ domains: ['mobility'] }, null, 2),
  },
  {
    query: `# Partner search: start-ups and SMEs in Busan or Sejong with
# a level-3+ water capability using sensors whose names or
# descriptions mention 누수 (leak), largest first. \`query\`
# searches Korean and English text; every word must appear.
# Next page: pass pageInfo.endCursor as $after.
query SearchPartners($after: String) {
  organizations(
    first: 10
    after: $after
    filter: {
      domains: ["water"]
      technologies: ["sensors"]
      minLevel: 3
      kinds: [SME, STARTUP]
      regions: [BUSAN, SEJONG]
      query: "누수"
    }
    orderBy: { field: EMPLOYEES, direction: DESC }
  ) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      node {
        nameKo
        nameEn
        kind
        region
        employees
        capabilities {
          level
          domain { slug }
          technologies { slug }
          cities { slug }
          evidence { project city year }
        }
      }
    }
  }
}
`,
    variables: JSON.stringify({ after: null }, null, 2),
  },
  {
    query: `# One organisation by its global id (any \`id\` field; also
# node(id:) refetches any object). The id in Variables was
# looked up when this page opened: Hangyeol Water, a water
# utility in Busan.
query Organization($id: ID!) {
  organization(id: $id) {
    nameKo
    nameEn
    kind
    region
    website
    descriptionEn
    membershipStatus
    industry { nameEn }
    workingGroups { role workingGroup { nameKo nameEn } }
    capabilities {
      level
      domain { nameEn }
      technologies { slug }
      cities { slug }
      descriptionEn
    }
  }
}
`,
    variables: JSON.stringify({ id: '{{organizationId}}' }, null, 2),
  },
  {
    query: `# Who adds most to Hangyeol Water on water and robot-based
# living in Busan Eco Delta City: a candidate's fit minus the
# seeker's own, weighted, plus mu for another industry. Each
# score is explained in breakdown and reasons (lang: KO for
# Korean).
query PartnerMatches($organizationId: ID!) {
  partnerMatches(
    organizationId: $organizationId
    target: { domains: ["water", "robotics-living"], city: "busan-eco-delta" }
    first: 5
    lang: EN
  ) {
    seeker { nameEn }
    matches {
      rank
      score
      crossIndustry
      organization { nameKo nameEn industry { slug } }
      breakdown {
        slot { domain { slug } }
        fit { fit capability { level } }
        seekerFit
        gain
        weightedGain
      }
      reasons
    }
  }
}
`,
    variables: JSON.stringify({ organizationId: '{{organizationId}}' }, null, 2),
  },
  {
    query: `# The best consortia for a seeded project (smart-water leak
# detection, Busan Eco Delta City), solved as a mixed-integer
# program: at most 5 members, at least one SME or start-up,
# large firms at most 30% of the team (the pilot calls'
# rule). Change the options and run again; rules nobody can
# meet answer an infeasibleReason, not alternatives.
query AssembleConsortium($projectId: ID!) {
  assembleConsortium(
    projectId: $projectId
    lang: EN
    options: { k: 3, maxMembers: 5, minSmes: 1, maxLargeShare: 0.3 }
  ) {
    project { titleEn }
    infeasibleReason
    alternatives {
      rank
      value
      members { organization { nameEn kind industry { slug } } roles }
      optimality { proven gap }
      breakdown { fitTerm diversityTerm sizePenalty distinctIndustries memberCount }
      assignments {
        slot { position role domain { slug } }
        organization { nameEn }
        weightedFit
      }
      gaps { position domain { slug } }
      reasons
    }
  }
}
`,
    variables: JSON.stringify({ projectId: '{{projectId}}' }, null, 2),
  },
  {
    query: `# The vocabulary of the filters: domain, technology and
# industry slugs, the two pilot cities with their service
# themes, and the alliance's working groups.
query Taxonomy {
  domains { slug nameKo nameEn }
  technologies { slug nameEn }
  industries { slug nameEn }
  pilotCities {
    slug
    nameKo
    nameEn
    areaKm2
    themes { position nameKo nameEn domain { slug } }
  }
  workingGroups { nameKo nameEn kind }
}
`,
  },
];

/** A tab's variables with its placeholders filled; an unknown id stays a placeholder (the API then names the bad argument). */
export function fillPlaceholders(variables: string, ids: ExampleIds): string {
  return variables.replace(/\{\{(organizationId|projectId)\}\}/g, (placeholder, name: keyof ExampleIds) => ids[name] ?? placeholder);
}
