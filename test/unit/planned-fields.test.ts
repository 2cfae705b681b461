import { buildSchema } from 'graphql';
import { answerPlannedFieldsFirst } from '../../src/graphql/prefetched';

describe('answerPlannedFieldsFirst', () => {
  const schemaWith = (resolve: () => unknown) => {
    const schema = buildSchema('type Query { a: Int } type Thing { planned: Int }');
    const thing = schema.getType('Thing') as import('graphql').GraphQLObjectType;
    thing.getFields().planned.resolve = resolve;
    return { schema, field: thing.getFields().planned };
  };

  it('answers a fetched value without calling the resolver, and falls back to it otherwise', () => {
    const resolver = jest.fn(() => 'from the resolver');
    const { schema, field } = schemaWith(resolver);
    answerPlannedFieldsFirst(schema, [{ type: 'Thing', field: 'planned', value: (parent: { fetched?: number }) => parent.fetched }]);
    const call = (parent: object) => field.resolve!(parent, {}, {}, {} as never);
    expect(call({ fetched: 0 })).toBe(0);
    expect(resolver).not.toHaveBeenCalled();
    expect(call({})).toBe('from the resolver');
    expect(resolver).toHaveBeenCalledTimes(1);
  });

  it('refuses a field the schema does not resolve, so a renamed field cannot be skipped silently', () => {
    const { schema } = schemaWith(() => 1);
    expect(() => answerPlannedFieldsFirst(schema, [{ type: 'Thing', field: 'gone', value: () => 1 }])).toThrow('Thing.gone is not a resolved field');
    expect(() => answerPlannedFieldsFirst(schema, [{ type: 'Nope', field: 'planned', value: () => 1 }])).toThrow('Nope.planned');
  });
});
