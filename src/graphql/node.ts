import { Field, ID, InterfaceType } from 'type-graphql';

/** Relay's Node: every major object can be refetched by its global id. */
@InterfaceType({ description: 'An object with a globally unique, opaque id (Relay `Node`).' })
export abstract class Node {
  @Field(() => ID, { description: 'Globally unique, opaque identifier; pass it to `node(id:)` to refetch the object.' })
  id: string;
}
