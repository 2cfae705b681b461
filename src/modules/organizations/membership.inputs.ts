import { IsEmail, IsIn, IsInt, IsNotEmpty, IsOptional, IsUrl, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { MembershipStatus, OrganizationKind, ProfileVisibility, Region } from './organization.enums';
import { ClientMutationIdField } from '../idempotency/client-mutation-id.field';

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_EMPLOYEES = 10_000_000;

@InputType({ description: 'An organisation applying for membership.' })
export class NewOrganizationInput {
  @Field(() => String, { description: 'URL-friendly unique identifier: lower-case letters, digits and single hyphens, e.g. `hanbit-telecom`.' })
  @Matches(SLUG_PATTERN, { message: 'slug must be lower-case letters, digits and single hyphens, e.g. hanbit-telecom' })
  @MaxLength(100)
  slug: string;

  @Field(() => String, { description: 'Korean name.' })
  @IsNotEmpty()
  @MaxLength(200)
  nameKo: string;

  @Field(() => String, { description: 'English name.' })
  @IsNotEmpty()
  @MaxLength(200)
  nameEn: string;

  @Field(() => OrganizationKind, { description: 'Kind of organisation.' })
  kind: OrganizationKind;

  @Field(() => String, { description: 'Industry slug, e.g. `telecom` (see `industries`).' })
  @IsNotEmpty()
  @MaxLength(64)
  industry: string;

  @Field(() => Region, { description: 'The 시·도 of the head office.' })
  region: Region;

  @Field(() => Int, { description: 'Number of employees.' })
  @IsInt()
  @Min(0)
  @Max(MAX_EMPLOYEES)
  employees: number;

  @Field(() => String, { nullable: true, description: 'Web site address (http or https).' })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'website must be an http(s) URL' })
  @MaxLength(300)
  website?: string | null;

  @Field(() => String, { nullable: true, description: 'What the organisation does, in Korean.' })
  @IsOptional()
  @MaxLength(5000)
  descriptionKo?: string | null;

  @Field(() => String, { nullable: true, description: 'What the organisation does, in English.' })
  @IsOptional()
  @MaxLength(5000)
  descriptionEn?: string | null;

  @Field(() => ProfileVisibility, { nullable: true, description: 'Who may see the profile; default PUBLIC.' })
  @IsOptional()
  visibility?: ProfileVisibility | null;

  @Field(() => String, { nullable: true, description: 'Contact person (shown only to signed-in approved members).' })
  @IsOptional()
  @MaxLength(200)
  contactName?: string | null;

  @Field(() => String, { nullable: true, description: 'Contact email.' })
  @IsOptional()
  @IsEmail({}, { message: 'contactEmail must be an email address' })
  @MaxLength(320)
  contactEmail?: string | null;

  @Field(() => String, { nullable: true, description: 'Contact phone number.' })
  @IsOptional()
  @MaxLength(50)
  contactPhone?: string | null;
}

@InputType({ description: 'Apply for membership with a new organisation; the signed-in member account becomes its first member.' })
export class ApplyForMembershipInput {
  @ClientMutationIdField()
  clientMutationId?: string | null;

  @Field(() => NewOrganizationInput, { description: 'The applying organisation.' })
  @ValidateNested()
  organization: NewOrganizationInput;
}

/** The two answers the steering committee gives; SUSPENDED and WITHDRAWN have their own mutations. */
export const DECISIONS = [MembershipStatus.APPROVED, MembershipStatus.REJECTED] as const;
export type Decision = (typeof DECISIONS)[number];

@InputType({ description: 'Suspend an approved member.' })
export class SuspendMembershipInput {
  @Field(() => ID, { description: 'Global id of the Organization.' })
  @IsNotEmpty()
  organizationId: string;

  @Field(() => String, { description: 'Why; recorded with the decision and in the audit log.' })
  @IsNotEmpty({ message: 'reason must not be empty' })
  @MaxLength(2000)
  reason: string;

  @Field(() => Int, { nullable: true, description: 'The organisation `version` you decided on; if it changed since, the answer is CONFLICT.' })
  @IsOptional()
  @IsInt()
  version?: number | null;
}

@InputType({ description: 'A steering-committee decision on a membership application (or on reinstating a suspended member).' })
export class DecideMembershipInput extends SuspendMembershipInput {
  @Field(() => MembershipStatus, { description: 'APPROVED or REJECTED.' })
  @IsIn(DECISIONS, { message: 'decision must be APPROVED or REJECTED' })
  decision: Decision;
}

@InputType({ description: "Leave the alliance (or withdraw an application); only the organisation's own members may." })
export class WithdrawMembershipInput {
  @Field(() => ID, { description: 'Global id of your Organization.' })
  @IsNotEmpty()
  organizationId: string;

  @Field(() => String, { nullable: true, description: 'Why, if you want to say.' })
  @IsOptional()
  @MaxLength(2000)
  reason?: string | null;

  @Field(() => Int, { nullable: true, description: 'The organisation `version` you decided on; if it changed since, the answer is CONFLICT.' })
  @IsOptional()
  @IsInt()
  version?: number | null;
}
