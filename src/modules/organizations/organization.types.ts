import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import { Max, Min } from 'class-validator';
import { ConnectionType, MAX_PAGE_SIZE } from '../../graphql/connection';
import { Organization } from './organization.entity';

@ObjectType({ simpleResolvers: true, description: 'A page of organisations (Relay connection).' })
export class OrganizationConnection extends ConnectionType(Organization, 'Organization') {}

@ArgsType()
export class NestedOrganizationsArgs {
  @Field(() => Int, {
    defaultValue: 10,
    description:
      `How many approved organisations to return (0–${MAX_PAGE_SIZE}), by Korean name. For more, continue with ` +
      '`organizations(filter: …, after: pageInfo.endCursor)`: the cursors are compatible.',
  })
  @Min(0)
  @Max(MAX_PAGE_SIZE)
  first: number;
}
