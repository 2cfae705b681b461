import { Field, ObjectType } from 'type-graphql';
import type { CodedUserError } from '../../graphql/user-error';
import { Project } from '../projects/project.entity';
import { ProjectInterest } from './project-interest.entity';
import { ProjectInterestError } from './project-interest.errors';

@ObjectType({ description: 'The result of expressInterest or withdrawInterest.' })
export class ProjectInterestPayload {
  @Field(() => ProjectInterest, { nullable: true, description: 'The interest as stored (expressInterest); null after a withdrawal or on failure.' })
  interest: ProjectInterest | null;

  @Field(() => Project, { nullable: true, description: 'The project; null on failure.' })
  project: Project | null;

  @Field(() => [ProjectInterestError], { description: 'Why the mutation failed (switch on `code`); empty on success.' })
  userErrors: CodedUserError[];
}
