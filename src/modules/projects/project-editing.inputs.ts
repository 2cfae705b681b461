import { ArrayMaxSize, IsNotEmpty, IsOptional, IsPositive, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { OrganizationKind } from '../organizations/organization.enums';
import { SlotRole } from './project.enums';
import { ClientMutationIdField } from '../idempotency/client-mutation-id.field';

/** Most slots a project may have: a consortium has at most 20 members, and the solver's model grows with slots. */
export const MAX_SLOTS = 20;
/** Budget shares are relative; a bound keeps them ordinary numbers. */
const MAX_BUDGET_SHARE = 1_000_000;

@InputType({ description: 'One role a project needs filled.' })
export class RequirementSlotInput {
  @Field(() => SlotRole, { description: 'The part the member plays.' })
  role: SlotRole;

  @Field(() => String, { description: 'Domain slug, e.g. `mobility`.' })
  @IsNotEmpty()
  @MaxLength(100)
  domain: string;

  @Field(() => [String], { defaultValue: [], description: 'Technology slugs the slot asks for; empty means any.' })
  @ArrayMaxSize(15)
  technologies: string[];

  @Field(() => Int, { description: 'Lowest capability level (1–5) that can fill the slot.' })
  @Min(1)
  @Max(5)
  minLevel: number;

  @Field(() => Int, { description: 'Importance 1–5.' })
  @Min(1)
  @Max(5)
  weight: number;

  @Field(() => Float, { defaultValue: 1, description: "The slot's share of the budget, relative to the project's other slots (> 0)." })
  @IsPositive({ message: 'budgetShare must be greater than 0' })
  @Max(MAX_BUDGET_SHARE)
  budgetShare: number;

  @Field(() => [OrganizationKind], { nullable: true, description: 'Kinds of organisation that may fill the slot; null means any.' })
  @IsOptional()
  @ArrayMaxSize(8)
  allowedKinds?: OrganizationKind[] | null;

  @Field(() => String, { defaultValue: '', description: 'What the slot asks for, in Korean.' })
  @MaxLength(2000)
  descriptionKo: string;

  @Field(() => String, { defaultValue: '', description: 'What the slot asks for, in English.' })
  @MaxLength(2000)
  descriptionEn: string;
}

@InputType({ description: 'A new project, created as a DRAFT owned by the signed-in planner.' })
export class CreateProjectInput {
  @ClientMutationIdField()
  clientMutationId?: string | null;

  @Field(() => String, { description: 'Pilot-city slug: `sejong-5-1` or `busan-eco-delta`.' })
  @IsNotEmpty()
  @MaxLength(100)
  city: string;

  @Field(() => String, { description: 'URL-friendly unique identifier: lower-case letters, digits and hyphens.' })
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'slug must be lower-case letters and digits separated by single hyphens' })
  @MaxLength(100)
  slug: string;

  @Field(() => String, { description: 'Korean title.' })
  @IsNotEmpty()
  @MaxLength(300)
  titleKo: string;

  @Field(() => String, { description: 'English title.' })
  @IsNotEmpty()
  @MaxLength(300)
  titleEn: string;

  @Field(() => String, { defaultValue: '', description: 'What the project delivers, in Korean.' })
  @MaxLength(5000)
  summaryKo: string;

  @Field(() => String, { defaultValue: '', description: 'What the project delivers, in English.' })
  @MaxLength(5000)
  summaryEn: string;

  @Field(() => Float, {
    nullable: true,
    description: "Cap on the LARGE_ENTERPRISE members' summed stake in a consortium, a fraction 0–1 (0.3 for the 30% rule); null or left out: no cap.",
  })
  @IsOptional()
  @Min(0)
  @Max(1)
  maxLargeStake?: number | null;

  @Field(() => [RequirementSlotInput], { defaultValue: [], description: `The roles to fill, in order (at most ${MAX_SLOTS}).` })
  @ArrayMaxSize(MAX_SLOTS)
  @ValidateNested({ each: true })
  slots: RequirementSlotInput[];
}

@InputType({ description: "Changes to a project's texts; fields left out stay as they are." })
export class UpdateProjectInput {
  @Field(() => ID, { description: 'Global id of the Project.' })
  projectId: string;

  @Field(() => Int, { description: 'The version you last read; a stale one answers CONFLICT and changes nothing.' })
  version: number;

  @Field(() => String, { nullable: true, description: 'Korean title.' })
  @IsOptional()
  @IsNotEmpty()
  @MaxLength(300)
  titleKo?: string | null;

  @Field(() => String, { nullable: true, description: 'English title.' })
  @IsOptional()
  @IsNotEmpty()
  @MaxLength(300)
  titleEn?: string | null;

  @Field(() => String, { nullable: true, description: 'Summary in Korean.' })
  @IsOptional()
  @MaxLength(5000)
  summaryKo?: string | null;

  @Field(() => String, { nullable: true, description: 'Summary in English.' })
  @IsOptional()
  @MaxLength(5000)
  summaryEn?: string | null;

  @Field(() => Float, {
    nullable: true,
    description: "Cap on the LARGE_ENTERPRISE members' summed stake in a consortium, a fraction 0–1; null clears it (no cap), left out keeps it.",
  })
  @IsOptional()
  @Min(0)
  @Max(1)
  maxLargeStake?: number | null;
}

@InputType({ description: "A new requirement slot, appended after the project's last one." })
export class AddRequirementSlotInput {
  @ClientMutationIdField()
  clientMutationId?: string | null;

  @Field(() => ID, { description: 'Global id of the Project (DRAFT or OPEN).' })
  projectId: string;

  @Field(() => Int, { nullable: true, description: 'The project version you last read; checked when given.' })
  @IsOptional()
  version?: number | null;

  @Field(() => RequirementSlotInput, { description: 'The slot.' })
  @ValidateNested()
  slot: RequirementSlotInput;
}

@InputType({ description: 'Changes to one requirement slot; fields left out stay as they are.' })
export class UpdateRequirementSlotInput {
  @Field(() => ID, { description: 'Global id of the RequirementSlot.' })
  slotId: string;

  @Field(() => Int, { description: 'The slot version you last read; a stale one answers CONFLICT and changes nothing.' })
  version: number;

  @Field(() => SlotRole, { nullable: true, description: 'The part the member plays.' })
  @IsOptional()
  role?: SlotRole | null;

  @Field(() => String, { nullable: true, description: 'Domain slug.' })
  @IsOptional()
  @IsNotEmpty()
  @MaxLength(100)
  domain?: string | null;

  @Field(() => [String], { nullable: true, description: 'Technology slugs; an empty list means any.' })
  @IsOptional()
  @ArrayMaxSize(15)
  technologies?: string[] | null;

  @Field(() => Int, { nullable: true, description: 'Lowest capability level (1–5).' })
  @IsOptional()
  @Min(1)
  @Max(5)
  minLevel?: number | null;

  @Field(() => Int, { nullable: true, description: 'Importance 1–5.' })
  @IsOptional()
  @Min(1)
  @Max(5)
  weight?: number | null;

  @Field(() => Float, { nullable: true, description: "The slot's share of the budget, relative to the project's other slots (> 0)." })
  @IsOptional()
  @IsPositive({ message: 'budgetShare must be greater than 0' })
  @Max(MAX_BUDGET_SHARE)
  budgetShare?: number | null;

  @Field(() => [OrganizationKind], { nullable: true, description: 'Allowed kinds; an empty list means any kind.' })
  @IsOptional()
  @ArrayMaxSize(8)
  allowedKinds?: OrganizationKind[] | null;

  @Field(() => String, { nullable: true, description: 'What the slot asks for, in Korean.' })
  @IsOptional()
  @MaxLength(2000)
  descriptionKo?: string | null;

  @Field(() => String, { nullable: true, description: 'What the slot asks for, in English.' })
  @IsOptional()
  @MaxLength(2000)
  descriptionEn?: string | null;
}

@InputType({ description: 'Removes one requirement slot; the later slots move up one position.' })
export class RemoveRequirementSlotInput {
  @Field(() => ID, { description: 'Global id of the RequirementSlot.' })
  slotId: string;

  @Field(() => Int, { description: 'The slot version you last read; a stale one answers CONFLICT and changes nothing.' })
  version: number;
}

@InputType({ description: "A change of a project's status (open, close)." })
export class ProjectTransitionInput {
  @Field(() => ID, { description: 'Global id of the Project.' })
  projectId: string;

  @Field(() => Int, { nullable: true, description: 'The project version you last read; checked when given.' })
  @IsOptional()
  version?: number | null;
}

@InputType({ description: 'Hands a project to another planner (transferProject).' })
export class TransferProjectInput extends ProjectTransitionInput {
  @Field(() => ID, { description: 'Global id of the Account of the planner who will own the project.' })
  ownerId: string;
}
