import { GraphQLError } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { decodeCursor, encodeCursor } from '../../graphql/cursor';
import { ErrorCode } from '../../graphql/errors';
import { inputId } from '../../graphql/input-id';
import { worded } from '../../graphql/language';
import { MutationInput, signedIn } from '../../graphql/mutation-input';
import { Node } from '../../graphql/node';
import { pageConnection } from '../../graphql/paging';
import { badUserInput } from '../../graphql/user-error';
import type { Services } from '../../services';
import type { Account } from '../accounts/account.entity';
import { AccountType } from '../accounts/account.types';
import type { Context } from '../context';
import { Language } from '../matching/matching.inputs';
import { runMutation } from '../mutation';
import { nodeFetchers } from '../node-fetchers';
import { maySeeActor } from './event.access';
import { MarkEventsReadInput, MyEventsArgs } from './event.inputs';
import { EVENTS_ORDER } from './event.service';
import { Event, EventConnection, MarkEventsReadPayload } from './event.types';
import type { LiveEventsContext } from './live/event-hub';

/** An Event's cursor: opaque, the same as its edge's in myEvents, so either resumes a subscription. */
export const eventCursor = (id: number) => encodeCursor({ order: EVENTS_ORDER, value: id, id });

/** The log id a cursor names; a cursor of another list or a forged one is BAD_USER_INPUT. */
export function eventIdOf(cursor: string, argument: string): number {
  return decodeCursor(cursor, EVENTS_ORDER, argument).id;
}

/** The notification centre (myEvents, markEventsRead) and live events (subscription myEvents). */
@Resolver(() => Event)
export class EventResolver {
  constructor(private readonly services: Services) {}

  @Authorized()
  @Query(() => EventConnection, {
    name: 'myEvents',
    description:
      'Your notification centre: the events of your account and of your organisation, newest first, with `unreadCount`. ' +
      'Subscribe to `myEvents` for the same events live.',
  })
  myEvents(@Args(() => MyEventsArgs) args: MyEventsArgs, @Ctx() ctx: Context) {
    const viewer = signedIn(ctx);
    return pageConnection(args, EVENTS_ORDER, (plan) => this.services.events.listMine(viewer, args.unreadOnly, plan)).then((connection) => {
      // Counted only when selected, once.
      let counted: Promise<number> | undefined;
      return Object.defineProperty(connection, 'unreadCount', { enumerable: true, get: () => (counted ??= this.services.events.unreadCount(viewer)) });
    });
  }

  @Authorized()
  @Mutation(() => MarkEventsReadPayload, {
    description: 'Marks some of your events read (`eventIds`), or every one up to a cursor (`upTo`: the newest for "mark all as read"), or both.',
  })
  markEventsRead(@MutationInput(() => MarkEventsReadInput) input: MarkEventsReadInput, @Ctx() ctx: Context) {
    return runMutation<MarkEventsReadPayload, { unreadCount: number }>(ctx, input, {
      empty: { unreadCount: null },
      payload: (written) => written,
      perform: (write) => {
        const eventIds = (input.eventIds ?? []).map((id, i) => inputId(id, 'Event', ['input', 'eventIds', String(i)]));
        if (eventIds.length === 0 && input.upTo == null)
          throw badUserInput({ en: 'Name events (eventIds) or a cursor (upTo).', ko: '이벤트(eventIds)나 커서(upTo)를 주십시오.' }, ['input', 'eventIds']);
        const upToId = input.upTo != null ? cursorInput(input.upTo) : null;
        return this.services.events.markRead(signedIn(ctx), eventIds, upToId, write);
      },
    });
  }

  @Authorized()
  @Subscription(() => Event, {
    name: 'myEvents',
    description:
      'Your events as they happen (over graphql-ws at /graphql, signed in with `{ authorization: "Bearer <token>" }` in connection_init). ' +
      'With `after` (the `cursor` of the last event you received), first every event after it from the log, then live: no gap, no duplicate.',
    subscribe: ({ args, context }) => {
      const ctx = context as Context & LiveEventsContext;
      const viewer = signedIn(ctx);
      if (!ctx.liveEvents) {
        const message = { en: 'Subscriptions run over graphql-ws at /graphql.', ko: '구독은 /graphql의 graphql-ws 연결로만 받을 수 있습니다.' };
        throw worded(new GraphQLError(message.en, { extensions: { code: ErrorCode.BAD_USER_INPUT } }), message);
      }
      const after = (args as { after?: string | null }).after;
      return ctx.liveEvents.subscribe(viewer.accountId, after != null ? eventIdOf(after, 'after') : null);
    },
  })
  liveEvents(
    @Arg('after', () => String, { nullable: true, description: 'Resume after this event cursor; without it, only events from now on.' }) _after: string | null,
    @Root() event: Event,
  ): Event {
    return event;
  }

  @FieldResolver(() => String, { description: 'Opaque position in your events; pass it as `after` to the subscription (or to myEvents) to resume.' })
  cursor(@Root() event: Event): string {
    return eventCursor(event.id);
  }

  @FieldResolver(() => String, { description: 'One or two sentences saying what happened, naming organisations and projects.' })
  summary(@Root() event: Event, @Arg('lang', () => Language, { defaultValue: Language.EN, description: 'Language of the summary.' }) lang: Language): string {
    return lang === Language.KO ? event.summaryKo : event.summaryEn;
  }

  @FieldResolver(() => Node, {
    nullable: true,
    description: 'What it is about (a request, a consortium, an organisation, …); null when you may no longer see it.',
  })
  subject(@Root() event: Event, @Ctx() ctx: Context) {
    const load = Object.hasOwn(nodeFetchers, event.subjectType) ? nodeFetchers[event.subjectType] : undefined;
    return load ? load(ctx, event.subjectId) : null;
  }

  @FieldResolver(() => AccountType, {
    nullable: true,
    description: 'Who did it, when you may see that account (yourself, your own team; admins see all); null for the system (expiry) or otherwise.',
  })
  async actor(@Root() event: Event, @Ctx() ctx: Context): Promise<Account | null> {
    if (event.actorAccountId == null || !ctx.viewer) return null;
    const actor = await ctx.loaders.accountById.load(event.actorAccountId);
    return actor && maySeeActor(ctx.viewer, actor) ? actor : null;
  }
}

/** `upTo` of markEventsRead: a bad cursor is a userErrors entry, not a top-level error. */
function cursorInput(cursor: string): number {
  try {
    return eventIdOf(cursor, 'upTo');
  } catch {
    throw badUserInput({ en: 'upTo is not an event cursor.', ko: 'upTo 값이 이벤트 커서가 아닙니다.' }, ['input', 'upTo']);
  }
}
