import type { EnumValue } from '../../graphql/enum';
import { featureErrorCodes, userErrorType } from '../../graphql/user-error';

/** Why a team mutation failed (promote, demote, transfer, remove, leave). */
export const TeamErrorCode = featureErrorCodes('TeamErrorCode', "Why a change to an organisation's team failed.", {
  LAST_OWNER: 'The change would leave the organisation without an enabled owner: promote a colleague (or transfer ownership) first. Nothing was written.',
  NOT_A_TEAM_MEMBER: "The account is on no organisation's team (a planner, an admin, or a member without organisation).",
});
export type TeamErrorCode = EnumValue<typeof TeamErrorCode>;

export const TeamError = userErrorType('TeamError', TeamErrorCode, "An expected failure of a change to an organisation's team.");
