import { Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { MutationInput, signedIn } from '../../graphql/mutation-input';
import type { Services } from '../../services';
import type { Account } from '../accounts/account.entity';
import { AccountType } from '../accounts/account.types';
import type { Context } from '../context';
import { runMutation } from '../mutation';
import { effectiveSettings, type EffectiveSettings } from './notification-settings';
import { UpdateNotificationSettingsInput } from './notification.inputs';
import { NotificationSettingsType, UpdateNotificationSettingsPayload } from './notification.types';

/** Mail choices: `me { notificationSettings }` and updateNotificationSettings, for the signed-in account only. */
@Resolver(() => AccountType)
export class NotificationSettingsResolver {
  constructor(private readonly services: Services) {}

  @Authorized()
  @Mutation(() => UpdateNotificationSettingsPayload, {
    description:
      'Changes how the signed-in account is mailed about each kind of event (INSTANT, DAILY digest or NONE) and its project-match threshold. ' +
      'userErrors: BAD_USER_INPUT (threshold outside 0–1), DUPLICATE_EVENT_TYPE.',
  })
  updateNotificationSettings(@MutationInput(() => UpdateNotificationSettingsInput) input: UpdateNotificationSettingsInput, @Ctx() ctx: Context) {
    return runMutation<UpdateNotificationSettingsPayload, EffectiveSettings>(ctx, input, {
      empty: { notificationSettings: null },
      perform: (write) => this.services.notificationSettings.update(signedIn(ctx), input, write),
      payload: (notificationSettings) => ({ notificationSettings }),
    });
  }

  @FieldResolver(() => NotificationSettingsType, {
    nullable: true,
    description: 'How this account is mailed about events, defaults filled in; shown to the account itself only, null for everyone else.',
  })
  async notificationSettings(@Root() account: Account, @Ctx() ctx: Context): Promise<EffectiveSettings | null> {
    if (ctx.viewer?.accountId !== account.id) return null;
    return effectiveSettings(await ctx.loaders.notificationSettingsByAccount.load(account.id));
  }
}
