import { ArrayMaxSize, ArrayMinSize, IsNotEmpty, IsOptional, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, Float, ID, InputType, Int } from 'type-graphql';
import { describedEnum, type EnumValue } from '../../graphql/enum';
import { ConnectionArgs } from '../../graphql/connection';
import { ConsortiumOptionsInput } from '../matching/matching.inputs';
import { SlotRole } from '../projects/project.enums';
import { ConsortiumStatus } from './consortium.enums';
import { ClientMutationIdField } from '../idempotency/client-mutation-id.field';

/** Most members a consortium may have; the same bound as assembleConsortium's `maxMembers`. */
export const MAX_MEMBERS = 20;

/** An invited member's answer. */
export const InvitationAnswer = describedEnum('InvitationAnswer', "An invited organisation's answer to a consortium invitation.", {
  ACCEPTED: 'Join the consortium.',
  DECLINED: 'Decline.',
});
export type InvitationAnswer = EnumValue<typeof InvitationAnswer>;

@InputType({ description: 'An organisation in a consortium composed by hand.' })
export class ConsortiumMemberInput {
  @Field(() => ID, { description: 'Global id of an APPROVED Organization.' })
  organizationId: string;

  @Field(() => SlotRole, { description: 'The part it plays.' })
  role: SlotRole;
}

@InputType({ description: 'Which member fills which requirement slot of the project.' })
export class ConsortiumAssignmentInput {
  @Field(() => ID, { description: "Global id of one of the project's RequirementSlots." })
  slotId: string;

  @Field(() => ID, { description: 'Global id of the Organization (one of the members) that fills it.' })
  organizationId: string;
}

@InputType({
  description:
    'Take one alternative of `assembleConsortium` for the project: the server runs it again with the same options and stores ' +
    'the alternative of this rank (members, their most senior slot role, and the assignments).',
})
export class ConsortiumFromAlternativeInput {
  @Field(() => ConsortiumOptionsInput, { nullable: true, description: 'The options you passed to assembleConsortium; defaults when left out.' })
  @IsOptional()
  @ValidateNested()
  options?: ConsortiumOptionsInput | null;

  @Field(() => Int, { description: 'Rank of the alternative, from 1.' })
  @Min(1)
  @Max(10)
  rank: number;
}

@InputType({ description: 'A new DRAFT consortium for an OPEN or FORMING project: give `members` (and `assignments`) or `fromAlternative`.' })
export class CreateConsortiumInput {
  @ClientMutationIdField()
  clientMutationId?: string | null;

  @Field(() => ID, { description: 'Global id of the Project.' })
  projectId: string;

  @Field(() => String, { description: 'A name for the team.' })
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @Field(() => [ConsortiumMemberInput], { nullable: true, description: `Members composed by hand (1–${MAX_MEMBERS}).` })
  @IsOptional()
  @ArrayMaxSize(MAX_MEMBERS)
  @ValidateNested({ each: true })
  members?: ConsortiumMemberInput[] | null;

  @Field(() => [ConsortiumAssignmentInput], { nullable: true, description: 'Slots filled by the hand-composed members; each slot at most once.' })
  @IsOptional()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  assignments?: ConsortiumAssignmentInput[] | null;

  @Field(() => ConsortiumFromAlternativeInput, { nullable: true, description: 'Store an assembleConsortium alternative instead.' })
  @IsOptional()
  @ValidateNested()
  fromAlternative?: ConsortiumFromAlternativeInput | null;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Keep hand-made assignments of members to slots they do not fit (fit 0), which otherwise answer NO_FIT; needs a `reason`, which is audited.',
  })
  allowUnfit: boolean;

  @Field(() => String, { nullable: true, description: 'Why unfit assignments are kept; required with allowUnfit.' })
  @IsOptional()
  @MaxLength(1000)
  reason?: string | null;
}

@InputType({ description: "One member's stake (지분) in the consortium." })
export class StakeInput {
  @Field(() => ID, { description: 'Global id of the member Organization.' })
  organizationId: string;

  @Field(() => Float, { description: "Its stake, a fraction 0–1 (the members' stakes must add up to 1 before confirmation)." })
  @Min(0)
  @Max(1)
  stake: number;
}

@InputType({ description: "Sets members' stakes in a DRAFT or INVITING consortium; members left out keep theirs." })
export class SetConsortiumStakesInput {
  @Field(() => ID, { description: 'Global id of the Consortium.' })
  consortiumId: string;

  @Field(() => Int, { nullable: true, description: 'The consortium version you last read; checked when given.' })
  @IsOptional()
  version?: number | null;

  @Field(() => [StakeInput], { description: `The stakes, one per member at most (at most ${MAX_MEMBERS}).` })
  @ArrayMinSize(1, { message: 'stakes must name at least one member' })
  @ArrayMaxSize(MAX_MEMBERS)
  @ValidateNested({ each: true })
  stakes: StakeInput[];
}

@InputType({ description: "A change of a consortium's status by its owner (invite, confirm)." })
export class ConsortiumTransitionInput {
  @Field(() => ID, { description: 'Global id of the Consortium.' })
  consortiumId: string;

  @Field(() => Int, { nullable: true, description: 'The consortium version you last read; checked when given.' })
  @IsOptional()
  version?: number | null;
}

@InputType({ description: 'Gives a consortium up.' })
export class DissolveConsortiumInput {
  @Field(() => ID, { description: 'Global id of the Consortium.' })
  consortiumId: string;

  @Field(() => Int, { nullable: true, description: 'The consortium version you last read; checked when given.' })
  @IsOptional()
  version?: number | null;

  @Field(() => String, { nullable: true, description: 'Why, for the audit log.' })
  @IsOptional()
  @MaxLength(1000)
  reason?: string | null;
}

@InputType({ description: "A member answers its organisation's invitation to a consortium." })
export class AnswerConsortiumInvitationInput {
  @Field(() => ID, { description: 'Global id of the Consortium.' })
  consortiumId: string;

  @Field(() => InvitationAnswer, { description: 'ACCEPTED or DECLINED.' })
  answer: InvitationAnswer;
}

@ArgsType()
export class ConsortiaArgs extends ConnectionArgs {
  @Field(() => ID, { description: 'Global id of the Project.' })
  projectId: string;
}

@ArgsType()
export class MyConsortiaArgs extends ConnectionArgs {
  @Field(() => ConsortiumStatus, { nullable: true, description: 'Only consortia in this status.' })
  @IsOptional()
  status?: ConsortiumStatus | null;
}

/** Most consortia one createConsortiaFromPortfolio may create: one per project of a portfolio. */
export const MAX_PORTFOLIO_CONSORTIA = 20;

@InputType({ description: "One project's consortium of an assemblePortfolio answer: who fills which slot (the members are those filling a slot)." })
export class PortfolioConsortiumInput {
  @Field(() => ID, { description: 'Global id of the Project.' })
  projectId: string;

  @Field(() => String, { description: 'A name for the team.' })
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @Field(() => [ConsortiumAssignmentInput], { description: "The alternative's assignments (slot and organisation), as assemblePortfolio answered them." })
  @ArrayMinSize(1, { message: 'assignments must fill at least one slot' })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  assignments: ConsortiumAssignmentInput[];
}

@InputType({
  description:
    'Creates the DRAFT consortia of an assemblePortfolio answer in one transaction, after checking again that every member is an APPROVED ' +
    'organisation that fits its slot and has capacity left for all of them; nothing is written when anything no longer holds.',
})
export class CreateConsortiaFromPortfolioInput {
  @ClientMutationIdField()
  clientMutationId?: string | null;

  @Field(() => [PortfolioConsortiumInput], { description: `The consortia, at most one per project (1–${MAX_PORTFOLIO_CONSORTIA}).` })
  @ArrayMinSize(1, { message: 'consortia must hold at least one consortium' })
  @ArrayMaxSize(MAX_PORTFOLIO_CONSORTIA)
  @ValidateNested({ each: true })
  consortia: PortfolioConsortiumInput[];
}
