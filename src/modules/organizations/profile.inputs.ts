import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUrl,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { Sent } from '../../graphql/mutation-input';
import { NameChangesInput } from '../../graphql/name-changes.input';
import { OrganizationKind, ProfileVisibility, Region } from './organization.enums';
import { ClientMutationIdField } from '../idempotency/client-mutation-id.field';

const MAX_TECHNOLOGIES = 15;
const MAX_EVIDENCE = 20;

@InputType({ description: 'Changes to an organisation profile; fields left out stay as they are, null clears an optional one.' })
export class UpdateOrganizationInput extends NameChangesInput {
  @Field(() => ID, { description: 'Global id of the Organization.' })
  @IsNotEmpty()
  organizationId: string;

  @Field(() => OrganizationKind, { nullable: true, description: 'Kind of organisation.' })
  @Sent()
  @IsEnum(OrganizationKind)
  kind?: OrganizationKind;

  @Field(() => String, { nullable: true, description: 'Industry slug (see `industries`).' })
  @Sent()
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  industry?: string;

  @Field(() => Region, { nullable: true, description: 'The 시·도 of the head office.' })
  @Sent()
  @IsEnum(Region)
  region?: Region;

  @Field(() => Int, { nullable: true, description: 'Number of employees.' })
  @Sent()
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  employees?: number;

  @Field(() => String, { nullable: true, description: 'Web site address (http or https); null clears it.' })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'website must be an http(s) URL' })
  @MaxLength(300)
  website?: string | null;

  @Field(() => String, { nullable: true, description: 'What the organisation does, in Korean.' })
  @Sent()
  @IsString()
  @MaxLength(5000)
  descriptionKo?: string;

  @Field(() => String, { nullable: true, description: 'What the organisation does, in English.' })
  @Sent()
  @IsString()
  @MaxLength(5000)
  descriptionEn?: string;

  @Field(() => ProfileVisibility, { nullable: true, description: 'Who may see the profile.' })
  @Sent()
  @IsEnum(ProfileVisibility)
  visibility?: ProfileVisibility;

  @Field(() => String, { nullable: true, description: 'Contact person; null clears it.' })
  @IsOptional()
  @MaxLength(200)
  contactName?: string | null;

  @Field(() => String, { nullable: true, description: 'Contact email; null clears it.' })
  @IsOptional()
  @IsEmail({}, { message: 'contactEmail must be an email address' })
  @MaxLength(320)
  contactEmail?: string | null;

  @Field(() => String, { nullable: true, description: 'Contact phone number; null clears it.' })
  @IsOptional()
  @MaxLength(50)
  contactPhone?: string | null;
}

@InputType({ description: 'A reference project that backs a capability.' })
export class EvidenceInput {
  @Field(() => String, { description: 'Project name.' })
  @IsNotEmpty()
  @MaxLength(200)
  project: string;

  @Field(() => String, { description: 'City where it was delivered.' })
  @IsNotEmpty()
  @MaxLength(100)
  city: string;

  @Field(() => Int, { description: 'Year of delivery.' })
  @IsInt()
  @Min(1950)
  @Max(2100)
  year: number;
}

@InputType({ description: 'A new capability of an organisation.' })
export class AddCapabilityInput {
  @ClientMutationIdField()
  clientMutationId?: string | null;

  @Field(() => ID, { description: 'Global id of the Organization.' })
  @IsNotEmpty()
  organizationId: string;

  @Field(() => String, { description: 'Domain slug, e.g. `mobility` (see `domains`).' })
  @IsNotEmpty()
  @MaxLength(64)
  domain: string;

  @Field(() => [String], { description: `Technology slugs (1–${MAX_TECHNOLOGIES}), e.g. \`["iot", "ai"]\`.` })
  @ArrayMinSize(1, { message: 'technologies must name at least one technology' })
  @ArrayMaxSize(MAX_TECHNOLOGIES)
  technologies: string[];

  @Field(() => Int, { description: 'Maturity 1–5 (see Capability.level).' })
  @IsInt()
  @Min(1)
  @Max(5)
  level: number;

  @Field(() => String, { nullable: true, description: 'What is delivered, in Korean.' })
  @IsOptional()
  @MaxLength(5000)
  descriptionKo?: string | null;

  @Field(() => String, { nullable: true, description: 'What is delivered, in English.' })
  @IsOptional()
  @MaxLength(5000)
  descriptionEn?: string | null;

  @Field(() => [EvidenceInput], { nullable: true, description: 'References that back the level.' })
  @IsOptional()
  @ArrayMaxSize(MAX_EVIDENCE)
  @ValidateNested({ each: true })
  evidence?: EvidenceInput[] | null;

  @Field(() => [String], { nullable: true, description: 'Pilot-city slugs where it is already deployed.' })
  @IsOptional()
  @ArrayMaxSize(2)
  cities?: string[] | null;
}

@InputType({ description: 'Changes to a capability; fields left out stay as they are; lists replace the old ones.' })
export class UpdateCapabilityInput {
  @Field(() => ID, { description: 'Global id of the Capability.' })
  @IsNotEmpty()
  capabilityId: string;

  @Field(() => Int, { description: 'The `version` you read; if the capability changed since, nothing is written and the answer is CONFLICT.' })
  @IsInt()
  version: number;

  @Field(() => String, { nullable: true, description: 'Domain slug.' })
  @Sent()
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  domain?: string;

  @Field(() => [String], { nullable: true, description: 'Technology slugs (1–15); replaces the old list.' })
  @Sent()
  @IsArray()
  @ArrayMinSize(1, { message: 'technologies must name at least one technology' })
  @ArrayMaxSize(MAX_TECHNOLOGIES)
  technologies?: string[];

  @Field(() => Int, { nullable: true, description: 'Maturity 1–5.' })
  @Sent()
  @IsInt()
  @Min(1)
  @Max(5)
  level?: number;

  @Field(() => String, { nullable: true, description: 'What is delivered, in Korean.' })
  @Sent()
  @IsString()
  @MaxLength(5000)
  descriptionKo?: string;

  @Field(() => String, { nullable: true, description: 'What is delivered, in English.' })
  @Sent()
  @IsString()
  @MaxLength(5000)
  descriptionEn?: string;

  @Field(() => [EvidenceInput], { nullable: true, description: 'References; replaces the old list.' })
  @Sent()
  @IsArray()
  @ArrayMaxSize(MAX_EVIDENCE)
  @ValidateNested({ each: true })
  evidence?: EvidenceInput[];

  @Field(() => [String], { nullable: true, description: 'Pilot-city slugs; replaces the old list.' })
  @Sent()
  @IsArray()
  @ArrayMaxSize(2)
  cities?: string[];
}

@InputType({ description: 'A capability to remove.' })
export class RemoveCapabilityInput {
  @Field(() => ID, { description: 'Global id of the Capability.' })
  @IsNotEmpty()
  capabilityId: string;

  @Field(() => Int, { nullable: true, description: 'The `version` you read; if the capability changed since, the answer is CONFLICT.' })
  @IsOptional()
  @IsInt()
  version?: number | null;
}

@InputType({ description: "An organisation's matchmaking settings, set by its owners (or an admin); fields left out stay as they are." })
export class UpdateMatchmakingSettingsInput {
  @Field(() => ID, { description: 'Global id of the Organization.' })
  @IsNotEmpty()
  organizationId: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The organisation `version` you read; a stale one answers CONFLICT and writes nothing. Checked when given.',
  })
  @IsOptional()
  @IsInt()
  version?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'false: never suggested by partnerMatches or assembleConsortium (it can still be added by hand).' })
  @Sent()
  @IsBoolean()
  matchmaking?: boolean;

  @Field(() => Int, { nullable: true, description: 'In how many consortia at once, at most (1–50).' })
  @Sent()
  @IsInt()
  @Min(1)
  @Max(50)
  maxConcurrentConsortia?: number;
}
