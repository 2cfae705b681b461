import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from './context';
import { fromGlobalId, toGlobalId } from './global-id';
import { badUserInput } from './user-error';
import { Node } from './node';

/**
 * Loads a node of one type by local id, or null when the viewer may not see it; keyed by the
 * GraphQL type name in global ids. The modules register theirs (src/modules/index.ts), each
 * asking its feature's access rules.
 */
export type NodeFetchers<C extends RequestContext = any> = Record<string, (ctx: C, id: number) => Promise<object | null>>;

@Resolver(() => Node)
export class NodeResolver {
  /** Without fetchers (a schema built only to be printed) `node` finds nothing. */
  constructor(private readonly fetchers: NodeFetchers = {}) {}

  // Every Node's `id` is its type name and database id, made opaque (see global-id.ts).
  @FieldResolver(() => ID)
  id(@Root() node: { id: number }): string {
    return toGlobalId(node.constructor.name, node.id);
  }

  @Query(() => Node, { nullable: true, description: 'Any object by its global id (Relay); null when there is none.' })
  node(@Arg('id', () => ID, { description: 'A global id from any `id` field.' }) id: string, @Ctx() ctx: RequestContext) {
    const decoded = fromGlobalId(id);
    const load = decoded && Object.hasOwn(this.fetchers, decoded.type) ? this.fetchers[decoded.type] : undefined;
    if (!decoded || !load)
      throw badUserInput({ en: `id is not a valid global id: '${id.slice(0, 60)}'.`, ko: `id 값이 올바른 전역 id가 아닙니다: '${id.slice(0, 60)}'.` }, 'id');
    return load(ctx, decoded.id);
  }
}
