import { ArrayMaxSize, IsOptional } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { ConnectionArgs } from '../../graphql/connection';

@ArgsType()
export class MyEventsArgs extends ConnectionArgs {
  @Field(() => Boolean, { defaultValue: false, description: 'Only the events you have not marked read.' })
  unreadOnly: boolean;
}

/** How many events one markEventsRead may name; "mark all" is `upTo`. */
export const MAX_MARKED_EVENTS = 100;

@InputType({ description: 'Which of your events to mark read: some by id, every one up to a cursor, or both.' })
export class MarkEventsReadInput {
  @Field(() => [ID], { nullable: true, description: `Global ids of Events to mark read (at most ${MAX_MARKED_EVENTS}).` })
  @IsOptional()
  @ArrayMaxSize(MAX_MARKED_EVENTS)
  eventIds?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'A cursor (an Event\'s `cursor` or an edge\'s): that event and every older one are marked read. Pass the newest for "mark all as read".',
  })
  @IsOptional()
  upTo?: string | null;
}
