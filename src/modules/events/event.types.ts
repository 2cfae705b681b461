import { Field, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../graphql/connection';
import { Node } from '../../graphql/node';
import type { CodedUserError } from '../../graphql/user-error';
import type { EventRecord } from './event.entity';
import { EventType } from './event.enums';
import { EventError } from './event.errors';

/**
 * One entry of the signed-in account's notification centre, as the API shows it: an event of the
 * log (EventRecord) the account may receive, with its read state. The class name is the global
 * id's type (`Event`), so `node(id:)` finds it again.
 */
@ObjectType('Event', {
  implements: Node,
  description: 'Something that happened that you should hear about (a request, an invitation, a decision); from the event log, newest first.',
})
export class Event implements Pick<EventRecord, 'id' | 'type' | 'subjectType' | 'subjectId' | 'actorAccountId' | 'summaryKo' | 'summaryEn' | 'createdAt'> {
  /** The log's id: the position in the log, ever increasing (Event.cursor encodes it). */
  id: number;

  @Field(() => EventType, { description: 'What happened.' })
  type: EventType;

  subjectType: string;
  subjectId: number;
  actorAccountId: number | null;
  audienceOrganizationIds: number[];
  audienceAccountIds: number[];
  summaryKo: string;
  summaryEn: string;

  @Field(() => Date, { description: 'When it happened.' })
  createdAt: Date;

  @Field(() => Boolean, { description: 'Whether you marked it read (markEventsRead).' })
  read: boolean;
}

@ObjectType({ description: 'A page of your events, newest first (Relay connection).' })
export class EventConnection extends ConnectionType(Event, 'Event') {
  @Field(() => Int, { description: 'How many of your events are unread, all pages together (whatever `unreadOnly` says).' })
  unreadCount: number | Promise<number>;
}

@ObjectType({ description: 'The result of markEventsRead.' })
export class MarkEventsReadPayload {
  @Field(() => Int, { nullable: true, description: 'How many of your events are still unread; null when the mutation failed.' })
  unreadCount: number | null;

  @Field(() => [EventError], { description: 'Why the mutation failed (switch on `code`); empty on success.' })
  userErrors: CodedUserError[];
}
