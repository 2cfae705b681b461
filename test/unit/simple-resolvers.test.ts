import 'reflect-metadata';
import { getMetadataStorage } from 'type-graphql';
import { buildAppSchema } from '../../src/modules';

/**
 * Object types marked `simpleResolvers: true` resolve their plain fields with graphql-js's default
 * resolver, skipping type-graphql's per-field middleware chain (a fifth of a 50-organisation page's
 * CPU). That skips a field's middleware and @Authorized roles too, so no such type may have any.
 */
describe('object types with simple resolvers', () => {
  beforeAll(async () => {
    await buildAppSchema(); // the metadata is complete once a schema has been built
  });

  it('are the hot read types, and none of their plain fields needs middleware or roles', () => {
    const storage = getMetadataStorage();
    const simple = storage.objectTypes.filter((type) => type.simpleResolvers);
    expect(simple.map((type) => type.name)).toEqual(
      expect.arrayContaining(['Organization', 'Capability', 'Domain', 'Technology', 'PilotCity', 'Industry', 'WorkingGroupMembership', 'OrganizationEdge']),
    );
    for (const type of simple) {
      const fields = storage.fields.filter((field) => field.target === type.target);
      for (const field of fields) {
        expect({ type: type.name, field: field.name, middlewares: field.middlewares ?? [], roles: field.roles ?? null }).toEqual({
          type: type.name,
          field: field.name,
          middlewares: [],
          roles: null,
        });
      }
    }
  });
});
