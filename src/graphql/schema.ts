import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, type ContainerType, type NonEmptyArray, type PubSub } from 'type-graphql';
import { authChecker } from './auth-checker';
import { answerPlannedFieldsFirst, type PlannedField } from './prefetched';
import { type NodeFetchers, NodeResolver } from './node.resolver';

export interface SchemaParts<Deps> {
  /** The modules' resolver classes; each is made once with `deps` handed to its constructor. */
  // biome-ignore lint/complexity/noBannedTypes: type-graphql takes resolver classes as Function.
  resolvers: readonly Function[];
  /** How `node(id:)` loads each type (see NodeResolver). */
  nodeFetchers: NodeFetchers;
  /** What resolvers are constructed with (the services); absent, the schema can only be printed, not executed. */
  deps?: Deps;
  /** Fields a plan may have fetched, answered before their resolvers (prefetched.ts). */
  plannedFields?: readonly PlannedField[];
}

/** Resolvers are built once per process with the dependencies handed to their constructors. */
function containerFor<Deps>(deps: Deps, nodeFetchers: NodeFetchers): ContainerType {
  const instances = new Map<unknown, unknown>([[NodeResolver, new NodeResolver(nodeFetchers)]]);
  return {
    get(resolverClass: new (deps: Deps) => unknown) {
      if (!instances.has(resolverClass)) instances.set(resolverClass, new resolverClass(deps));
      return instances.get(resolverClass);
    },
  };
}

/**
 * type-graphql wants a pub/sub for any schema with subscriptions, even when, as ours, each
 * subscription brings its own `subscribe` (live events read the event log, src/modules/events/live):
 * this one refuses topic-based subscriptions, so none is declared by mistake.
 */
const noTopics: PubSub = {
  publish: () => {
    throw new Error('Subscriptions declare their own `subscribe`; there are no pub/sub topics.');
  },
  subscribe: () => {
    throw new Error('Subscriptions declare their own `subscribe`; there are no pub/sub topics.');
  },
};

/** The schema of the given resolvers (the modules', src/modules/index.ts), with Relay's `node` query. */
export async function buildGraphQLSchema<Deps>({ resolvers, nodeFetchers, deps, plannedFields = [] }: SchemaParts<Deps>): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    // biome-ignore lint/complexity/noBannedTypes: as above.
    resolvers: [NodeResolver, ...resolvers] as NonEmptyArray<Function>,
    container: deps ? containerFor(deps, nodeFetchers) : undefined,
    validate: { forbidUnknownValues: false },
    authChecker,
    pubSub: noTopics,
  });
  answerPlannedFieldsFirst(schema, plannedFields);
  return schema;
}
