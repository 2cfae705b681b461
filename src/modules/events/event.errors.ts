import type { EnumValue } from '../../graphql/enum';
import { featureErrorCodes, userErrorType } from '../../graphql/user-error';

/** Why markEventsRead failed (beyond the shared BAD_USER_INPUT and NOT_FOUND). */
export const EventErrorCode = featureErrorCodes('EventErrorCode', 'Why an event mutation failed.', {});
export type EventErrorCode = EnumValue<typeof EventErrorCode>;

export const EventError = userErrorType('EventError', EventErrorCode, 'An expected failure of an event mutation.');
