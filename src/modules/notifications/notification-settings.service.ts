import type { DataSource } from 'typeorm';
import { userError } from '../../graphql/user-error';
import { currentAccount } from '../accounts/actor';
import type { Viewer } from '../accounts/viewer';
import type { Write } from '../write';
import { effectiveSettings, type EffectiveSettings } from './notification-settings';
import { NotificationSettings } from './notification-settings.entity';
import { NotificationErrorCode } from './notification.errors';
import type { UpdateNotificationSettingsInput } from './notification.inputs';

/** Each account's mail choices; an account reads and changes only its own (the resolver never takes an account id). */
export class NotificationSettingsService {
  constructor(private readonly dataSource: DataSource) {}

  update(viewer: Viewer, input: UpdateNotificationSettingsInput, write: Write): Promise<EffectiveSettings> {
    const deliveries = input.deliveries ?? [];
    const seen = new Set<string>();
    deliveries.forEach((d, i) => {
      if (seen.has(d.eventType))
        throw userError(
          NotificationErrorCode.DUPLICATE_EVENT_TYPE,
          { en: `${d.eventType} is listed more than once.`, ko: `${d.eventType} 이벤트 유형이 두 번 이상 들어 있습니다.` },
          ['input', 'deliveries', String(i), 'eventType'],
        );
      seen.add(d.eventType);
    });
    return write.transaction(this.dataSource, async (em) => {
      await currentAccount(em, viewer);
      const repository = em.getRepository(NotificationSettings);
      // The row exists from here on, locked, so two changes at once apply one after the other.
      await repository.createQueryBuilder().insert().values({ accountId: viewer.accountId }).orIgnore().execute();
      const settings = await repository.findOneOrFail({ where: { accountId: viewer.accountId }, lock: { mode: 'pessimistic_write' } });
      for (const d of deliveries) settings.deliveries[d.eventType] = d.delivery;
      // Left out: unchanged; null: off.
      if (input.projectMatchThreshold !== undefined) settings.projectMatchThreshold = input.projectMatchThreshold;
      return effectiveSettings(await repository.save(settings));
    });
  }
}
