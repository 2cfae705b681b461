import { IsOptional, MaxLength } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { describedEnum, type EnumValue } from '../../graphql/enum';
import { ConnectionArgs } from '../../graphql/connection';
import { PartnershipRequestStatus } from './partnership-request.enums';
import { ClientMutationIdField } from '../idempotency/client-mutation-id.field';

/** The receiver's answer: a request is accepted or declined, nothing else. */
export const PartnershipAnswer = describedEnum('PartnershipAnswer', "The receiver's answer to a partnership request.", {
  ACCEPTED: 'Accept: both organisations now see each other’s contacts.',
  DECLINED: 'Decline.',
});
export type PartnershipAnswer = EnumValue<typeof PartnershipAnswer>;

/** Which requests of the viewer's organisation to list. */
export const PartnershipDirection = describedEnum('PartnershipDirection', "Which of the viewer's organisation's partnership requests to list.", {
  INCOMING: 'Sent to the organisation.',
  OUTGOING: 'Sent by the organisation.',
  BOTH: 'Either.',
});
export type PartnershipDirection = EnumValue<typeof PartnershipDirection>;

@InputType({ description: "A partnership request from the viewer's organisation to another approved member." })
export class SendPartnershipRequestInput {
  @ClientMutationIdField()
  clientMutationId?: string | null;

  @Field(() => ID, { description: 'Global id of the Organization asked to partner.' })
  toOrganizationId: string;

  @Field(() => ID, { nullable: true, description: 'Global id of the published Project the partnership is for, if any.' })
  @IsOptional()
  projectId?: string | null;

  @Field(() => String, { defaultValue: '', description: 'A message to the receiver (at most 2,000 characters).' })
  @MaxLength(2000)
  message: string;
}

@InputType({ description: 'The receiver answers a pending partnership request.' })
export class AnswerPartnershipRequestInput {
  @Field(() => ID, { description: 'Global id of the PartnershipRequest.' })
  requestId: string;

  @Field(() => PartnershipAnswer, { description: 'ACCEPTED or DECLINED.' })
  answer: PartnershipAnswer;

  @Field(() => Int, { nullable: true, description: 'The request version you last read; checked when given.' })
  @IsOptional()
  version?: number | null;
}

@InputType({ description: 'The sender withdraws a pending partnership request.' })
export class WithdrawPartnershipRequestInput {
  @Field(() => ID, { description: 'Global id of the PartnershipRequest.' })
  requestId: string;

  @Field(() => Int, { nullable: true, description: 'The request version you last read; checked when given.' })
  @IsOptional()
  version?: number | null;
}

@ArgsType()
export class MyPartnershipRequestsArgs extends ConnectionArgs {
  @Field(() => PartnershipDirection, { defaultValue: PartnershipDirection.BOTH, description: 'Incoming, outgoing or both.' })
  direction: PartnershipDirection;

  @Field(() => PartnershipRequestStatus, { nullable: true, description: 'Only requests in this status; all when left out.' })
  @IsOptional()
  status?: PartnershipRequestStatus | null;
}
