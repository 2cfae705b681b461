import { EventType } from '../events/event.enums';
import type { NotificationSettings } from './notification-settings.entity';
import { DEFAULT_PROJECT_MATCH_THRESHOLD, defaultDelivery, type NotificationDelivery } from './notification.enums';

/** An account's choices with the defaults filled in: what the API shows and what mail obeys. */
export interface EffectiveSettings {
  deliveries: { eventType: EventType; delivery: NotificationDelivery }[];
  projectMatchThreshold: number | null;
  updatedAt: Date | null;
}

/** The delivery an account chose for `type`, or its default. */
export function deliveryOf(settings: Pick<NotificationSettings, 'deliveries'> | null | undefined, type: EventType): NotificationDelivery {
  return settings?.deliveries[type] ?? defaultDelivery(type);
}

export function effectiveSettings(settings: NotificationSettings | null | undefined): EffectiveSettings {
  return {
    deliveries: Object.values(EventType).map((eventType) => ({ eventType, delivery: deliveryOf(settings, eventType) })),
    projectMatchThreshold: settings ? settings.projectMatchThreshold : DEFAULT_PROJECT_MATCH_THRESHOLD,
    updatedAt: settings?.updatedAt ?? null,
  };
}
