import 'reflect-metadata';
import { Kind, parse, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { buildAppSchema } from '../../../src/modules';
import { costVariables } from '../../../src/graphql/limits/limits-plugin';
import { operationCost } from '../../../src/graphql/limits/query-cost';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildAppSchema();
});

const DOCUMENT = parse(`query Q($id: ID!, $query: String, $first: Int, $projectIds: [ID!]!, $skip: Boolean!, $domains: [String!], $kinds: [OrganizationKind!]) {
  organization(id: $id) { nameKo capabilities { level } }
  organizations(first: $first, filter: { query: $query, domains: $domains, kinds: $kinds }) { edges @skip(if: $skip) { node { slug } } }
  assemblePortfolio(projectIds: $projectIds) { __typename }
}`);
const operation = DOCUMENT.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;

describe('costVariables (the cost cache key)', () => {
  it('drops the values of ID, String and enum variables (keeping how many a list holds) and keeps everything a price depends on', () => {
    const variables = { id: 'T3JnOjE', query: '스마트', first: 30, projectIds: ['a', 'b'], skip: false, domains: ['mobility'], kinds: ['SME', 'STARTUP'] };
    expect(costVariables(operation, variables, schema)).toEqual({
      id: '',
      query: '',
      first: 30,
      projectIds: ['', ''],
      skip: false,
      domains: [''],
      kinds: ['', ''],
    });
  });

  it('keeps a value of the wrong kind, so pricing still meets it', () => {
    expect(costVariables(operation, { id: 7, query: null, projectIds: ['a', 7] }, schema)).toEqual({ id: 7, query: null, projectIds: ['a', 7] });
  });

  it('gives one key to requests that cost the same, and different keys to requests that do not', () => {
    const base = { query: 'a', first: 30, projectIds: ['a'], skip: false };
    const price = (variables: Record<string, unknown>) => operationCost(schema, DOCUMENT, 'Q', variables);
    const key = (variables: Record<string, unknown>) => JSON.stringify(costVariables(operation, variables, schema));
    const one = { ...base, id: 'T3JnYW5pemF0aW9uOjE', domains: ['mobility'], kinds: ['SME'] };
    const other = { ...base, id: 'T3JnYW5pemF0aW9uOjI', query: '데이터', projectIds: ['b'], domains: ['water'], kinds: ['STARTUP'] };
    expect(key(one)).toBe(key(other));
    expect(price(one)).toBe(price(other));
    for (const changed of [{ first: 50 }, { projectIds: ['a', 'b', 'c'] }, { skip: true }]) {
      expect(key({ ...one, ...changed })).not.toBe(key(one));
      expect(price({ ...one, ...changed })).not.toBe(price(one));
    }
  });

  it('leaves variables alone when the operation declares none of those types', () => {
    const plain = parse('query P($first: Int) { organizations(first: $first) { totalCount } }').definitions[0] as OperationDefinitionNode;
    const variables = { first: 5 };
    expect(costVariables(plain, variables, schema)).toBe(variables);
  });
});
