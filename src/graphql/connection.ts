import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import type { ClassType } from 'type-graphql';
import { IsOptional, Max, Min } from 'class-validator';

/** Largest page a client may ask for (docs/api.md); bigger pages must be walked with cursors. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

@ObjectType({ simpleResolvers: true, description: 'Where a page sits in the whole list (Relay).' })
export class PageInfo {
  @Field(() => Boolean, { description: 'More items follow the last edge.' })
  hasNextPage: boolean;

  @Field(() => Boolean, { description: 'More items precede the first edge.' })
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first edge; pass it as `before` for the previous page.' })
  startCursor: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge; pass it as `after` for the next page.' })
  endCursor: string | null;
}

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, description: `Page size from the start or after \`after\` (0–${MAX_PAGE_SIZE}; default ${DEFAULT_PAGE_SIZE}).` })
  @IsOptional()
  @Min(0)
  @Max(MAX_PAGE_SIZE)
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Return items after this cursor.' })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: `Page size from the end or before \`before\` (0–${MAX_PAGE_SIZE}).` })
  @IsOptional()
  @Min(0)
  @Max(MAX_PAGE_SIZE)
  last?: number | null;

  @Field(() => String, { nullable: true, description: 'Return items before this cursor.' })
  before?: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  /** A promise when it is counted only on demand (paging.ts). */
  totalCount: number | Promise<number>;
}

/** Builds the `XEdge` and `XConnection` object types for a node type. */
export function ConnectionType<T extends object>(nodeType: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { simpleResolvers: true, description: `One ${name} in a page, with its cursor.` })
  class EdgeType implements Edge<T> {
    @Field(() => String, { description: 'Opaque position of this edge; pass it as `after` or `before`.' })
    cursor: string;

    @Field(() => nodeType, { description: `The ${name}.` })
    node: T;
  }

  @ObjectType()
  abstract class ConnectionTypeClass implements Connection<T> {
    @Field(() => [EdgeType], { description: 'The page.' })
    edges: EdgeType[];

    @Field(() => PageInfo, { description: 'Where the page sits in the whole list.' })
    pageInfo: PageInfo;

    @Field(() => Int, { description: 'Number of items in the whole list, all pages together.' })
    totalCount: number | Promise<number>;
  }
  return ConnectionTypeClass;
}
