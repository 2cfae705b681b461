import { ArrayMaxSize, IsNotEmpty, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { MAX_SLOTS } from '../projects/project-editing.inputs';

@InputType({ description: 'Your organisation puts itself forward for an OPEN project; expressing again replaces the slots and message.' })
export class ExpressInterestInput {
  @Field(() => ID, { description: 'Global id of the Project.' })
  @IsNotEmpty()
  projectId: string;

  @Field(() => [ID], { defaultValue: [], description: "Global ids of the project's RequirementSlots your organisation would fill (may be empty)." })
  @ArrayMaxSize(MAX_SLOTS)
  slotIds: string[];

  @Field(() => String, { defaultValue: '', description: 'A word to the planner (at most 2,000 characters).' })
  @MaxLength(2000)
  message: string;
}

@InputType({ description: "Takes your organisation's interest in a project back." })
export class WithdrawInterestInput {
  @Field(() => ID, { description: 'Global id of the Project.' })
  @IsNotEmpty()
  projectId: string;
}
