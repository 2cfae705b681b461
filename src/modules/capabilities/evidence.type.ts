import { Field, Int, ObjectType } from 'type-graphql';

/** A reference behind a capability: where and when it was delivered. Stored as JSON on the capability. */
@ObjectType({ simpleResolvers: true, description: 'A reference project that backs a capability.' })
export class Evidence {
  @Field(() => String, { description: 'Project name.' })
  project: string;

  @Field(() => String, { description: 'City where it was delivered.' })
  city: string;

  @Field(() => Int, { description: 'Year of delivery.' })
  year: number;
}
