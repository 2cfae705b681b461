import { IsInt, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { Sent } from './mutation-input';

/** Renaming something editable (an organisation, a domain, a technology): each name only when sent, against the version read. */
@InputType()
export abstract class NameChangesInput {
  @Field(() => Int, { description: 'The `version` you read; if it changed since, nothing is written and the answer is CONFLICT.' })
  @IsInt()
  version: number;

  @Field(() => String, { nullable: true, description: 'Korean name.' })
  @Sent()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  nameKo?: string;

  @Field(() => String, { nullable: true, description: 'English name.' })
  @Sent()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  nameEn?: string;
}
