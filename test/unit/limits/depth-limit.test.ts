import { getIntrospectionQuery, Kind, parse, type OperationDefinitionNode } from 'graphql';
import { operationDepth } from '../../../src/graphql/limits/depth-limit';

/** Depth of the document's operation named `name`, or of its only one. */
function depth(source: string, name?: string): number {
  const document = parse(source);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && (name === undefined || d.name?.value === name),
  );
  return operationDepth(operation!, document);
}

describe('operationDepth', () => {
  it('counts fields on the longest path', () => {
    expect(depth('{ technologies { slug } }')).toBe(2);
    expect(depth('{ a { b } c { d { e } } f }')).toBe(3);
  });

  it('counts fragments and inline fragments where they are spread', () => {
    const source = `
      query Q { organizations { edges { node { ...Org } } } }
      fragment Org on Organization { capabilities { ...Cap } }
      fragment Cap on Capability { ... on Capability { domain { slug } } }`;
    expect(depth(source)).toBe(6);
  });

  it('measures only the operation asked for', () => {
    expect(depth('query Shallow { a } query Deep { a { b { c } } }', 'Shallow')).toBe(1);
    expect(depth('query Shallow { a } query Deep { a { b { c } } }', 'Deep')).toBe(3);
  });

  it('does not count introspection, so GraphiQL can load the schema', () => {
    expect(depth(getIntrospectionQuery())).toBe(0);
    expect(depth('{ organizations { __typename edges { cursor } } }')).toBe(3);
  });

  it('stays linear on fragments that spread each other many times', () => {
    const levels = 30;
    const fragments = Array.from({ length: levels }, (_, i) => `fragment F${i} on T { a { ...F${i + 1} ...F${i + 1} } }`).join('\n');
    const started = Date.now();
    expect(depth(`{ x { ...F0 } }\n${fragments}\nfragment F${levels} on T { z }`)).toBe(levels + 2);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('survives a fragment cycle (validation rejects it first anyway)', () => {
    expect(depth('{ a { ...A } } fragment A on T { b { ...A } }')).toBe(2);
  });
});
