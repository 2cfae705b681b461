import { userError } from '../../graphql/user-error';
import { MembershipStatus, membershipStatusWords } from './organization.enums';

/** A status in Korean with its code: 자격 정지(SUSPENDED). */
const glossed = (status: MembershipStatus) => `${membershipStatusWords(status).ko}(${status})`;
import { MembershipErrorCode } from './membership.errors';

const { APPLIED, APPROVED, REJECTED, SUSPENDED, WITHDRAWN } = MembershipStatus;

/**
 * The membership state machine (README "Membership"). The steering committee decides
 * applications and may reinstate a suspended member by deciding APPROVED again; the organisation
 * itself may withdraw from any live state. REJECTED and WITHDRAWN are final.
 */
export const MEMBERSHIP_TRANSITIONS: Readonly<Record<MembershipStatus, readonly MembershipStatus[]>> = {
  [APPLIED]: [APPROVED, REJECTED, WITHDRAWN],
  [APPROVED]: [SUSPENDED, WITHDRAWN],
  [SUSPENDED]: [APPROVED, WITHDRAWN],
  [REJECTED]: [],
  [WITHDRAWN]: [],
};

export function canTransition(from: MembershipStatus, to: MembershipStatus): boolean {
  return MEMBERSHIP_TRANSITIONS[from].includes(to);
}

/** Refuses an illegal transition with a MEMBERSHIP_STATUS_FORBIDS userError that names both states. */
export function assertTransition(from: MembershipStatus, to: MembershipStatus): void {
  if (canTransition(from, to)) return;
  const allowed = MEMBERSHIP_TRANSITIONS[from];
  throw userError(MembershipErrorCode.MEMBERSHIP_STATUS_FORBIDS, {
    en: `A membership that is ${from} cannot become ${to}${allowed.length > 0 ? ` (it can become ${allowed.join(' or ')}).` : ` (${from} is final).`}`,
    ko: `${glossed(from)} 상태의 회원 자격은 ${glossed(to)} 상태가 될 수 없습니다${
      allowed.length > 0 ? `(될 수 있는 상태: ${allowed.map(glossed).join(' 또는 ')}).` : '(더 바뀌지 않는 상태입니다).'
    }`,
  });
}
