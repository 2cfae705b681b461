import { GraphQLError } from 'graphql';
import { fromGlobalId, parseGlobalId, toGlobalId } from '../../src/graphql/global-id';

describe('global ids', () => {
  it('round-trips a type and id, and is opaque', () => {
    const id = toGlobalId('Organization', 42);
    expect(id).not.toContain('Organization');
    expect(fromGlobalId(id)).toEqual({ type: 'Organization', id: 42 });
    expect(parseGlobalId(id, 'Organization', 'id')).toBe(42);
  });

  it.each([
    '',
    '!!!',
    'a'.repeat(300),
    toGlobalId('Organization', 0),
    Buffer.from('Organization:-1').toString('base64url'),
    Buffer.from('Organization:1.5').toString('base64url'),
    Buffer.from('Organization:99999999999').toString('base64url'),
    Buffer.from('organization:1').toString('base64url'),
  ])('refuses %p', (value) => {
    expect(fromGlobalId(value)).toBeNull();
  });

  it('names the argument when the id is of another type', () => {
    const attempt = () => parseGlobalId(toGlobalId('Domain', 3), 'Organization', 'input.organizationId');
    expect(attempt).toThrow(GraphQLError);
    expect(attempt).toThrow(/input\.organizationId is not a valid Organization id/);
    try {
      attempt();
    } catch (error) {
      expect((error as GraphQLError).extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'input.organizationId' });
    }
  });
});
