import { IsOptional, MaxLength } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';
import { ConnectionArgs } from '../../graphql/connection';

@ArgsType()
export class AuditLogArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: 'Only changes to this type of object, e.g. `Organization` or `Consortium`.' })
  @IsOptional()
  @MaxLength(40)
  subjectType?: string | null;
}
