import { Field, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../graphql/connection';
import type { CodedUserError } from '../../graphql/user-error';
import { ConsortiumError } from './consortium.errors';
import { ConsortiumMember } from './consortium-member.entity';
import { Consortium } from './consortium.entity';

@ObjectType({ description: 'A page of consortia, newest first (Relay connection).' })
export class ConsortiumConnection extends ConnectionType(Consortium, 'Consortium') {}

@ObjectType({ description: 'The result of a consortium mutation.' })
export class ConsortiumPayload {
  @Field(() => Consortium, { nullable: true, description: 'The consortium as it is now; null when the mutation failed.' })
  consortium: Consortium | null;

  @Field(() => [ConsortiumError], { description: 'Why the mutation failed (switch on `code`); empty on success.' })
  userErrors: CodedUserError[];
}

@ObjectType({
  description: "A page of consortium invitations to the viewer's organisation (Relay connection): those awaiting an answer first, then newest first.",
})
export class ConsortiumInvitationConnection extends ConnectionType(ConsortiumMember, 'ConsortiumInvitation') {}

@ObjectType({ description: 'The result of createConsortiaFromPortfolio.' })
export class ConsortiaPayload {
  @Field(() => [Consortium], {
    nullable: true,
    description: 'The consortia created, in the order given; null when the mutation failed (then none was created).',
  })
  consortia: Consortium[] | null;

  @Field(() => [ConsortiumError], { description: 'Why the mutation failed (switch on `code`); empty on success.' })
  userErrors: CodedUserError[];
}
