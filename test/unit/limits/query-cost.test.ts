import 'reflect-metadata';
import { getIntrospectionQuery, parse, type GraphQLSchema } from 'graphql';
import { buildAppSchema } from '../../../src/modules';
import { ANONYMOUS_SOLVER_PRICE, CONSORTIUM_COST, LIST_SIZE_ESTIMATE, operationCost, PARTNER_SEARCH_COST } from '../../../src/graphql/limits/query-cost';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildAppSchema();
});

const cost = (source: string, variables?: Record<string, unknown>) => operationCost(schema, parse(source), undefined, variables);

describe('operationCost', () => {
  it('costs 1 per object and nothing per scalar', () => {
    expect(cost('{ organization(id: "x") { nameKo nameEn kind industry { slug } } }')).toBe(1 + 1);
  });

  it('multiplies plain lists of objects by the fixed estimate; lists of scalars are free', () => {
    expect(LIST_SIZE_ESTIMATE).toBe(6);
    expect(cost('{ technologies { slug nameEn } }')).toBe(6 * 1);
    expect(cost('{ projects(first: 1) { edges { node { slots { allowedKinds domain { slug } } } } } }')).toBe(1 + 1 * (1 + 6 * (1 + 1)));
  });

  it('multiplies a connection by its page size, first or last, 20 by default, at most 100', () => {
    // The edge wraps the node: 1 per organisation of the page, plus 1 for the connection.
    expect(cost('{ organizations(first: 100) { totalCount pageInfo { hasNextPage } edges { cursor node { slug } } } }')).toBe(1 + 100 * (1 + 1));
    expect(cost('{ organizations(first: 100) { edges { node { slug } } } }')).toBe(1 + 100);
    expect(cost('{ organizations(last: 5) { edges { node { slug } } } }')).toBe(1 + 5);
    expect(cost('{ organizations { edges { node { slug } } } }')).toBe(1 + 20);
    expect(cost('{ projects { edges { node { titleKo } } } }')).toBe(1 + 20);
    expect(cost('query($n: Int) { organizations(first: $n) { edges { node { slug } } } }', { n: 50 })).toBe(1 + 50);
    // Argument validation refuses it with BAD_USER_INPUT naming `first`, which says more than a cost.
    expect(cost('{ organizations(first: 1000) { edges { node { slug } } } }')).toBe(1 + 100);
    // A negative page, refused when it resolves, must not pay for its siblings.
    expect(cost('{ a: organizations(first: -100) { edges { node { slug } } } b: organizations(first: 5) { edges { node { slug } } } }')).toBe(1 + (1 + 5));
    expect(cost('{ assembleConsortium(projectId: "x", options: { k: -50 }) { infeasibleReason } technologies { slug } }')).toBe(6);
  });

  it('takes the nested connections’ own default page size, 10', () => {
    expect(cost('{ domains { organizations { edges { node { slug } } } } }')).toBe(6 * (1 + (1 + 10)));
    expect(cost('{ workingGroups { members(first: 2) { edges { node { slug } } } } }')).toBe(6 * (1 + (1 + 2)));
  });

  it('prices the example of the README: 100 members with their capabilities’ technologies', () => {
    expect(cost('{ organizations(first: 100) { edges { node { capabilities { technologies { slug } } } } } }')).toBe(4301);
  });

  it('multiplies partnerMatches by first (10 by default), plus the scoring of the pool', () => {
    const perMatch = 1 + 1; // the match and its organization
    expect(PARTNER_SEARCH_COST).toBe(200);
    expect(
      cost('{ partnerMatches(organizationId: "x", target: { domains: ["water"] }, first: 50) { matches { rank score reasons organization { nameKo } } } }'),
    ).toBe(200 + 1 + 50 * perMatch);
    expect(cost('{ partnerMatches(organizationId: "x", target: { domains: ["water"] }) { matches { rank } } }')).toBe(200 + 1 + 10 * 1);
  });

  it('charges the solver time of each consortium the solver must find (k, 3 by default)', () => {
    expect(CONSORTIUM_COST).toBe(800);
    expect(cost('{ assembleConsortium(projectId: "x", options: { k: 5 }) { infeasibleReason } }')).toBe(5 * 800);
    expect(cost('{ assembleConsortium(projectId: "x") { alternatives { rank } } }')).toBe(3 * (800 + 1));
    expect(cost('{ assembleConsortium(projectId: "x", options: { maxMembers: 4 }) { alternatives { members { roles } } } }')).toBe(3 * (800 + 1 + 6));
    // Ten alternatives with their members' names still fit the default MAX_QUERY_COST of 10,000.
    expect(
      cost('{ assembleConsortium(projectId: "x", options: { k: 10 }) { alternatives { value members { organization { nameKo } roles } reasons } } }'),
    ).toBeLessThan(10_000);
  });

  it('prices solver time ten times higher for anonymous budgets, and nothing else', () => {
    expect(ANONYMOUS_SOLVER_PRICE).toBe(10);
    const anonymous = (source: string) => operationCost(schema, parse(source), undefined, undefined, ANONYMOUS_SOLVER_PRICE);
    expect(anonymous('{ assembleConsortium(projectId: "x", options: { k: 2 }) { alternatives { rank } } }')).toBe(2 * (8000 + 1));
    expect(anonymous('{ partnerMatches(organizationId: "x", target: { domains: ["water"] }) { matches { rank } } }')).toBe(2000 + 1 + 10);
    expect(anonymous('{ organizations(first: 100) { edges { node { capabilities { technologies { slug } } } } } }')).toBe(4301);
  });

  it('counts fragments where they are spread and skips what @skip leaves out', () => {
    expect(cost('{ organizations(first: 10) { edges { node { ...F } } } } fragment F on Organization { slug industry { slug } }')).toBe(1 + 10 * 2);
    expect(cost('{ organizations(first: 10) { totalCount edges @skip(if: true) { node { slug } } } }')).toBe(1);
  });

  it('keeps GraphiQL’s introspection query cheap', () => {
    expect(cost(getIntrospectionQuery())).toBeLessThan(1000);
  });

  it('gives up counting, as Infinity, past 10,000 selections, however free they are', () => {
    const aliases = Array.from({ length: 10_001 }, (_, i) => `a${i}: __typename`).join(' ');
    expect(cost(`{ ${aliases} }`)).toBe(Number.POSITIVE_INFINITY);
  });
});
