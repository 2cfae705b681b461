import { Field, ID, ObjectType } from 'type-graphql';
import type { CodedUserError } from '../../graphql/user-error';
import { ProjectError } from './project.errors';
import { Project } from './project.entity';
import { RequirementSlot } from './requirement-slot.entity';

@ObjectType({ description: 'The result of a project mutation.' })
export class ProjectPayload {
  @Field(() => Project, { nullable: true, description: 'The project as it is now; null when the mutation failed.' })
  project: Project | null;

  @Field(() => [ProjectError], { description: 'Why the mutation failed (switch on `code`); empty on success.' })
  userErrors: CodedUserError[];
}

@ObjectType({ description: 'The result of adding or changing a requirement slot.' })
export class RequirementSlotPayload {
  @Field(() => RequirementSlot, { nullable: true, description: 'The slot as it is now; null when the mutation failed.' })
  slot: RequirementSlot | null;

  @Field(() => Project, { nullable: true, description: "The slot's project as it is now." })
  project: Project | null;

  @Field(() => [ProjectError], { description: 'Why the mutation failed (switch on `code`); empty on success.' })
  userErrors: CodedUserError[];
}

@ObjectType({ description: 'The result of removing a requirement slot.' })
export class RemoveRequirementSlotPayload {
  @Field(() => ID, { nullable: true, description: 'Global id of the removed slot; null when the mutation failed.' })
  removedSlotId: string | null;

  @Field(() => Project, { nullable: true, description: 'The project as it is now.' })
  project: Project | null;

  @Field(() => [ProjectError], { description: 'Why the mutation failed (switch on `code`); empty on success.' })
  userErrors: CodedUserError[];
}
