import { parse, type OperationDefinitionNode } from 'graphql';
import { matchingFieldCount } from '../../../src/graphql/limits/limits-plugin';

const count = (source: string) => {
  const document = parse(source);
  return matchingFieldCount(document.definitions.find((d) => d.kind === 'OperationDefinition') as OperationDefinitionNode, document);
};

describe('matchingFieldCount', () => {
  it('counts each response key that runs the solver, through aliases and fragments', () => {
    expect(count('{ pilotCities { slug } }')).toBe(0);
    expect(count('{ assembleConsortium(projectId: "p") { candidates } }')).toBe(1);
    expect(count('{ a: assembleConsortium(projectId: "p") { candidates } b: assembleConsortium(projectId: "p") { candidates } }')).toBe(2);
    expect(count('{ assembleConsortium(projectId: "p") { candidates } partnerMatches(organizationId: "o", target: {}) { seeker { slug } } }')).toBe(2);
    expect(
      count(
        '{ ...F ... on Query { b: partnerMatches(organizationId: "o", target: {}) { seeker { slug } } } } fragment F on Query { a: assembleConsortium(projectId: "p") { candidates } }',
      ),
    ).toBe(2);
    // The same key selected twice runs once.
    expect(
      count('{ ...F ...F a: assembleConsortium(projectId: "p") { candidates } } fragment F on Query { a: assembleConsortium(projectId: "p") { candidates } }'),
    ).toBe(1);
  });
});
