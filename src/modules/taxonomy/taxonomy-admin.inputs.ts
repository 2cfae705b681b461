import { IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { Sent } from '../../graphql/mutation-input';
import { NameChangesInput } from '../../graphql/name-changes.input';
import { ClientMutationIdField } from '../idempotency/client-mutation-id.field';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SLUG_MESSAGE = 'slug must be lower-case letters, digits and single hyphens, e.g. smart-farming';

/** What every new taxonomy entry has: a permanent slug and two names. */
@InputType()
abstract class NewNamedInput {
  @ClientMutationIdField()
  clientMutationId?: string | null;

  @Field(() => String, { description: 'Stable identifier clients filter by; cannot be changed later.' })
  @Matches(SLUG, { message: SLUG_MESSAGE })
  @MaxLength(64)
  slug: string;

  @Field(() => String, { description: 'Korean name.' })
  @IsNotEmpty()
  @MaxLength(200)
  nameKo: string;

  @Field(() => String, { description: 'English name.' })
  @IsNotEmpty()
  @MaxLength(200)
  nameEn: string;
}

@InputType({ description: 'A new smart-city service domain.' })
export class CreateDomainInput extends NewNamedInput {
  @Field(() => String, { nullable: true, description: 'What the domain covers, in Korean.' })
  @IsOptional()
  @MaxLength(5000)
  descriptionKo?: string | null;

  @Field(() => String, { nullable: true, description: 'What the domain covers, in English.' })
  @IsOptional()
  @MaxLength(5000)
  descriptionEn?: string | null;
}

@InputType({ description: 'Changes to a domain; fields left out stay as they are. The slug is permanent.' })
export class UpdateDomainInput extends NameChangesInput {
  @Field(() => ID, { description: 'Global id of the Domain.' })
  @IsNotEmpty()
  domainId: string;

  @Field(() => String, { nullable: true, description: 'What the domain covers, in Korean.' })
  @Sent()
  @IsString()
  @MaxLength(5000)
  descriptionKo?: string;

  @Field(() => String, { nullable: true, description: 'What the domain covers, in English.' })
  @Sent()
  @IsString()
  @MaxLength(5000)
  descriptionEn?: string;
}

@InputType({ description: 'A new technology.' })
export class CreateTechnologyInput extends NewNamedInput {}

@InputType({ description: 'Changes to a technology; fields left out stay as they are. The slug is permanent.' })
export class UpdateTechnologyInput extends NameChangesInput {
  @Field(() => ID, { description: 'Global id of the Technology.' })
  @IsNotEmpty()
  technologyId: string;
}
