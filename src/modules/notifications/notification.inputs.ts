import { ArrayMaxSize, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { Field, Float, InputType } from 'type-graphql';
import { EventType } from '../events/event.enums';
import { NotificationDelivery } from './notification.enums';

@InputType({ description: 'How to be mailed about one kind of event.' })
export class EventDeliveryInput {
  @Field(() => EventType, { description: 'The kind of event.' })
  eventType: EventType;

  @Field(() => NotificationDelivery, { description: 'INSTANT, DAILY (the digest) or NONE.' })
  delivery: NotificationDelivery;
}

@InputType({ description: "Changes to the signed-in account's mail choices; what is left out stays as it is." })
export class UpdateNotificationSettingsInput {
  @Field(() => [EventDeliveryInput], {
    nullable: true,
    description: 'The kinds of event to change, each once; the kinds not listed keep their current choice.',
  })
  @IsOptional()
  @ArrayMaxSize(Object.keys(EventType).length)
  @ValidateNested({ each: true })
  deliveries?: EventDeliveryInput[] | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Be told (PROJECT_MATCHED) when a project opens whose match score for your organisation is at least this, from 0 to 1; ' +
      'null turns it off; left out: unchanged.',
  })
  @IsOptional()
  @Min(0)
  @Max(1)
  projectMatchThreshold?: number | null;
}
