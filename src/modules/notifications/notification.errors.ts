import type { EnumValue } from '../../graphql/enum';
import { featureErrorCodes, userErrorType } from '../../graphql/user-error';

/** Why updateNotificationSettings failed. */
export const NotificationErrorCode = featureErrorCodes('NotificationErrorCode', 'Why changing notification settings failed.', {
  DUPLICATE_EVENT_TYPE: 'The same event type is listed twice in `deliveries`.',
});
export type NotificationErrorCode = EnumValue<typeof NotificationErrorCode>;

export const NotificationError = userErrorType('NotificationError', NotificationErrorCode, 'An expected failure of updateNotificationSettings.');
