import { Field, Float, ObjectType } from 'type-graphql';
import type { CodedUserError } from '../../graphql/user-error';
import { EventType } from '../events/event.enums';
import { NotificationDelivery } from './notification.enums';
import { NotificationError } from './notification.errors';

@ObjectType({ description: 'How an account is mailed about one kind of event.' })
export class EventDelivery {
  @Field(() => EventType, { description: 'The kind of event.' })
  eventType: EventType;

  @Field(() => NotificationDelivery, { description: 'INSTANT, DAILY (the digest) or NONE.' })
  delivery: NotificationDelivery;
}

@ObjectType('NotificationSettings', { description: "An account's mail choices, defaults filled in (only the account itself reads them)." })
export class NotificationSettingsType {
  @Field(() => [EventDelivery], { description: 'One entry per kind of event, in the order of EventType.' })
  deliveries: EventDelivery[];

  @Field(() => Float, {
    nullable: true,
    description: 'PROJECT_MATCHED events are written for you when a newly opened project scores at least this for your organisation; null: off.',
  })
  projectMatchThreshold: number | null;

  @Field(() => Date, { nullable: true, description: 'When the settings last changed; null while they are the defaults.' })
  updatedAt: Date | null;
}

@ObjectType({ description: 'The result of updateNotificationSettings.' })
export class UpdateNotificationSettingsPayload {
  @Field(() => NotificationSettingsType, { nullable: true, description: 'The settings as they are now; null on failure.' })
  notificationSettings: NotificationSettingsType | null;

  @Field(() => [NotificationError], { description: 'Why the mutation failed (switch on `code`); empty on success.' })
  userErrors: CodedUserError[];
}
